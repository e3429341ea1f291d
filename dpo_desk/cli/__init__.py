"""The `dpo-desk` command line: headless, scriptable, errors in words, never a traceback."""
