"""Commands: playbook (being written)."""
