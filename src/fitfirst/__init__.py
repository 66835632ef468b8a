"""fitfirst: find out together whether what is sold fits what the buyer needs."""

from __future__ import annotations

__version__ = "0.1.0"
