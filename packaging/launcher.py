"""The bundle's entry point: the same `dpo-desk` command as the installed package."""

import multiprocessing
import sys

from dpo_desk.cli.main import start

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(start())
