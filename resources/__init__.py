"""Letter templates, icons, fonts and translations; installed as dpo_desk.resources."""
