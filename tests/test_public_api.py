"""The public surface of `fitfirst`: pinned, sorted, and free of the outer rooms in the core."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import fitfirst

SRC = Path(__file__).resolve().parents[1] / "src" / "fitfirst"

PINNED = [
    "AnswerError",
    "ConflictError",
    "Criterion",
    "CriterionState",
    "Discovery",
    "Evidence",
    "FitState",
    "FitfirstError",
    "NeedEvidence",
    "NotFoundError",
    "NumberSpan",
    "Plan",
    "Playbook",
    "PlaybookError",
    "Problem",
    "Question",
    "ReviewResult",
    "SessionError",
    "StoreError",
    "Transcript",
    "TranscriptError",
    "Turn",
    "Understood",
    "UsageError",
    "Verdict",
    "__version__",
    "ask_order",
    "assess",
    "check_playbook",
    "decide",
    "load_playbook",
    "parse_playbook",
    "playbook_schema",
    "read_transcript",
    "read_transcript_text",
    "render",
    "review",
    "review_file",
    "understand_answer",
]
CORE = ("playbook", "fit", "discovery", "understand")
OUTER = ("cli", "web", "store", "reports", "review", "transcripts", "check")


def test_all_is_pinned() -> None:
    """`fitfirst.__all__` is exactly the reviewed list: a change here is an API change."""
    assert fitfirst.__all__ == PINNED


def test_all_is_sorted_and_importable() -> None:
    """Every public name exists and the list stays sorted."""
    assert fitfirst.__all__ == sorted(fitfirst.__all__)
    for name in fitfirst.__all__:
        assert hasattr(fitfirst, name), name


def test_every_error_is_a_fitfirst_error() -> None:
    """One exception tree: every public error derives from FitfirstError."""
    errors = [getattr(fitfirst, n) for n in fitfirst.__all__ if n.endswith("Error")]
    assert all(issubclass(e, fitfirst.FitfirstError) for e in errors)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("room", CORE)
def test_the_core_imports_nothing_from_the_outer_rooms(room: str) -> None:
    """playbook/, fit/, discovery/ and understand/ stay pure: no CLI, web, store or reports."""
    for path in sorted((SRC / room).rglob("*.py")):
        for module in _imports(path):
            parts = module.split(".")
            if parts[0] == "fitfirst" and len(parts) > 1:
                assert parts[1] not in OUTER, f"{path.relative_to(SRC)} imports {module}"
            assert parts[0] not in {"fastapi", "sqlalchemy", "typer", "rich", "jinja2", "torch"}, (
                f"{path.relative_to(SRC)} imports {module}"
            )


def test_importing_the_core_loads_no_web_stack() -> None:
    """`import fitfirst` stays light: the web stack is loaded only by the web app."""
    code = (
        "import sys, fitfirst; "
        "print(sorted(m for m in ('fastapi', 'sqlalchemy', 'uvicorn') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
