"""Modules that load on first use, so that the window paints before the ORM is imported.

SQLAlchemy and the services built on it take about 300 ms to import, more than twice a bare Qt
window's whole start. The workbench names them through `lazy_module`; the window loads them all
(`load_all`) right after its first paint, on the GUI thread, and before any worker thread starts:
Python 3.11's lazy loader is not safe when two threads trigger the same module at once.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from types import ModuleType

_registered: list[str] = []


def lazy_module(name: str) -> ModuleType:
    """The module `name`, executed when one of its attributes is first read."""
    loaded = sys.modules.get(name)
    if loaded is not None:
        return loaded
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(name)
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    _registered.append(name)
    return module


def load_all() -> None:
    """Execute every module registered as lazy that has not run yet."""
    for name in _registered:
        getattr(sys.modules[name], "__name__", None)  # any attribute read runs the module
