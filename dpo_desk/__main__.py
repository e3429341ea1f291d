import sys

from dpo_desk.cli.main import main

sys.exit(main())
