"""Data files shipped with fitfirst.review (the sentence-label model)."""
