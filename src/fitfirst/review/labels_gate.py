"""Keyword gates that let the label rules skip regexes that cannot match.

Most rule alternatives need some literal word ("strings", "if i", "next step") to appear.
At import, each alternative's parse tree is read to find such a required set of literals; a
sentence that contains none of them skips that regex with a few fast substring checks. The gate
is derived from the pattern itself, so it can never disagree with it.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

try:  # the parser is private; without it the rules still work, only slower
    _PARSER: Any = importlib.import_module("re._parser")
    _CONSTANTS: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - depends on the Python build
    _PARSER = None
    _CONSTANTS = None

_MIN_LITERAL = 2
_KEY = 3


def _requirements(seq: Any) -> list[frozenset[str]]:
    """Sets of strings, one of each set must occur in any text the sequence matches."""
    c = _CONSTANTS
    found: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= _MIN_LITERAL:
            found.append(frozenset({"".join(run)}))
        run.clear()

    for op, av in seq:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is c.SUBPATTERN:
            found.extend(_requirements(av[-1]))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            found.extend(_requirements(av[2]))
        elif op is c.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                best = _best(_requirements(branch))
                if best is None:
                    union = set()
                    break
                union |= best
            if union:
                found.append(frozenset(union))
    flush()
    return found


# Words so common in speech that a gate on them lets almost every sentence through.
_COMMON = frozenset(
    [
        "you",
        "your",
        "the",
        "we",
        "i",
        "a",
        "an",
        "to",
        "it",
        "and",
        "or",
        "is",
        "are",
        "do",
        "for",
        "that",
        "this",
        "of",
        "in",
        "on",
        "be",
        "can",
        "would",
        "will",
        "me",
        "my",
        "our",
        "so",
        "if",
        "what",
        "how",
        "just",
        "not",
        "n't",
        "'s",
        "'re",
        "'d",
        "'ll",
        "have",
        "has",
        "get",
        "with",
        "at",
        "by",
    ]
)


def _selectivity(literal: str) -> int:
    words = [w for w in re.split(r"[^a-z']+", literal) if w]
    rare = [w for w in words if w not in _COMMON]
    return len(literal) + 6 * len(rare) - (8 if not rare else 0)


def _best(sets: list[frozenset[str]]) -> frozenset[str] | None:
    if not sets:
        return None
    return max(sets, key=lambda s: (min(_selectivity(x) for x in s), -len(s)))


def gate_for(pattern: str) -> tuple[str, ...] | None:
    """Literals of which one must occur for ``pattern`` to match, or None when unknown."""
    if _PARSER is None:
        return None
    try:
        best = _best(_requirements(_PARSER.parse(pattern)))
    except Exception:
        return None
    return tuple(sorted(best)) if best else None


class GatedPattern:
    """A set of alternative regexes, each tried only when its gate words occur."""

    def __init__(self, parts: tuple[str, ...]) -> None:
        self.pattern = "|".join(parts)
        self._parts = tuple((gate_for(p), re.compile(p)) for p in parts)

    def search(self, text: str) -> bool:
        """Whether any alternative matches somewhere in ``text``."""
        for gate, rx in self._parts:
            if gate is not None and not any(g in text for g in gate):
                continue
            if rx.search(text) is not None:
                return True
        return False


class GateIndex:
    """All named patterns at once: find the gate words present, then run only their regexes."""

    def __init__(self, patterns: dict[str, GatedPattern]) -> None:
        self._parts: list[tuple[str, re.Pattern[str]]] = []
        self._always: list[int] = []
        by_literal: dict[str, list[int]] = {}
        for name, pattern in patterns.items():
            for gate, rx in pattern._parts:
                index = len(self._parts)
                self._parts.append((name, rx))
                if gate is None:
                    self._always.append(index)
                    continue
                for literal in gate:
                    by_literal.setdefault(literal, []).append(index)
        self._by_literal = by_literal
        # Literals filed under their first three characters: a sentence's own trigrams then
        # pick the few literals worth a substring check.
        by_key: dict[str, list[str]] = {}
        short: list[str] = []
        for literal in sorted(by_literal):
            if len(literal) < _KEY:
                short.append(literal)
            else:
                by_key.setdefault(literal[:_KEY], []).append(literal)
        self._by_key = by_key
        self._short = tuple(short)

    def candidates(self, text: str) -> dict[str, list[int]]:
        """Per pattern name, the alternatives whose gate words occur in ``text``, in order."""
        found: set[int] = set(self._always)
        by_literal = self._by_literal
        grams = {text[i : i + _KEY] for i in range(len(text) - _KEY + 1)}
        for key in self._by_key.keys() & grams:
            for literal in self._by_key[key]:
                if literal in text:
                    found.update(by_literal[literal])
        for literal in self._short:
            if literal in text:
                found.update(by_literal[literal])
        grouped: dict[str, list[int]] = {}
        for index in sorted(found):
            grouped.setdefault(self._parts[index][0], []).append(index)
        return grouped

    def lazy(self, text: str) -> LazyHits:
        """Hits computed one pattern name at a time, when first asked for."""
        return LazyHits(self, text, self.candidates(text))

    def run(self, text: str, indices: list[int]) -> bool:
        """Whether any of these alternatives matches ``text``."""
        parts = self._parts
        return any(parts[i][1].search(text) is not None for i in indices)

    def matches(self, text: str) -> frozenset[str]:
        """Names of the patterns that match somewhere in ``text``."""
        return self.lazy(text).all()


class LazyHits:
    """Which named patterns match one sentence, each evaluated on first use.

    A sentence that an early, specific rule decides never pays for the other patterns.
    """

    def __init__(self, index: GateIndex, text: str, candidates: dict[str, list[int]]) -> None:
        self._index = index
        self._text = text
        self._candidates = candidates
        self._known: dict[str, bool] = {}
        self.extra: set[str] = set()

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        if name in self.extra:
            return True
        known = self._known.get(name)
        if known is None:
            indices = self._candidates.get(name)
            known = bool(indices) and self._index.run(self._text, indices or [])
            self._known[name] = known
        return known

    def all(self) -> frozenset[str]:
        """Every matching name (evaluates whatever is left)."""
        names = {name for name in self._candidates if name in self}
        return frozenset(names | self.extra)
