"""A guard against a PySide6 6.12.0 defect on Python 3.11.

On Python 3.11, each call of a PySide6 6.12.0 method that returns nothing (setText, update,
processEvents...) drops one reference to None without having taken it. After as many calls as
None had references (a few thousand to a few hundred thousand), Python frees None and aborts
with "Fatal Python error: none_dealloc". Python 3.12 made None immortal (PEP 683), which is why
the defect does not show there. Here we do what 3.12 does: give None a reference count that
no session can exhaust (2**40 calls). The alternative, PySide6 6.11 with QtPdf, weighs 650 MB
because it brings QtWebEngine.

Remove this module once Python 3.12 is the minimum or PySide6 is fixed (tests/test_qt_binding.py
shows when the binding no longer drops references).
"""

from __future__ import annotations

import ctypes
import sys

MARGIN = 1 << 40


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12):
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < MARGIN:
        refcount.value += MARGIN
