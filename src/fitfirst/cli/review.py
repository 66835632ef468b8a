"""Commands: review (being written)."""
