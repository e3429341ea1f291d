"""Which tests need Qt, read from their imports (the test modules are not imported to find out).

A test module that imports PySide6, pytest-qt or dpo_desk.ui at its top (or in a helper function)
needs Qt as a whole; a test function that imports one inside itself, or asks for a Qt fixture
(qtbot, qapp, window), needs it alone; `@pytest.mark.qt` says so where a test needs Qt otherwise
(a child process that opens the window). `make test-headless` leaves all of these out.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

QT_MODULES = ("PySide6", "pytestqt", "dpo_desk.ui", "shiboken6")
QT_FIXTURES = frozenset(
    {"qtbot", "qapp", "qapp_args", "qtmodeltester", "qtlog", "window", "french", "interface_language"}
)
TESTS = Path(__file__).parent


def _is_qt(name: str) -> bool:
    return any(name == qt or name.startswith(qt + ".") for qt in QT_MODULES)


def _imports_qt(node: ast.AST, here: Path) -> bool:
    """Whether `node` imports Qt, or a module of tests/ that does (at its top)."""
    for inner in ast.walk(node):
        names: list[str] = []
        if isinstance(inner, ast.Import):
            names = [alias.name for alias in inner.names]
        elif isinstance(inner, ast.ImportFrom):
            if inner.level:  # from .imap_server import …, from . import corpora
                modules = [inner.module] if inner.module else [alias.name for alias in inner.names]
                if any(module_needs_qt(here / f"{module}.py") for module in modules if module != "conftest"):
                    return True
                continue
            names = [inner.module or ""]
        if any(_is_qt(name) for name in names):
            return True
    return False


@cache
def module_needs_qt(path: Path) -> bool:
    """Whether importing the module, or any helper function in it, needs Qt."""
    if not path.is_file():
        return False
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test"):
            continue  # judged one by one (tests_needing_qt)
        if isinstance(node, ast.ClassDef) and node.name.startswith("Test"):
            continue
        if _imports_qt(node, path.parent):
            return True
    return False


def _test_needs_qt(node: ast.FunctionDef | ast.AsyncFunctionDef, here: Path) -> bool:
    arguments = {arg.arg for arg in node.args.args + node.args.kwonlyargs}
    return bool(arguments & QT_FIXTURES) or _imports_qt(node, here)


@cache
def tests_needing_qt(path: Path) -> frozenset[str]:
    """The names of the test functions (and test methods, as Class.method) of the module that need Qt."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and _test_needs_qt(node, path.parent):
            found.add(node.name)
        elif isinstance(node, ast.ClassDef):
            for member in node.body:
                if isinstance(member, ast.FunctionDef | ast.AsyncFunctionDef) and _test_needs_qt(member, path.parent):
                    found.add(f"{node.name}.{member.name}")
    return frozenset(found)
