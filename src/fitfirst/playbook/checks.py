"""The rules a playbook file must follow, checked over the plain YAML values.

Every rule adds a Problem with its place and a hint and checking goes on, so an author sees
every problem of a file at once. The keys allowed in each place come from the models, so the
checker and the models cannot drift apart on names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from fitfirst.errors import Problem
from fitfirst.playbook.check_values import SNAKE, ValueChecks, is_number, snake
from fitfirst.playbook.located import Located
from fitfirst.playbook.models import (
    IMPORTANCES,
    KINDS,
    Criterion,
    Need,
    Offer,
    Outcomes,
    Plan,
    Playbook,
)
from fitfirst.playbook.problems import Path, did_you_mean, one_of, type_name

# Words from other schema languages that authors reach for; each has one fitfirst kind.
_KIND_ALIASES = {
    "bool": "yes_no",
    "boolean": "yes_no",
    "yesno": "yes_no",
    "yes/no": "yes_no",
    "int": "number",
    "integer": "number",
    "float": "number",
    "enum": "choice",
    "select": "choice",
    "options": "choice",
    "str": "text",
    "string": "text",
}


@dataclass
class _CriterionInfo:
    index: int
    kind: str | None
    importance: str
    options: list[str] | None
    has_accept: bool


@dataclass
class _Checker(ValueChecks):
    doc: Located
    problems: list[Problem] = field(default_factory=list)
    criteria: dict[str, _CriterionInfo] = field(default_factory=dict)
    overridden: dict[str, int] = field(default_factory=dict)  # criterion id -> plans overriding it

    # -- reporting ---------------------------------------------------------------------------

    def add(self, path: Path, message: str, hint: str = "", *, key: bool = False) -> None:
        self.problems.append(self.doc.problem(path, message, hint, key=key))

    # -- shapes ------------------------------------------------------------------------------

    def mapping(
        self, value: Any, path: Path, model: type[BaseModel], what: str
    ) -> dict[str, Any] | None:
        """Check that ``value`` is a mapping with only the model's keys and all required ones."""
        if not isinstance(value, dict):
            self.add(
                path,
                f"{what} must be a mapping of keys, but this is {type_name(value)}",
                f"write it as key: value lines; keys: {', '.join(model.model_fields)}",
            )
            return None
        allowed = list(model.model_fields)
        for key in value:
            if key not in allowed:
                hint = did_you_mean(key, allowed) or f"allowed keys here: {', '.join(allowed)}"
                self.add((*path, key), f'unknown key "{key}" in {what}', hint, key=True)
        required = [k for k, f in model.model_fields.items() if f.is_required()]
        for key in required:
            if key not in value or value[key] is None:
                missing = "is missing from" if key not in value else "is empty in"
                self.add(
                    path if key not in value else (*path, key),
                    f'"{key}" {missing} this {what}',
                    f"every {what} needs {one_of(required).replace(' or ', ' and ')}",
                )
        return value

    def text(self, parent: dict[str, Any], key: str, path: Path, *, blank: bool = False) -> None:
        """A text field, when present; ``blank=False`` also refuses an empty text."""
        if key not in parent or parent[key] is None:
            return
        value = parent[key]
        if not isinstance(value, str):
            self.add(
                (*path, key),
                f"{key} must be text, but this is {type_name(value)}",
                "put the value in quotes",
            )
        elif not blank and not value.strip():
            self.add((*path, key), f"{key} is empty", "write something here or drop the key")

    def texts(self, parent: dict[str, Any], key: str, path: Path) -> None:
        """A list of texts (a single text also counts as a one-item list)."""
        value = parent.get(key)
        if value is None or isinstance(value, str):
            return
        if not isinstance(value, list):
            self.add(
                (*path, key),
                f"{key} must be a list of texts, but this is {type_name(value)}",
                "write it as [first, second]",
            )
            return
        for i, item in enumerate(value):
            if not isinstance(item, str):
                self.add(
                    (*path, key, i),
                    f"{key} items must be text, but this is {type_name(item)}",
                    "put the item in quotes",
                )

    def ident(self, value: Any, path: Path, what: str, seen: dict[str, Path]) -> str | None:
        """An id: text, snake_case and unique among ``seen``."""
        if value is None:
            return None
        if not isinstance(value, str):
            self.add(
                path,
                f"{what} id must be text, but this is {type_name(value)}",
                "use a snake_case word such as team_size",
            )
            return None
        if not SNAKE.match(value):
            self.add(
                path,
                f'{what} id "{value}" is not snake_case',
                f'use lower-case words joined by "_", e.g. "{snake(value)}"',
            )
        if value in seen:
            first = self.doc.place(seen[value])
            where = f" on line {first[0]}" if first else ""
            self.add(
                path,
                f'{what} id "{value}" is used twice',
                f"the first is{where}; give each {what} its own id",
            )
        else:
            seen[value] = path
        return value

    # -- sections ----------------------------------------------------------------------------

    def playbook(self, root: Any) -> None:
        if not isinstance(root, dict):
            self.add(
                (),
                f"a playbook must be a mapping with offer and criteria, but this file "
                f"holds {type_name(root)}",
                "start the file with 'offer:' and 'criteria:' lines",
            )
            return
        self.mapping(root, (), Playbook, "playbook")
        if root.get("offer") is not None:
            self.offer(root["offer"])
        self.criteria_list(root.get("criteria"))
        plans = self.section_list(root, "plans")
        seen: dict[str, Path] = {}
        for i, plan in enumerate(plans):
            self.plan(plan, ("plans", i), seen)
        needs = self.section_list(root, "needs")
        seen = {}
        for i, need in enumerate(needs):
            self.need(need, ("needs", i), seen)
        if root.get("outcomes") is not None:
            self.outcomes(root["outcomes"])
        self.musts_decide()

    def section_list(self, root: dict[str, Any], key: str) -> list[Any]:
        value = root.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.add(
                (key,),
                f"{key} must be a list, but this is {type_name(value)}",
                f'write each item on its own line starting with "- " under {key}:',
            )
            return []
        return value

    def offer(self, value: Any) -> None:
        offer = self.mapping(value, ("offer",), Offer, "offer")
        if offer is None:
            return
        for key in ("name", "seller", "summary", "url"):
            self.text(offer, key, ("offer",), blank=key == "summary")

    def criteria_list(self, value: Any) -> None:
        if value is None:
            return  # reported as missing by the playbook mapping
        if not isinstance(value, list):
            self.add(
                ("criteria",),
                f"criteria must be a list, but this is {type_name(value)}",
                'write each criterion as an item starting with "- id:"',
            )
            return
        if not value:
            self.add(
                ("criteria",),
                "there are no criteria, so there is nothing to learn about a buyer",
                "add at least one criterion with id, ask and kind",
            )
            return
        seen: dict[str, Path] = {}
        for i, item in enumerate(value):
            self.criterion(item, ("criteria", i), i, seen)

    def criterion(self, value: Any, path: Path, index: int, seen: dict[str, Path]) -> None:
        c = self.mapping(value, path, Criterion, "criterion")
        if c is None:
            return
        cid = self.ident(c.get("id"), (*path, "id"), "criterion", seen)
        for key in ("ask", "label", "why"):
            self.text(c, key, path)
        self.text(c, "unit", path)
        self.texts(c, "signals", path)
        self.texts(c, "rephrase", path)

        kind = c.get("kind")
        if kind is not None and kind not in KINDS:
            shown = f'"{kind}"' if isinstance(kind, str) else type_name(kind)
            hint = ""
            if isinstance(kind, str):
                alias = _KIND_ALIASES.get(kind.strip().lower())
                hint = f'did you mean "{alias}"?' if alias else did_you_mean(kind, KINDS)
            self.add(
                (*path, "kind"),
                f"kind {shown} is not one of {one_of(KINDS)}",
                hint or "pick the kind of answer you expect",
            )
            kind = None
        importance = c.get("importance", "should")
        if importance not in IMPORTANCES:
            shown = f'"{importance}"' if isinstance(importance, str) else type_name(importance)
            hint = did_you_mean(str(importance), IMPORTANCES) if isinstance(importance, str) else ""
            self.add(
                (*path, "importance"),
                f"importance {shown} is not one of {one_of(IMPORTANCES)}",
                hint or "must rules a buyer out when unmet; should and nice only weigh",
            )
            importance = "should"

        if "cost" in c and c["cost"] is not None:
            cost = c["cost"]
            if not is_number(cost):
                self.add(
                    (*path, "cost"),
                    f"cost must be a number, but this is {type_name(cost)}",
                    "1 is an ordinary question; 2 one twice as heavy to ask",
                )
            elif cost <= 0:
                self.add(
                    (*path, "cost"),
                    f"cost must be above 0, but it is {cost:g}",
                    "1 is an ordinary question; 2 one twice as heavy to ask",
                )

        options = self.options(c, path, kind)
        if kind is not None and kind != "number" and c.get("unit") is not None:
            self.add(
                (*path, "unit"),
                f"unit belongs to number criteria, not {kind}",
                "drop unit, or change kind to number",
                key=True,
            )
        if kind == "text" and importance == "must":
            self.add(
                (*path, "importance"),
                "a text criterion cannot be a must: text is informational and never "
                "blocks a verdict",
                "set importance to should or nice, or ask it as yes_no or choice "
                "with an accept rule",
            )
        accept = c.get("accept")
        if accept is not None and kind is not None:
            self.accept(accept, (*path, "accept"), kind, options)
        if c.get("prior") is not None and kind is not None:
            self.prior(c["prior"], (*path, "prior"), kind, options)
        if cid is not None and cid not in self.criteria:
            self.criteria[cid] = _CriterionInfo(
                index, kind, str(importance), options, accept is not None
            )

    def plan(self, value: Any, path: Path, seen: dict[str, Path]) -> None:
        plan = self.mapping(value, path, Plan, "plan")
        if plan is None:
            return
        self.ident(plan.get("id"), (*path, "id"), "plan", seen)
        for key in ("name", "summary", "next_step"):
            self.text(plan, key, path, blank=key == "summary")
        accept = plan.get("accept")
        if accept is None:
            return
        if not isinstance(accept, dict):
            self.add(
                (*path, "accept"),
                f"a plan's accept must map criterion ids to accept "
                f"rules, but this is {type_name(accept)}",
                "write accept: {team_size: {max: 10}}",
            )
            return
        for cid, rule in accept.items():
            where = (*path, "accept", cid)
            info = self.criteria.get(cid)
            if info is None:
                hint = did_you_mean(cid, self.criteria) or (
                    f"criteria are: {', '.join(self.criteria)}"
                )
                self.add(
                    where, f'the plan overrides "{cid}", which is not a criterion', hint, key=True
                )
                continue
            self.overridden[cid] = self.overridden.get(cid, 0) + 1
            if rule is None:
                self.add(where, "the override is empty", "give an accept rule or drop the line")
            elif info.kind is not None:
                self.accept(rule, where, info.kind, info.options)

    def need(self, value: Any, path: Path, seen: dict[str, Path]) -> None:
        need = self.mapping(value, path, Need, "need")
        if need is None:
            return
        self.ident(need.get("id"), (*path, "id"), "need", seen)
        self.text(need, "statement", path)
        self.texts(need, "examples", path)

    def outcomes(self, value: Any) -> None:
        outcomes = self.mapping(value, ("outcomes",), Outcomes, "outcomes")
        if outcomes is None:
            return
        for key in ("proceed", "no_fit", "booking_url"):
            self.text(outcomes, key, ("outcomes",))
        referrals = outcomes.get("referrals")
        if referrals is None:
            return
        if not isinstance(referrals, dict):
            self.add(
                ("outcomes", "referrals"),
                f"referrals must map criterion ids to advice, but this is {type_name(referrals)}",
                "write referrals: {criterion_id: where to point the buyer}",
            )
            return
        for cid in referrals:
            if cid not in self.criteria:
                hint = did_you_mean(cid, self.criteria) or (
                    f"criteria are: {', '.join(self.criteria)}"
                )
                self.add(
                    ("outcomes", "referrals", cid),
                    f'referral for "{cid}", which is not a criterion',
                    hint,
                    key=True,
                )
            elif referrals[cid] is None:
                self.add(
                    ("outcomes", "referrals", cid),
                    "the referral is empty",
                    "say where to point the buyer, or drop the line",
                )
            else:
                self.text(referrals, cid, ("outcomes", "referrals"))

    def musts_decide(self) -> None:
        """A must with no accept rule anywhere could never rule a buyer in or out."""
        for cid, info in self.criteria.items():
            if info.importance != "must" or info.kind in (None, "text") or info.has_accept:
                continue
            if self.overridden.get(cid):
                continue
            self.add(
                ("criteria", info.index),
                f'must criterion "{cid}" has no accept rule, so '
                f"it can never rule a buyer in or out",
                "add accept (or set it in the plans), or lower importance to should",
            )


def check_document(doc: Located) -> list[Problem]:
    """Every problem of a parsed playbook document, in file order."""
    checker = _Checker(doc)
    checker.playbook(doc.value)
    return checker.problems
