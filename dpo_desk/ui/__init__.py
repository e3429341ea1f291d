"""The Qt workbench: thin widgets and models over the front door (dpo_desk.front_door)."""

from .qt_compat import keep_none_alive

keep_none_alive()  # before any Qt call: see qt_compat
