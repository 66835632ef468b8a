"""Broken playbooks: each problem is reported with its text, line and column."""

from __future__ import annotations

import pytest

from fitfirst.errors import Problem
from fitfirst.playbook import check_playbook

# Lines 1-2 of every case; the first criterion therefore starts on line 3.
HEAD = "offer: {name: Acme CRM, seller: Acme Inc.}\ncriteria:\n"
OK = "  - {id: ok, ask: Fits, kind: yes_no, accept: yes, importance: must}\n"

# (id, document, fragment of the message or hint, line, column)
CASES = [
    ("empty file", "", "the file is empty", 1, 1),
    ("only a comment", "# to do\n", "the file is empty", 1, 1),
    ("not a mapping", "- offer\n- criteria\n", "must be a mapping with offer and criteria", 1, 1),
    ("tab indentation", "offer:\n\tname: Acme\n", "a tab is used for indentation", 2, 1),
    (
        "unclosed quote",
        "offer:\n  name: 'Acme\n  seller: x\n",
        "a quoted text is never closed",
        2,
        9,
    ),
    ("unclosed flow list", HEAD + "  - {id: a, signals: [x, y}\n", "list is not closed", 3, 22),
    ("bad indentation", HEAD + "  - id: a\n    ask: q\n   kind: text\n", "does not line up", 5, 4),
    (
        "duplicate yaml key",
        "offer: {name: A, seller: B}\noffer: {}\n",
        'the key "offer" appears twice',
        2,
        1,
    ),
    ("missing criteria", "offer: {name: A, seller: B}\n", '"criteria" is missing', 1, 1),
    (
        "empty criteria",
        HEAD.replace("criteria:\n", "criteria: []\n"),
        "there are no criteria",
        2,
        11,
    ),
    (
        "missing seller",
        "offer: {name: A}\ncriteria:\n" + OK,
        '"seller" is missing from this offer',
        1,
        8,
    ),
    ("unknown top key", HEAD + OK + "plan: []\n", 'did you mean "plans"?', 4, 1),
    (
        "unknown criterion key",
        HEAD + "  - {id: a, ask: q, kind: text, improtance: nice}\n",
        'did you mean "importance"?',
        3,
        33,
    ),
    (
        "missing ask",
        HEAD + "  - {id: a, kind: text}\n",
        '"ask" is missing from this criterion',
        3,
        5,
    ),
    ("kind misspelt", HEAD + "  - {id: a, ask: q, kind: nmber}\n", 'did you mean "number"?', 3, 27),
    (
        "kind from another language",
        HEAD + "  - {id: a, ask: q, kind: boolean}\n",
        'did you mean "yes_no"?',
        3,
        27,
    ),
    (
        "kind of wrong type",
        HEAD + "  - {id: a, ask: q, kind: [text]}\n",
        "kind a list is not one of",
        3,
        27,
    ),
    (
        "importance misspelt",
        HEAD + "  - {id: a, ask: q, kind: text, importance: nise}\n",
        'did you mean "nice"?',
        3,
        45,
    ),
    (
        "ask not text",
        HEAD + "  - {id: a, ask: [q], kind: text}\n",
        "ask must be text, but this is a list",
        3,
        18,
    ),
    (
        "id not snake_case",
        HEAD + "  - {id: TeamSize, ask: q, kind: text}\n",
        'e.g. "team_size"',
        3,
        10,
    ),
    ("id a number", HEAD + "  - {id: 7, ask: q, kind: text}\n", "criterion id must be text", 3, 10),
    ("duplicate criterion id", HEAD + OK + OK, 'criterion id "ok" is used twice', 4, 10),
    (
        "cost not positive",
        HEAD + "  - {id: a, ask: q, kind: text, cost: 0}\n",
        "cost must be above 0",
        3,
        39,
    ),
    (
        "signals not a list",
        HEAD + "  - {id: a, ask: q, kind: text, signals: {x: 1}}\n",
        "signals must be a list of texts",
        3,
        42,
    ),
    (
        "list accept on number",
        HEAD + "  - {id: a, ask: q, kind: number, accept: [3, 200]}\n",
        "write accept: {min: 3, max: 200}",
        3,
        43,
    ),
    (
        "number accept without bounds",
        HEAD + "  - {id: a, ask: q, kind: number, accept: {}}\n",
        "needs min, max or both",
        3,
        43,
    ),
    (
        "number accept unknown key",
        HEAD + "  - {id: a, ask: q, kind: number, accept: {minimum: 3}}\n",
        'did you mean "min"?',
        3,
        44,
    ),
    (
        "number bound not a number",
        HEAD + "  - {id: a, ask: q, kind: number, accept: {min: ten}}\n",
        "min must be a number",
        3,
        49,
    ),
    (
        "min above max",
        HEAD + "  - {id: a, ask: q, kind: number, accept: {min: 10, max: 5}}\n",
        "min (10) is above max (5)",
        3,
        43,
    ),
    (
        "yes_no accept maybe",
        HEAD + "  - {id: a, ask: q, kind: yes_no, accept: maybe}\n",
        "accept must be yes or no",
        3,
        43,
    ),
    (
        "choice without options",
        HEAD + "  - {id: a, ask: q, kind: choice}\n",
        "a choice criterion needs options",
        3,
        5,
    ),
    (
        "empty options",
        HEAD + "  - {id: a, ask: q, kind: choice, options: {}}\n",
        "no options are given",
        3,
        44,
    ),
    (
        "options on number",
        HEAD + "  - {id: a, ask: q, kind: number, options: {x: [y]}}\n",
        "options belong to choice criteria",
        3,
        35,
    ),
    (
        "unit on yes_no",
        HEAD + "  - {id: a, ask: q, kind: yes_no, unit: days}\n",
        "unit belongs to number criteria",
        3,
        35,
    ),
    (
        "choice accept unknown option",
        HEAD
        + "  - {id: a, ask: q, kind: choice, options: {excel: [], sfdc: []}, accept: [exel]}\n",
        'accept names "exel", which is not one of the options',
        3,
        76,
    ),
    (
        "choice accept empty",
        HEAD + "  - {id: a, ask: q, kind: choice, options: {x: []}, accept: []}\n",
        "no answer can pass",
        3,
        61,
    ),
    (
        "choice accept a mapping",
        HEAD + "  - {id: a, ask: q, kind: choice, options: {x: []}, accept: {x: 1}}\n",
        "list of option ids",
        3,
        61,
    ),
    (
        "text accept",
        HEAD + "  - {id: a, ask: q, kind: text, accept: yes}\n",
        "takes no accept rule",
        3,
        33,
    ),
    (
        "text must",
        HEAD + "  - {id: a, ask: q, kind: text, importance: must}\n",
        "a text criterion cannot be a must",
        3,
        45,
    ),
    (
        "must without accept",
        HEAD + "  - {id: a, ask: q, kind: number, importance: must}\n",
        "can never rule a buyer in or out",
        3,
        5,
    ),
    (
        "bucket malformed",
        HEAD + '  - {id: a, ask: q, kind: number, prior: {"3..50": 1}}\n',
        'bucket "3..50" is not of the form',
        3,
        43,
    ),
    (
        "buckets overlap",
        HEAD + '  - {id: a, ask: q, kind: number, prior: {"0-50": 0.5, "40-90": 0.5}}\n',
        'buckets "0-50" and "40-90" overlap',
        3,
        56,
    ),
    (
        "wide bucket overlaps a later one",
        HEAD
        + '  - {id: a, ask: q, kind: number, prior: {"0-100": 0.4, "10-20": 0.3, "30-40": 0.3}}\n',
        'buckets "0-100" and "30-40" overlap',
        3,
        71,
    ),
    (
        "shares do not sum to 1",
        HEAD + '  - {id: a, ask: q, kind: number, prior: {"<3": 0.2, ">2": 0.7}}\n',
        "prior shares add up to 0.9, not 1",
        3,
        42,
    ),
    (
        "negative share",
        HEAD
        + "  - {id: a, ask: q, kind: choice, options: {x: [], y: []}, prior: {x: -0.2, y: 1.2}}\n",
        "cannot be negative (-0.2)",
        3,
        71,
    ),
    (
        "prior option unknown",
        HEAD
        + "  - {id: a, ask: q, kind: choice, options: {x: [], y: []}, prior: {x: 0.5, z: 0.5}}\n",
        'prior names "z"',
        3,
        76,
    ),
    (
        "yes_no prior as percent",
        HEAD + "  - {id: a, ask: q, kind: yes_no, prior: 15}\n",
        "write 0.15 for 15%",
        3,
        42,
    ),
    (
        "yes_no prior a mapping",
        HEAD + "  - {id: a, ask: q, kind: yes_no, prior: {yes: 0.2}}\n",
        "share of buyers answering yes",
        3,
        42,
    ),
    (
        "number prior a number",
        HEAD + "  - {id: a, ask: q, kind: number, prior: 0.5}\n",
        "a number prior must be a mapping of shares",
        3,
        42,
    ),
    (
        "plan overrides unknown criterion",
        HEAD + OK + "plans:\n  - {id: p, name: P, accept: {okk: yes}}\n",
        '"okk", which is not a criterion (did you mean "ok"?)',
        5,
        31,
    ),
    (
        "plan override wrong form",
        HEAD + OK + "plans:\n  - {id: p, name: P, accept: {ok: [yes]}}\n",
        "accept must be yes or no",
        5,
        35,
    ),
    (
        "duplicate plan id",
        HEAD + OK + "plans:\n  - {id: p, name: P}\n  - {id: p, name: Q}\n",
        'plan id "p" is used twice',
        6,
        10,
    ),
    (
        "duplicate need id",
        HEAD + OK + "needs:\n  - {id: n, statement: s}\n  - {id: n, statement: t}\n",
        'need id "n" is used twice',
        6,
        10,
    ),
    (
        "referral for unknown criterion",
        HEAD + OK + "outcomes:\n  referrals: {okay: go elsewhere}\n",
        'referral for "okay"',
        5,
        15,
    ),
    ("plans not a list", HEAD + OK + "plans: {id: p}\n", "plans must be a list", 4, 8),
]


@pytest.mark.parametrize(
    ("text", "fragment", "line", "column"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_broken_playbook_is_reported_at_its_place(
    text: str, fragment: str, line: int, column: int
) -> None:
    """The problem's message or hint holds the fragment, at the expected line and column."""
    problems = check_playbook(text, "broken.yaml")
    matching = [p for p in problems if fragment in f"{p.message} ({p.hint})"]
    assert matching, f"no problem mentions {fragment!r}: {[str(p) for p in problems]}"
    assert (matching[0].line, matching[0].column) == (line, column), str(matching[0])
    assert matching[0].file == "broken.yaml"


def test_every_problem_has_a_hint() -> None:
    """No case leaves the author without something to do."""
    for _, text, *_ in CASES:
        for problem in check_playbook(text):
            assert problem.hint, str(problem)


def test_problem_paths_name_the_place_inside_the_document() -> None:
    """A problem deep in the file carries a dotted path such as criteria[0].accept."""
    problems = check_playbook(HEAD + "  - {id: a, ask: q, kind: number, accept: [1, 2]}\n")
    assert [p.path for p in problems] == ["criteria[0].accept"]


def test_problem_renders_as_file_line_column_path_message_hint() -> None:
    """str(Problem) is the line `fitfirst validate` prints."""
    problem = check_playbook(HEAD + "  - {id: a, ask: q, kind: nmber}\n", "x.yaml")[0]
    assert str(problem) == (
        'x.yaml:3:27: criteria[0].kind: kind "nmber" is not one of "number", "choice", '
        '"yes_no" or "text" (did you mean "number"?)'
    )


def test_all_problems_of_one_file_are_reported_in_file_order() -> None:
    """Several problems in one file all come back, sorted by line and column."""
    text = (
        "offer: {name: A, seler: B}\n"
        "criteria:\n"
        "  - {id: Size, ask: q, kind: number, accept: [1, 2]}\n"
        "  - {id: crm, ask: q, kind: choice, options: {excel: []}, accept: [exel]}\n"
        "  - {id: crm, ask: q, kind: yes_no, prior: 2}\n"
        "outcomes: {referrals: {nope: x}}\n"
    )
    problems = check_playbook(text)
    places = [(p.line, p.column) for p in problems]
    assert places == sorted(places)
    messages = " | ".join(p.message for p in problems)
    for fragment in (
        '"seller" is missing',
        'unknown key "seler"',
        'id "Size" is not snake_case',
        "accept must be a mapping",
        'accept names "exel"',
        'id "crm" is used twice',
        "between 0 and 1",
        'referral for "nope"',
    ):
        assert fragment in messages
    assert len(problems) == 8


def test_non_utf8_bytes_are_reported_at_the_bad_byte() -> None:
    """A Latin-1 file says which byte cannot be read, and where."""
    problems = check_playbook(b"offer:\n  name: Caf\xe9\n", "latin1.yaml")
    assert len(problems) == 1
    assert "not UTF-8" in problems[0].message
    assert (problems[0].line, problems[0].column) == (2, 12)


def test_byte_order_mark_is_accepted() -> None:
    """An editor's UTF-8 byte-order mark does not make a valid file invalid."""
    text = "\ufeff" + HEAD + OK
    assert check_playbook(text.encode("utf-8")) == []


def test_a_valid_document_has_no_problems() -> None:
    """The shortest valid playbook passes."""
    assert check_playbook(HEAD + OK) == []


def test_problem_type_is_the_shared_problem() -> None:
    """Problems are fitfirst.errors.Problem, so the CLI and web app can show them alike."""
    assert all(isinstance(p, Problem) for p in check_playbook(""))
