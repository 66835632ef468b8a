"""`fitfirst check`: scripted and interactive discovery from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fitfirst.cli.app import app

ROOT = Path(__file__).resolve().parents[2]
CRM = ROOT / "examples" / "playbooks" / "crm.yaml"
runner = CliRunner()


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_scripted_no_fit_names_the_reason_and_the_referral() -> None:
    """A buyer who needs on-premise software hears why not, and where to look instead."""
    result = runner.invoke(
        app, ["check", str(CRM), "--answers", str(ROOT / "examples/answers/crm-no-fit.yaml")]
    )
    assert result.exit_code == 0, result.output
    assert "Verdict: no fit" in result.output
    assert "self-hosted open-source CRM" in result.output


def test_scripted_fit_ends_with_the_plan_next_step() -> None:
    """A buyer who fits ends with the verdict and the next step of the plan that fits."""
    result = runner.invoke(
        app, ["check", str(CRM), "--answers", str(ROOT / "examples/answers/crm-business.yaml")]
    )
    assert result.exit_code == 0, result.output
    assert "Verdict: fit" in result.output
    assert "45-minute working session" in result.output


def test_scripted_json_follows_the_documented_shape() -> None:
    """--json prints the versioned result with every question asked and the verdict."""
    result = runner.invoke(
        app,
        ["check", str(CRM), "--answers", str(ROOT / "examples/answers/crm-no-fit.yaml"), "--json"],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["schema_version"] == 1
    assert data["result"]["verdict"] == "no_fit"
    assert data["result"]["criteria"]["needs_on_premise"]["status"] == "unmet"
    assert all({"criterion", "question", "why", "answer"} <= set(a) for a in data["asked"])


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param("team_sise: forty\n", 'did you mean "team_size"', id="unknown-criterion"),
        pytest.param("team_size: [1, 2\n", "answers.yaml:2:1", id="broken-yaml"),
        pytest.param("- forty\n", "expected a mapping", id="not-a-mapping"),
        pytest.param("team_size:\n  a: 1\n", "one line of text", id="nested-answer"),
    ],
)
def test_a_bad_answers_file_gives_one_error_line(
    tmp_path: Path, content: str, expected: str
) -> None:
    """A broken answers file is one `Error:` line that says what and where, never a traceback."""
    answers = _write(tmp_path, "answers.yaml", content)
    result = runner.invoke(
        app, ["check", str(CRM), "--answers", str(answers)], catch_exceptions=False
    )
    assert result.exit_code == 1
    assert expected in result.output
    assert "Traceback" not in result.output


def test_json_without_answers_is_a_usage_error() -> None:
    """--json needs scripted answers: an interactive session cannot print JSON."""
    result = runner.invoke(app, ["check", str(CRM), "--json"])
    assert result.exit_code == 2
    assert "--json needs --answers" in result.output


def test_a_broken_playbook_is_reported_with_its_place(tmp_path: Path) -> None:
    """`check` on a broken playbook reports the problem with file and line, not a traceback."""
    playbook = _write(tmp_path, "bad.yaml", "offer: {name: X, seller: Y}\ncriteria: 3\n")
    result = runner.invoke(app, ["check", str(playbook)])
    assert result.exit_code == 1
    assert "bad.yaml:2" in result.output
    assert "Traceback" not in result.output


def test_quit_saves_and_resume_continues(tmp_path: Path) -> None:
    """`quit` saves the answers so far; `--resume` picks up without asking them again."""
    saved = tmp_path / "session.json"
    first = runner.invoke(
        app, ["check", str(CRM), "--save", str(saved)], input="around 60 euros a head\nquit\n"
    )
    assert first.exit_code == 0, first.output
    assert saved.exists()
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["fitfirst_session"] == 1

    answers = "yes, on our own servers only\n" * 6 + "done\n"
    second = runner.invoke(app, ["check", str(CRM), "--resume", str(saved)], input=answers)
    assert second.exit_code == 0, second.output
    assert "What had you set aside per seller" not in second.output
    assert "Verdict" in second.output


def test_resume_refuses_a_file_that_is_not_a_session(tmp_path: Path) -> None:
    """--resume on some other file says so instead of crashing."""
    other = _write(tmp_path, "notes.json", '{"hello": 1}')
    result = runner.invoke(app, ["check", str(CRM), "--resume", str(other)])
    assert result.exit_code == 1
    assert "not a saved fitfirst session" in result.output
