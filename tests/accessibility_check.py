"""What a screen reader reads: every control in the accessibility tree has a name."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

# Controls a person acts on or reads data in: each needs a name a screen reader can say.
CONTROLS = {
    QAccessible.Role.EditableText,
    QAccessible.Role.PushButton,
    QAccessible.Role.CheckBox,
    QAccessible.Role.RadioButton,
    QAccessible.Role.ComboBox,
    QAccessible.Role.SpinBox,
    QAccessible.Role.Slider,
    QAccessible.Role.Table,
    QAccessible.Role.List,
    QAccessible.Role.Tree,
    QAccessible.Role.ButtonMenu,
    QAccessible.Role.ButtonDropDown,
    QAccessible.Role.PageTabList,
}
# Parts of a composite control that Qt names through their parent (a spin box's inner line edit...).
INNER = {"qt_spinbox_lineedit", "qt_scrollarea_viewport", "qt_scrollarea_hcontainer", "qt_scrollarea_vcontainer"}


def _described(interface: QAccessibleInterface) -> str:
    widget = interface.object()
    name = widget.objectName() if widget is not None else ""
    return f"{interface.role().name} {name or type(widget).__name__}"


def unnamed_controls(root: QWidget) -> list[str]:
    """Each visible control under `root` whose accessible name is empty."""
    found: list[str] = []
    seen: set[int] = set()

    def walk(interface: QAccessibleInterface | None, depth: int) -> None:
        if interface is None or not interface.isValid() or depth > 40:
            return
        widget = interface.object()
        if widget is not None:
            if id(widget) in seen:
                return
            seen.add(id(widget))
        state = interface.state()
        if state.invisible:
            return
        if isinstance(widget, QWidget) and widget.objectName() in INNER:
            return
        if interface.role() in CONTROLS and not interface.text(QAccessible.Text.Name).strip():
            found.append(_described(interface))
        if interface.role() in (QAccessible.Role.Table, QAccessible.Role.List, QAccessible.Role.Tree):
            return  # their cells are named by their data
        for index in range(interface.childCount()):
            walk(interface.child(index), depth + 1)

    walk(QAccessible.queryAccessibleInterface(root), 0)
    return found
