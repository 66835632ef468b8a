"""How fast is a call review? Times every stage on an hour-long call.

Builds a realistic one-hour discovery call (about 9,000 words in 600 turns, varied sentences from
a seeded generator), writes it as WebVTT, SRT, plain text and fitfirst JSON, then reports the
median time over repeats of each stage: read, roles, labels, evidence, metrics, outcome, fit,
each renderer, and the whole review with and without a playbook.

    .venv/bin/python bench/review_speed.py [--repeat 7] [--playbook examples/playbooks/crm.yaml]

Targets on one core: read + roles + metrics + report under 0.1 s; a full review with a playbook
under 1 s. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fitfirst.playbook import load_playbook
from fitfirst.reports import render
from fitfirst.review.metrics import compute_metrics
from fitfirst.review.pipeline import fit_of, label_turns, moments, review
from fitfirst.review.result import ReviewedTurn, ReviewResult
from fitfirst.review.seller import assign_roles, detect_seller
from fitfirst.transcripts import read_transcript
from fitfirst.transcripts.model import Transcript, Turn

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PLAYBOOK = ROOT / "examples" / "playbooks" / "crm.yaml"
TURNS = 600
SECONDS = 3600.0

_FILL: dict[str, tuple[str, ...]] = {
    "n": ("eight", "twelve", "fifteen", "twenty", "twenty five", "thirty", "forty", "sixty"),
    "tool": ("a shared spreadsheet", "Google Sheets", "Pipedrive", "a whiteboard", "our inboxes"),
    "mail": ("Gmail", "Outlook", "Google Workspace", "Office 365"),
    "day": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    "who": ("our head of sales", "the owner", "my manager", "finance", "the ops lead"),
    "what": ("follow-ups", "the forecast", "handovers", "renewals", "the weekly report"),
    "place": ("trade fairs", "cold calls", "referrals", "the website", "partners"),
    "weeks": ("two weeks", "a month", "six weeks", "the end of the quarter", "spring"),
    "money": ("twenty euros", "thirty euros", "forty euros", "fifty euros"),
    "feature": ("email logging", "reminders", "the pipeline board", "forecasting", "the importer"),
}

_SELLER: tuple[str, ...] = (
    "How do deals usually start for you, and where do most of them come from?",
    "Walk me through what happens after {place} bring in a new lead.",
    "What does a normal week look like for one of your reps?",
    "How many people sell for you today, counting yourself?",
    "Which email does the team use at work, {mail} or something else?",
    "What do you keep track of deals in at the moment?",
    "By when would you want the team working in a new tool?",
    "Who else will weigh in before you choose, and should they be in the next call?",
    "What had you set aside per seller per month for a tool like this?",
    "What happens to {what} when someone goes on holiday?",
    "So {what} is where it hurts most, did I get that right?",
    "That makes sense.",
    "Got it, thank you.",
    "Our customers usually start with {feature} and add the rest later.",
    "We offer a guided import, so {tool} comes across in an afternoon.",
    "Pricing starts at fifteen euros per user per month for the smaller plan.",
    "Let me show you how {feature} would look with your pipeline.",
    "If it's not a fit, it's completely fine to say so.",
    "What would change for you if {what} just worked?",
    "Is there anything I haven't asked that I should have?",
    "You'd agree that losing deals costs real money, wouldn't you?",
    "This discount is only good until {day}, so we should lock it in.",
    "Would you like to start on {day} or next week?",
    "Try it free for a month, and if you don't love it you can send it back.",
    "Shall we book a working session with two of your reps on {day}?",
    "Let me summarise: {n} reps, {mail}, and {tool} today. Is that right?",
    "I'll send over a short recap and a couple of times that could work.",
)
_BUYER: tuple[str, ...] = (
    "We have about {n} reps right now.",
    "Mostly from {place}, and a few come in through the website.",
    "Honestly it lives in {tool} and nobody trusts it.",
    "We use {mail} for everything.",
    "We forget to call people back, that's the real problem.",
    "Leads slip through the cracks when things get busy.",
    "I spend Friday afternoon on the report, copying numbers into slides.",
    "I have no idea what is going to close this month.",
    "{who} would have to sign off on anything over a few thousand.",
    "We could probably spend {money} per person per month.",
    "Ideally we'd be up and running within {weeks}.",
    "When Maria left last spring, her contacts went with her.",
    "It's all in people's inboxes, so handovers are painful.",
    "Yeah.",
    "Mm-hm.",
    "Right, that makes sense.",
    "Can you say more about how {feature} works?",
    "How much does it cost for a team our size?",
    "Does it work with {mail}?",
    "We tried a CRM two years ago and nobody used it.",
    "The reps hate typing things twice.",
    "Our busiest time is before {weeks}, so timing matters.",
    "I'd want {who} to see it before we decide.",
    "That sounds useful, but I need to think about it.",
    "Let's book a session with two of the reps on {day}.",
)


def _fill(template: str, rnd: random.Random) -> str:
    out = template
    for key, options in _FILL.items():
        while "{" + key + "}" in out:
            out = out.replace("{" + key + "}", rnd.choice(options), 1)
    return out


def build_call(seed: int = 7, turns: int = TURNS, seconds: float = SECONDS) -> Transcript:
    """An hour-long discovery call: a seller (with a colleague) and two people buying."""
    rnd = random.Random(seed)
    texts: list[tuple[str, str]] = [
        ("Dana Reyes", "Hi both, this is Dana from Leadline. Thanks for taking the time today."),
        ("Lee Park", "Hi Dana. Happy to be here, and Kim from finance is joining too."),
        ("Dana Reyes", "Great. I've got my colleague Sam with me, our solutions engineer."),
        ("Sam Ortiz", "Hello everyone, looking forward to it."),
        ("Dana Reyes", "What I'd like to do today is understand how you sell. Does that work?"),
    ]
    while len(texts) < turns:
        seller = "Dana Reyes" if rnd.random() < 0.8 else "Sam Ortiz"
        buyer = "Lee Park" if rnd.random() < 0.75 else "Kim Osei"
        spoken = " ".join(_fill(rnd.choice(_SELLER), rnd) for _ in range(rnd.choice((1, 1, 1, 2))))
        texts.append((seller, spoken))
        length = rnd.choice((1, 1, 1, 2, 2, 3)) if rnd.random() < 0.95 else rnd.randint(5, 8)
        texts.append((buyer, " ".join(_fill(rnd.choice(_BUYER), rnd) for _ in range(length))))
    texts = texts[:turns]
    words = sum(len(t.split()) for _, t in texts)
    pace = seconds / words  # seconds per word, pauses included
    out: list[Turn] = []
    at = 0.0
    for speaker, text in texts:
        length = len(text.split()) * pace
        pause = min(0.4 * length, rnd.uniform(0.2, 1.2))
        out.append(Turn(speaker, text, round(at + pause, 3), round(at + length, 3)))
        at += length
    return Transcript(tuple(out), format="generated", source="hour-long-call")


def _stamp(seconds: float, comma: bool) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{int(hours):02d}:{int(minutes):02d}:{secs:06.3f}"
    return text.replace(".", ",") if comma else text


def write_files(call: Transcript, folder: Path) -> dict[str, Path]:
    """The call as WebVTT, SRT, plain text and fitfirst JSON."""
    vtt = ["WEBVTT", ""]
    srt: list[str] = []
    for n, t in enumerate(call.turns, start=1):
        start, end = t.start or 0.0, t.end or 0.0
        vtt += [f"{_stamp(start, False)} --> {_stamp(end, False)}", f"<v {t.speaker}>{t.text}", ""]
        srt += [
            str(n),
            f"{_stamp(start, True)} --> {_stamp(end, True)}",
            f"{t.speaker}: {t.text}",
            "",
        ]
    files = {
        "vtt": (folder / "call.vtt", "\n".join(vtt)),
        "srt": (folder / "call.srt", "\n".join(srt)),
        "txt": (folder / "call.txt", "\n".join(f"{t.speaker}: {t.text}" for t in call.turns)),
        "json": (
            folder / "call.json",
            json.dumps(
                {
                    "fitfirst_transcript": 1,
                    "turns": [
                        {"speaker": t.speaker, "text": t.text, "start": t.start, "end": t.end}
                        for t in call.turns
                    ],
                }
            ),
        ),
    }
    for path, text in files.values():
        path.write_text(text, encoding="utf-8")
    return {name: path for name, (path, _) in files.items()}


def median_time(fn: Callable[[], Any], repeat: int) -> tuple[float, float]:
    """Median wall-clock and CPU seconds of ``fn``; CPU time is steadier on a busy machine."""
    fn()  # warm up: first calls compile regexes and load templates
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start)
    return statistics.median(wall), statistics.median(cpu)


def _result_without_labels(call: Transcript) -> ReviewResult:
    """The cheap part of a review: roles and metrics only, as a report can show them."""
    decision = detect_seller(call)
    turns = assign_roles(call, decision)
    return ReviewResult(
        source=call.source,
        format=call.format,
        seller=decision,
        turns=tuple(
            ReviewedTurn(t.index, t.speaker, t.role, t.text, t.start, t.end) for t in turns
        ),
        metrics=compute_metrics(turns),
    )


Row = tuple[str, tuple[float, float], str]


def run(repeat: int, playbook_path: Path | None) -> list[Row]:
    """Median seconds of every stage, then of the end-to-end paths the targets are about."""
    call = build_call()
    playbook = load_playbook(playbook_path) if playbook_path and playbook_path.exists() else None
    words = sum(len(t.text.split()) for t in call.turns)
    print(f"Call: {len(call.turns)} turns, {words:,} words, {call.turns[-1].end or 0:.0f} s.")
    print(f"Playbook: {playbook_path if playbook else 'none'}; median of {repeat} runs.\n")
    rows: list[Row] = []

    def timed(name: str, fn: Callable[[], Any], note: str = "") -> None:
        rows.append((name, median_time(fn, repeat), note))

    with tempfile.TemporaryDirectory() as tmp:
        files = write_files(call, Path(tmp))
        for name, path in files.items():
            timed(f"read {name}", lambda p=path: read_transcript(p))
        vtt = files["vtt"]
        read = read_transcript(vtt)
        decision = detect_seller(read, playbook=playbook)
        turns = assign_roles(read, decision)
        timed(
            "roles",
            lambda: assign_roles(read, detect_seller(read, playbook=playbook)),
            "seller: " + ", ".join(decision.speakers),
        )
        labels = label_turns(turns)
        timed("labels", lambda: label_turns(turns))
        timed("metrics", lambda: compute_metrics(turns, labels))
        timed("moments", lambda: moments(turns, labels))
        from fitfirst.review.outcome import call_outcome  # noqa: PLC0415 (timed on its own)

        timed("outcome", lambda: call_outcome(turns, labels))
        if playbook is not None:
            from fitfirst.review.evidence import call_evidence  # noqa: PLC0415

            book = playbook
            timed("evidence", lambda: call_evidence(book, turns))
            timed("evidence + fit + ask order", lambda: fit_of(book, turns))
        full = review(read, playbook=playbook)
        for fmt in ("text", "md", "html", "json"):
            timed(
                f"render {fmt}", lambda f=fmt: render(full, f), f"{len(render(full, fmt)):,} chars"
            )
        timed(
            "**read + roles + metrics + text report**",
            lambda: render(_result_without_labels(read_transcript(vtt)), "text"),
            "target < 100 ms",
        )
        timed(
            "**read + roles + metrics + html report**",
            lambda: render(_result_without_labels(read_transcript(vtt)), "html"),
            "target < 100 ms",
        )
        timed(
            "**full review, no playbook (read + review + html)**",
            lambda: render(review(read_transcript(vtt)), "html"),
        )
        if playbook is not None:
            book = playbook
            timed(
                "**full review with playbook (read + review + html)**",
                lambda: render(review(read_transcript(vtt), playbook=book), "html"),
                "target < 1000 ms",
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--playbook", type=Path, default=DEFAULT_PLAYBOOK)
    args = parser.parse_args()
    rows = run(args.repeat, args.playbook)
    print("| stage | median ms | CPU ms | note |")
    print("| --- | ---: | ---: | --- |")
    for name, (wall, cpu), note in rows:
        print(f"| {name} | {wall * 1000:.1f} | {cpu * 1000:.1f} | {note} |")


if __name__ == "__main__":
    main()
