"""Commands: check (being written)."""
