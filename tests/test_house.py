"""The house's own checks: which tests need Qt, the headless requirements, the layers' drawing."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from . import qt_needs
from .qt_needs import module_needs_qt

ROOT = Path(__file__).resolve().parent.parent


def _load(path: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


def test_a_module_importing_qt_at_its_top_needs_qt_whole(tmp_path: Path) -> None:
    for line in ("from PySide6.QtCore import QDate", "import pytestqt.qtbot", "from dpo_desk.ui import labels"):
        module = tmp_path / f"test_top_{abs(hash(line))}.py"
        module.write_text(f"{line}\n\ndef test_one():\n    pass\n", encoding="utf-8")
        assert module_needs_qt(module), line


def test_a_helper_module_that_imports_qt_makes_its_importers_need_it(tmp_path: Path) -> None:
    (tmp_path / "widgets_helper.py").write_text("from PySide6.QtWidgets import QLabel\n", encoding="utf-8")
    (tmp_path / "plain_helper.py").write_text("import json\n", encoding="utf-8")
    uses_widgets = tmp_path / "test_uses_widgets.py"
    uses_widgets.write_text("from .widgets_helper import QLabel\n", encoding="utf-8")
    uses_plain = tmp_path / "test_uses_plain.py"
    uses_plain.write_text("from .plain_helper import json\nfrom .conftest import TODAY\n", encoding="utf-8")
    assert module_needs_qt(uses_widgets)
    assert not module_needs_qt(uses_plain)


def test_only_the_tests_that_need_qt_are_named_in_a_plain_module(tmp_path: Path) -> None:
    module = tmp_path / "test_mixed.py"
    module.write_text(
        "import json\n\n"
        "def test_plain(case):\n    assert json\n\n"
        "def test_clicks(qtbot):\n    pass\n\n"
        "def test_on_the_window(window):\n    pass\n\n"
        "def test_imports_inside():\n    from dpo_desk.ui.main_window import MainWindow\n\n"
        "class TestGroup:\n    def test_a(self):\n        pass\n\n"
        "    def test_b(self):\n        from PySide6.QtCore import QLocale\n",
        encoding="utf-8",
    )
    assert not module_needs_qt(module)
    needing = qt_needs.tests_needing_qt(module)
    assert needing == {"test_clicks", "test_on_the_window", "test_imports_inside", "TestGroup.test_b"}


def test_a_helper_function_importing_qt_makes_the_whole_module_need_it(tmp_path: Path) -> None:
    module = tmp_path / "test_helper_inside.py"
    module.write_text(
        "def _show():\n    from PySide6.QtWidgets import QApplication\n\ndef test_x():\n    _show()\n",
        encoding="utf-8",
    )
    assert module_needs_qt(module)


def test_this_suite_knows_its_qt_modules() -> None:
    tests = Path(__file__).parent
    assert module_needs_qt(tests / "test_ui.py")
    assert not module_needs_qt(tests / "test_domain.py")
    assert not module_needs_qt(tests / "test_house.py")


def test_the_headless_environment_gets_everything_but_qt() -> None:
    module = _load(ROOT / "packaging" / "headless_requirements.py")
    wanted = module.headless_requirements(ROOT / "pyproject.toml")
    names = {module._name(requirement) for requirement in wanted}
    assert not {name for name in names if name.startswith(("pyside6", "shiboken6", "pytest-qt"))}
    assert {"sqlalchemy", "sqlcipher3", "reportlab", "pytest", "time-machine", "hypothesis", "pypdf"} <= names


def test_the_drawing_of_the_layers_has_no_arrow_going_up() -> None:
    drawing = _load(ROOT / "docs" / "layers.py").draw()
    for title in ("window and command line", "use cases", "storage", "domain", "FRONT DOOR", "STORAGE DOOR"):
        assert title in drawing
    assert "services -> storage" in drawing and "storage -> services" not in drawing
    assert " UP" not in drawing, drawing
