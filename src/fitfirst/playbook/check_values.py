"""Rules for the values inside a criterion: options, accept rules and priors.

These need the criterion's kind, and are shared by criteria and plan overrides. The class is a
mixin: :class:`~fitfirst.playbook.checks` supplies ``add``, which records a located Problem.
"""

from __future__ import annotations

import math
import re
from abc import ABC, abstractmethod
from typing import Any

from fitfirst.playbook.models import yes_no_value
from fitfirst.playbook.priors import parse_bucket
from fitfirst.playbook.problems import Path, did_you_mean, type_name

SNAKE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
_SHARE_TOLERANCE = 0.01


class ValueChecks(ABC):
    """Checks of options, accept rules and priors; subclasses say how a problem is recorded."""

    @abstractmethod
    def add(self, path: Path, message: str, hint: str = "", *, key: bool = False) -> None:
        """Record one problem at ``path``."""

    def options(self, c: dict[str, Any], path: Path, kind: str | None) -> list[str] | None:
        """Check a criterion's options; return the option ids when they can be trusted."""
        value = c.get("options")
        where = (*path, "options")
        if kind is not None and kind != "choice":
            if "options" in c:
                self.add(
                    where,
                    f"options belong to choice criteria, not {kind}",
                    "drop options, or change kind to choice",
                    key=True,
                )
            return None
        if value is None:
            if kind == "choice":
                self.add(
                    path,
                    "a choice criterion needs options",
                    "add options: {option_id: [words buyers use], ...}",
                )
            return None
        if not isinstance(value, dict):
            self.add(
                where,
                f"options must be a mapping of option id to the words buyers use, "
                f"but this is {type_name(value)}",
                "write options: {spreadsheet: [excel, google sheets], none: [nothing]}",
            )
            return None
        if not value:
            self.add(
                where,
                "no options are given, so a buyer has nothing to choose from",
                "add options: {option_id: [words buyers use], ...}",
            )
            return None
        for option, words in value.items():
            if not SNAKE.match(option):
                self.add(
                    (*where, option),
                    f'option id "{option}" is not snake_case',
                    f'use lower-case words joined by "_", e.g. "{snake(option)}"',
                    key=True,
                )
            if words is None or isinstance(words, str):
                continue
            if not isinstance(words, list):
                self.add(
                    (*where, option),
                    f'the words for option "{option}" must be a list, '
                    f"but this is {type_name(words)}",
                    "write [word, other words]",
                )
                continue
            for i, word in enumerate(words):
                if not isinstance(word, str):
                    self.add(
                        (*where, option, i),
                        f"option words must be text, but this is {type_name(word)}",
                        "put the word in quotes",
                    )
        return list(value)

    def accept(self, value: Any, path: Path, kind: str, options: list[str] | None) -> None:
        if kind == "text":
            self.add(
                path,
                "a text criterion is informational and takes no accept rule",
                "drop accept, or change kind to number, choice or yes_no",
                key=True,
            )
        elif kind == "number":
            self.number_accept(value, path)
        elif kind == "yes_no":
            if yes_no_value(value) is None:
                self.add(
                    path,
                    f"a yes_no criterion's accept must be yes or no, but this is "
                    f"{type_name(value)}",
                    "write accept: yes when a yes fits, or accept: no",
                )
        elif kind == "choice":
            self.choice_accept(value, path, options)

    def number_accept(self, value: Any, path: Path) -> None:
        if not isinstance(value, dict):
            example = "{min: 3, max: 200}"
            if isinstance(value, list) and len(value) == 2 and all(is_number(v) for v in value):
                example = f"{{min: {value[0]}, max: {value[1]}}}"
            elif is_number(value):
                example = f"{{min: {value}}}"
            self.add(
                path,
                f"a number criterion's accept must be a mapping with min and/or "
                f"max, but this is {type_name(value)}",
                f"write accept: {example}",
            )
            return
        for key in value:
            if key not in ("min", "max"):
                hint = did_you_mean(key, ("min", "max")) or "use min and/or max"
                self.add(
                    (*path, key), f'unknown key "{key}" in a number accept rule', hint, key=True
                )
        bounds: dict[str, float] = {}
        for key in ("min", "max"):
            if value.get(key) is None:
                continue
            if not is_number(value[key]):
                self.add(
                    (*path, key),
                    f"{key} must be a number, but this is {type_name(value[key])}",
                    "write digits only, without units",
                )
            else:
                bounds[key] = float(value[key])
        if value.get("min") is None and value.get("max") is None:
            self.add(
                path,
                "a number accept rule needs min, max or both",
                "write accept: {min: 3} or accept: {max: 200}",
            )
        if "min" in bounds and "max" in bounds and bounds["min"] > bounds["max"]:
            self.add(
                path,
                f"min ({bounds['min']:g}) is above max ({bounds['max']:g}), so no answer can pass",
                "swap min and max",
            )

    def choice_accept(self, value: Any, path: Path, options: list[str] | None) -> None:
        items: list[tuple[Path, Any]]
        if isinstance(value, list):
            if not value:
                self.add(
                    path,
                    "accept is an empty list, so no answer can pass",
                    "list the option ids that fit",
                )
            items = [((*path, i), v) for i, v in enumerate(value)]
        elif isinstance(value, str):
            items = [(path, value)]
        else:
            self.add(
                path,
                f"a choice criterion's accept must be a list of option ids, but "
                f"this is {type_name(value)}",
                "write accept: [option_id, other_id]",
            )
            return
        for where, item in items:
            if not isinstance(item, str):
                self.add(
                    where,
                    f"accept must name option ids, but this is {type_name(item)}",
                    "put the option id in quotes if it looks like a number or yes/no",
                )
            elif options is not None and item not in options:
                hint = did_you_mean(item, options) or f"options are: {', '.join(options)}"
                self.add(where, f'accept names "{item}", which is not one of the options', hint)

    def prior(self, value: Any, path: Path, kind: str, options: list[str] | None) -> None:
        if kind == "text":
            self.add(path, "a text criterion takes no prior", "drop prior", key=True)
            return
        if kind == "yes_no":
            if not is_number(value):
                self.add(
                    path,
                    f"a yes_no prior is the share of buyers answering yes, but this "
                    f"is {type_name(value)}",
                    "write e.g. prior: 0.15",
                )
            elif not 0 <= value <= 1:
                hint = f"write {value / 100:g} for {value:g}%" if 1 < value <= 100 else ""
                self.add(
                    path,
                    f"a yes_no prior is a share between 0 and 1, but it is {value:g}",
                    hint or "write e.g. prior: 0.15",
                )
            return
        if not isinstance(value, dict):
            example = '{"<3": 0.2, "3-50": 0.8}' if kind == "number" else "{option_id: 0.5, ...}"
            self.add(
                path,
                f"a {kind} prior must be a mapping of shares, but this is {type_name(value)}",
                f"write prior: {example}",
            )
            return
        if not value:
            self.add(path, "prior is empty", "give shares, or drop prior to treat all as equal")
            return
        shares_ok = True
        for key, share in value.items():
            if not is_number(share):
                self.add(
                    (*path, key),
                    f"a prior share must be a number, but this is {type_name(share)}",
                    "write a share such as 0.25",
                )
                shares_ok = False
            elif share < 0:
                self.add(
                    (*path, key),
                    f"a prior share cannot be negative ({share:g})",
                    "write a share between 0 and 1",
                )
                shares_ok = False
        if shares_ok:
            total = sum(float(s) for s in value.values())
            if abs(total - 1) > _SHARE_TOLERANCE:
                self.add(
                    path,
                    f"prior shares add up to {total:g}, not 1",
                    "shares are parts of all buyers; make them total 1",
                )
        if kind == "number":
            self.buckets(value, path)
        elif kind == "choice" and options is not None:
            for key in value:
                if key not in options:
                    hint = did_you_mean(key, options) or f"options are: {', '.join(options)}"
                    self.add(
                        (*path, key),
                        f'prior names "{key}", which is not one of the options',
                        hint,
                        key=True,
                    )

    def buckets(self, prior: dict[str, Any], path: Path) -> None:
        spans: list[tuple[float, float, str]] = []
        for key in prior:
            try:
                low, high = parse_bucket(key)
            except ValueError as exc:
                self.add((*path, key), str(exc), 'use buckets like "<3", "3-50", ">200"', key=True)
                continue
            spans.append((low, high, key))
        spans.sort()
        reach: tuple[float, str] | None = None  # highest end so far, and its bucket
        for low, high, label in spans:
            if reach is not None and low <= reach[0]:
                self.add(
                    (*path, label),
                    f'prior buckets "{reach[1]}" and "{label}" overlap',
                    "make each value fall into exactly one bucket",
                    key=True,
                )
            if reach is None or high > reach[0]:
                reach = (high, label)


def is_number(value: Any) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and not (isinstance(value, float) and math.isnan(value))
    )


def snake(text: str) -> str:
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", text)
    return re.sub(r"[^a-z0-9]+", "_", spaced.lower()).strip("_") or "my_id"
