"""Errors of use cases, each with a message a DPO can act on (dpo_desk/explained.py)."""

from __future__ import annotations

from ..explained import QT_TRANSLATE_NOOP, Explained

__all__ = ["QT_TRANSLATE_NOOP", "ActionRefused", "Cancelled", "NotFound"]


class ActionRefused(Explained):
    """The action is not possible as asked; str() says why and what to do instead."""


class NotFound(ActionRefused):
    pass


class Cancelled(Exception):
    """The user stopped long work; nothing was changed."""
