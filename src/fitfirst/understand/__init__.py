"""Answer understanding: the single place where free words become values.

Shared by live discovery sessions (:func:`understand_answer`) and call review of transcripts
(:func:`find_statements`, :func:`find_needs`). Pure code: no I/O, no models.
"""

from fitfirst.understand.answers import understand_answer
from fitfirst.understand.needs import find_needs
from fitfirst.understand.statements import find_statements
from fitfirst.understand.types import Finding, Reading, Understood

__all__ = [
    "Finding",
    "Reading",
    "Understood",
    "find_needs",
    "find_statements",
    "understand_answer",
]
