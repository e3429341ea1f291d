"""DPO Desk: a workbench for a Data Protection Officer's rights requests."""

__version__ = "0.1.0"
