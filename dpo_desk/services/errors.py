"""Errors of use cases, each with a message a DPO can act on."""

from __future__ import annotations


class ActionRefused(Exception):
    """The action is not possible as asked; str() says why and what to do instead."""


class NotFound(ActionRefused):
    pass
