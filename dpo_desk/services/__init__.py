"""Use cases over an open case file: what the CLI and the GUI call. No Qt here."""
