import sys

from dpo_desk.cli.main import start

sys.exit(start())
