"""What the pages and the JSON API do, once: each function is one request's unit of work.

Reads and the core's work happen outside write transactions; each write is one short
transaction that starts with its compare-and-set, so SQLite writers queue on the busy timeout
and a stale write is refused with :class:`~fitfirst.errors.ConflictError`.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from fitfirst.discovery import Discovery
from fitfirst.errors import ConflictError, PlaybookError, UsageError
from fitfirst.playbook import Playbook, check_playbook
from fitfirst.store import repo
from fitfirst.store.db import transaction
from fitfirst.store.models import PlaybookVersionRow, SessionRow
from fitfirst.web import engine

Factory = sessionmaker[Session]
# An answer sent without a version applies to the latest state. Writers that lose the race
# retry with a short random back-off until this deadline: a fixed number of tries can run out
# when many tabs answer at once (seen with nine at once on PostgreSQL).
_RETRY_SECONDS = 10.0


def version_label(slug: str, number: int) -> str:
    """How a stored version is named in problems: ``acme.yaml`` for v1, ``acme.v2.yaml`` after."""
    return f"{slug}.yaml" if number == 1 else f"{slug}.v{number}.yaml"


def playbook_of(version: PlaybookVersionRow, slug: str) -> Playbook:
    return engine.load_source(version.source, version_label(slug, version.number))


# -- playbooks ---------------------------------------------------------------------------------


def validate_playbook(source: str, filename: str) -> Playbook:
    """Parse uploaded YAML, raising PlaybookError with every problem (file:line:col) at once."""
    problems = check_playbook(source, source=filename)
    if problems:
        raise PlaybookError(problems)
    return engine.load_source(source, filename)


def save_new_playbook(factory: Factory, source: str, filename: str, slug: str | None = None) -> str:
    playbook = validate_playbook(source, filename)
    with transaction(factory) as db:
        chosen = slug or repo.unique_slug(db, playbook.offer.name)
        repo.create_playbook(db, slug=chosen, name=playbook.offer.name, source=source)
    return chosen


def save_playbook_edit(factory: Factory, slug: str, source: str) -> int:
    """Store an edit as a new version (sessions keep theirs); return the new version number."""
    with factory() as db:
        playbook_row = repo.get_playbook(db, slug)
        number = repo.latest_version(db, playbook_row).number + 1
    playbook = validate_playbook(source, version_label(slug, number))
    with transaction(factory) as db:
        version = repo.add_version(db, slug=slug, name=playbook.offer.name, source=source)
        return version.number


def latest_playbook(factory: Factory, slug: str) -> Playbook:
    """The parsed latest version of a playbook (parses are cached per version)."""
    with factory() as db:
        return playbook_of(repo.latest_version_of(db, slug), slug)


def playbook_dict(db: Session, slug: str) -> dict[str, Any]:
    row = repo.get_playbook(db, slug)
    version = repo.latest_version(db, row)
    return {
        "slug": row.slug,
        "name": row.name,
        "version": version.number,
        "source": version.source,
        "updated_at": row.updated_at.isoformat(),
    }


# -- sessions ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Loaded:
    """A session read from the store and rebuilt through the core."""

    id: str
    kind: str
    share_token: str
    title: str
    version: int
    slug: str
    playbook_name: str
    playbook_version: int
    created_at: str
    updated_at: str
    playbook: Playbook
    discovery: Discovery
    # Readings the core did not record from the answer that made this version ([] otherwise).
    passed_over: tuple[dict[str, Any], ...] = ()

    def to_dict(self, *, for_seller: bool) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind,
            "version": self.version,
            "playbook": {
                "slug": self.slug,
                "name": self.playbook_name,
                "version": self.playbook_version,
            },
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }
        if for_seller:  # the call's name and id are the seller's notes, not the buyer's
            data["title"] = self.title
            data["id"] = self.id
            data["share_token"] = self.share_token
        data.update(engine.view(self.playbook, self.discovery))
        data["passed_over"] = list(self.passed_over)
        return data


def _passed_over(db: Session, row: SessionRow) -> tuple[dict[str, Any], ...]:
    """What the answer that made the row's current version passed over (nothing after an undo)."""
    answer = repo.answer_at(db, row.id, row.version)
    if answer is None or not answer.effects:
        return ()
    return tuple(answer.effects.get("passed_over", ()))


def _loaded(
    row: SessionRow,
    discovery: Discovery | None = None,
    version: int | None = None,
    passed_over: tuple[dict[str, Any], ...] = (),
) -> Loaded:
    pv = row.playbook_version
    slug = pv.playbook.slug
    playbook = playbook_of(pv, slug)
    return Loaded(
        id=row.id,
        kind=row.kind,
        share_token=row.share_token,
        title=row.title,
        version=row.version if version is None else version,
        slug=slug,
        playbook_name=pv.playbook.name,
        playbook_version=pv.number,
        created_at=row.created_at.isoformat(),
        updated_at=row.updated_at.isoformat(),
        playbook=playbook,
        discovery=discovery or engine.restore(playbook, row.state),
        passed_over=passed_over,
    )


def load_session(
    factory: Factory, *, session_id: str | None = None, share_token: str | None = None
) -> Loaded:
    with factory() as db:
        row = (
            repo.get_session(db, session_id)
            if session_id is not None
            else repo.get_session_by_share(db, share_token or "")
        )
        return _loaded(row, passed_over=_passed_over(db, row))


def session_version(
    factory: Factory, *, session_id: str | None = None, share_token: str | None = None
) -> int:
    """Only the version number: the cheap question live views poll."""
    with factory() as db:
        return repo.session_version(db, session_id=session_id, share_token=share_token)


def start_session(
    factory: Factory,
    slug: str,
    *,
    kind: str,
    title: str = "",
    first_answer: tuple[str, str] | None = None,
) -> tuple[Loaded, engine.Answered | None]:
    """A new session on the playbook's latest version, optionally with its first answer."""
    with factory() as db:
        version = repo.latest_version_of(db, slug)
        version_id = version.id
        playbook = playbook_of(version, slug)
    discovery = engine.start(playbook)
    answered = None
    if first_answer is not None:
        answered = engine.answer(playbook, discovery, first_answer[0], first_answer[1])
    state = discovery.to_dict()
    verdict = discovery.result().verdict
    with transaction(factory) as db:
        row = repo.create_session(
            db, kind=kind, version_id=version_id, state=state, verdict=verdict, title=title
        )
        version_number = row.version
        if first_answer is not None and answered is not None:
            version_number = repo.save_session(
                db,
                row.id,
                expected_version=row.version,
                state=state,
                verdict=verdict,
                answer=repo.NewAnswer(
                    first_answer[0],
                    first_answer[1],
                    "buyer",
                    answered.understood,
                    answered.effects(),
                ),
            )
        db.refresh(row)
        passed = answered.passed_over if answered is not None else ()
        return _loaded(row, discovery, version_number, passed), answered


def answer_session(
    factory: Factory,
    *,
    criterion: str,
    text: str,
    by: str,
    expected_version: int | None,
    session_id: str | None = None,
    share_token: str | None = None,
) -> tuple[Loaded, engine.Answered]:
    """Add one answer and commit it before returning.

    With ``expected_version`` a session changed since the caller loaded it is refused (409);
    without it the answer is applied to the latest state, retrying if another writer wins.
    """
    deadline = time.monotonic() + _RETRY_SECONDS
    attempt = 0
    while time.monotonic() < deadline:
        attempt += 1
        loaded = load_session(factory, session_id=session_id, share_token=share_token)
        if expected_version is not None and expected_version != loaded.version:
            raise ConflictError(
                f"this session is at version {loaded.version}, not {expected_version}: someone "
                "else (another tab or the buyer) answered meanwhile; reload and answer again"
            )
        answered = engine.answer(loaded.playbook, loaded.discovery, criterion, text)
        try:
            with transaction(factory) as db:
                new_version = repo.save_session(
                    db,
                    loaded.id,
                    expected_version=loaded.version,
                    state=loaded.discovery.to_dict(),
                    verdict=loaded.discovery.result().verdict,
                    answer=repo.NewAnswer(
                        criterion, text.strip(), by, answered.understood, answered.effects()
                    ),
                )
        except ConflictError:
            if expected_version is not None:
                raise
            time.sleep(random.uniform(0, 0.005 * min(attempt, 10)))  # jitter only: no security use
            continue
        return _replace_version(loaded, new_version, answered.passed_over), answered
    raise ConflictError("the session is too busy right now; try again in a moment")


def undo_session(factory: Factory, session_id: str, expected_version: int | None) -> Loaded:
    loaded = load_session(factory, session_id=session_id)
    if expected_version is not None and expected_version != loaded.version:
        raise ConflictError("the session changed since you loaded it; reload before undoing")
    if not loaded.discovery.undo():
        raise UsageError("there is nothing to undo in this session")
    with transaction(factory) as db:
        new_version = repo.save_session(
            db,
            loaded.id,
            expected_version=loaded.version,
            state=loaded.discovery.to_dict(),
            verdict=loaded.discovery.result().verdict,
        )
    return _replace_version(loaded, new_version, ())


def _replace_version(
    loaded: Loaded, version: int, passed_over: tuple[dict[str, Any], ...]
) -> Loaded:
    fields = {k: getattr(loaded, k) for k in Loaded.__dataclass_fields__}
    fields["version"] = version
    fields["passed_over"] = passed_over
    return Loaded(**fields)


def export_session(factory: Factory, session_id: str) -> dict[str, Any]:
    """Everything stored about a session, as JSON: the state, the answer log, the playbook."""
    loaded = load_session(factory, session_id=session_id)
    with factory() as db:
        row = repo.get_session(db, session_id)
        answers = [
            {
                "seq": a.seq,
                "criterion": a.criterion,
                "text": a.text,
                "by": a.by,
                "understood": a.understood,
                "volunteered": (a.effects or {}).get("volunteered", []),
                "passed_over": (a.effects or {}).get("passed_over", []),
                "at": a.created_at.isoformat(),
            }
            for a in repo.answers_of(db, session_id)
        ]
        source = row.playbook_version.source
    data = loaded.to_dict(for_seller=True)
    return {
        "export_version": 1,
        "session": data,
        "state": loaded.discovery.to_dict(),
        "answers": answers,
        "playbook_source": source,
    }


def delete_session(factory: Factory, session_id: str) -> None:
    with transaction(factory) as db:
        repo.delete_session(db, session_id)


def list_sessions(factory: Factory) -> list[dict[str, Any]]:
    with factory() as db:
        rows = repo.list_sessions(db)
        counts = repo.answers_count(db, [r.id for r in rows])
        return [
            {
                "id": r.id,
                "kind": r.kind,
                "title": r.title,
                "verdict": r.verdict,
                "version": r.version,
                "answers": counts.get(r.id, 0),
                "playbook": r.playbook_version.playbook.slug,
                "playbook_name": r.playbook_version.playbook.name,
                "playbook_version": r.playbook_version.number,
                "updated_at": r.updated_at.isoformat(),
            }
            for r in rows
        ]


def require_text(value: str, what: str) -> str:
    if not value.strip():
        raise UsageError(f"{what} is empty; fill it in and send again")
    return value


# -- call reviews ------------------------------------------------------------------------------


def _verdict_of(result: dict[str, Any]) -> str:
    """The review's fit verdict for filtering, wherever the result dict keeps it."""
    for key in ("verdict", "fit"):
        value = result.get(key)
        if isinstance(value, dict):
            value = value.get("verdict")
        if isinstance(value, str):
            return value
    return ""


def _seller_of(result: dict[str, Any]) -> str:
    value = result.get("seller")
    if isinstance(value, dict):
        speakers = value.get("speakers")
        if isinstance(speakers, list):
            return ", ".join(str(s) for s in speakers)
        value = value.get("name")
    return value if isinstance(value, str) else ""


def create_review(
    factory: Factory, *, data: bytes, filename: str, slug: str | None, seller: str | None
) -> str:
    """Review an uploaded transcript like `fitfirst review` does and store result and report."""
    from fitfirst.reports import render  # noqa: PLC0415  (the review stack loads on first use)
    from fitfirst.review.pipeline import review  # noqa: PLC0415
    from fitfirst.transcripts import read_transcript_text  # noqa: PLC0415

    playbook = None
    version_id = None
    if slug:
        with factory() as db:
            version = repo.latest_version(db, repo.get_playbook(db, slug))
            version_id = version.id
            playbook = playbook_of(version, slug)
    transcript = read_transcript_text(data, source=filename)
    result = review(transcript, playbook=playbook, seller=seller or None)
    result_dict = result.to_dict()
    report_html = render(result, "html")
    with transaction(factory) as db:
        row = repo.add_review(
            db,
            filename=filename,
            seller=seller or _seller_of(result_dict),
            verdict=_verdict_of(result_dict),
            version_id=version_id,
            result=result_dict,
            report_html=report_html,
        )
        return row.id


def review_summary(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "filename": row.filename,
        "seller": row.seller,
        "verdict": row.verdict,
        "created_at": row.created_at.isoformat(),
    }
