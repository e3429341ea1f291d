"""The Qt workbench: thin widgets and models over dpo_desk.services.Workbench."""

from .qt_compat import keep_none_alive

keep_none_alive()  # before any Qt call: see qt_compat
