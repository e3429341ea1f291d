"""The Qt workbench: thin widgets and models over dpo_desk.services.Workbench."""
