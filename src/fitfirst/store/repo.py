"""Store operations: every read and write the web app makes, in one place.

Functions take an open SQLAlchemy ``Session`` and leave committing to the caller's
:func:`fitfirst.store.db.transaction` block, so one request is one transaction. Missing rows
raise :class:`~fitfirst.errors.NotFoundError`; a write based on a stale version raises
:class:`~fitfirst.errors.ConflictError`.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session, joinedload

from fitfirst.errors import ConflictError, NotFoundError, UsageError
from fitfirst.store.models import (
    AnswerRow,
    PlaybookRow,
    PlaybookVersionRow,
    ReviewRow,
    SessionRow,
    TokenRow,
    utcnow,
)

_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")


def slugify(name: str) -> str:
    """A URL-safe name: lower-case letters, digits and dashes ("Acme Payroll" -> "acme-payroll")."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:80].strip("-")
    return slug or "playbook"


# -- playbooks ---------------------------------------------------------------------------------


def list_playbooks(db: Session) -> list[PlaybookRow]:
    return list(db.scalars(select(PlaybookRow).order_by(PlaybookRow.name, PlaybookRow.slug)))


def get_playbook(db: Session, slug: str) -> PlaybookRow:
    row = db.scalar(select(PlaybookRow).where(PlaybookRow.slug == slug))
    if row is None:
        raise NotFoundError(f'playbook "{slug}" does not exist; see the list of playbooks')
    return row


def latest_version(db: Session, playbook: PlaybookRow) -> PlaybookVersionRow:
    row = db.scalar(
        select(PlaybookVersionRow)
        .where(PlaybookVersionRow.playbook_id == playbook.id)
        .order_by(PlaybookVersionRow.number.desc())
        .limit(1)
    )
    if row is None:  # a playbook is always created with its first version
        raise NotFoundError(f'playbook "{playbook.slug}" has no version; upload it again')
    return row


def latest_version_of(db: Session, slug: str) -> PlaybookVersionRow:
    """The newest version of the playbook named ``slug``, in one query."""
    row = db.scalar(
        select(PlaybookVersionRow)
        .join(PlaybookRow)
        .where(PlaybookRow.slug == slug)
        .order_by(PlaybookVersionRow.number.desc())
        .limit(1)
    )
    if row is None:
        raise NotFoundError(f'playbook "{slug}" does not exist; see the list of playbooks')
    return row


def session_version(db: Session, *, session_id: str | None, share_token: str | None) -> int:
    """Only a session's version number: what live views poll for."""
    query = select(SessionRow.version)
    if session_id is not None:
        query = query.where(SessionRow.id == session_id)
    else:
        query = query.where(SessionRow.share_token == (share_token or ""))
    version = db.scalar(query)
    if version is None:
        raise NotFoundError("this session does not exist: it may have been deleted")
    return version


def get_version(db: Session, version_id: int) -> PlaybookVersionRow:
    row = db.get(PlaybookVersionRow, version_id)
    if row is None:
        raise NotFoundError(f"playbook version {version_id} does not exist")
    return row


def create_playbook(db: Session, *, slug: str, name: str, source: str) -> PlaybookVersionRow:
    """A new playbook with ``source`` as its version 1; the slug must be free."""
    if not _SLUG.match(slug):
        raise UsageError(
            f'"{slug}" cannot name a playbook: use lower-case letters, digits and dashes'
        )
    if db.scalar(select(PlaybookRow.id).where(PlaybookRow.slug == slug)) is not None:
        raise ConflictError(f'a playbook named "{slug}" exists already; edit it or pick a new name')
    playbook = PlaybookRow(slug=slug, name=name)
    db.add(playbook)
    db.flush()
    version = PlaybookVersionRow(playbook_id=playbook.id, number=1, source=source)
    db.add(version)
    db.flush()
    return version


def add_version(db: Session, *, slug: str, name: str, source: str) -> PlaybookVersionRow:
    """Save an edit as a new version; sessions keep the version they started with."""
    playbook = get_playbook(db, slug)
    number = (
        db.scalar(
            select(func.max(PlaybookVersionRow.number)).where(
                PlaybookVersionRow.playbook_id == playbook.id
            )
        )
        or 0
    ) + 1
    playbook.name = name
    playbook.updated_at = utcnow()
    version = PlaybookVersionRow(playbook_id=playbook.id, number=number, source=source)
    db.add(version)
    db.flush()
    return version


def unique_slug(db: Session, name: str) -> str:
    """``slugify(name)``, with a number added when that slug is taken."""
    base = slugify(name)
    slug, n = base, 1
    while db.scalar(select(PlaybookRow.id).where(PlaybookRow.slug == slug)) is not None:
        n += 1
        slug = f"{base[:75]}-{n}"
    return slug


# -- sessions ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class NewAnswer:
    """One answer as it was sent, for the append-only log."""

    criterion: str
    text: str
    by: str
    understood: bool
    effects: dict[str, Any] | None = None  # what the core read on the side (engine.Answered)


def create_session(
    db: Session,
    *,
    kind: str,
    version_id: int,
    state: dict[str, Any],
    verdict: str,
    title: str = "",
) -> SessionRow:
    row = SessionRow(
        id=uuid.uuid4().hex,
        kind=kind,
        playbook_version_id=version_id,
        share_token=secrets.token_urlsafe(24),
        title=title[:200],
        state=state,
        version=1,
        verdict=verdict,
    )
    db.add(row)
    db.flush()
    return row


_WITH_PLAYBOOK = joinedload(SessionRow.playbook_version).joinedload(PlaybookVersionRow.playbook)


def get_session(db: Session, session_id: str) -> SessionRow:
    """The session with its playbook version and playbook, in one query."""
    row = db.scalar(select(SessionRow).options(_WITH_PLAYBOOK).where(SessionRow.id == session_id))
    if row is None:
        raise NotFoundError(f'session "{session_id}" does not exist (it may have been deleted)')
    return row


def get_session_by_share(db: Session, share_token: str) -> SessionRow:
    row = db.scalar(
        select(SessionRow).options(_WITH_PLAYBOOK).where(SessionRow.share_token == share_token)
    )
    if row is None:
        raise NotFoundError("this link does not open a session: it may have been deleted")
    return row


def list_sessions(db: Session, *, kind: str | None = None, limit: int = 200) -> list[SessionRow]:
    query = select(SessionRow).order_by(SessionRow.updated_at.desc()).limit(limit)
    if kind is not None:
        query = query.where(SessionRow.kind == kind)
    return list(db.scalars(query))


def save_session(
    db: Session,
    session_id: str,
    *,
    expected_version: int,
    state: dict[str, Any],
    verdict: str,
    answer: NewAnswer | None = None,
) -> int:
    """Store a new state if the session is still at ``expected_version``; return the new version.

    The compare-and-set UPDATE comes first in the transaction, so on SQLite it takes the write
    lock at once (waiting out the busy timeout) and on PostgreSQL it waits for the row lock and
    then sees the other writer's version: either way a stale write changes nothing and raises
    :class:`ConflictError`.
    """
    new_version = expected_version + 1
    result = db.execute(
        update(SessionRow)
        .where(SessionRow.id == session_id, SessionRow.version == expected_version)
        .values(state=state, verdict=verdict, version=new_version, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if not isinstance(result, CursorResult) or result.rowcount != 1:
        if db.get(SessionRow, session_id) is None:
            raise NotFoundError(f'session "{session_id}" does not exist (it may have been deleted)')
        raise ConflictError(
            "this session was changed by someone else (another tab or the buyer) since you "
            "loaded it; reload to see the latest answers, then answer again"
        )
    if answer is not None:
        db.add(
            AnswerRow(
                session_id=session_id,
                seq=new_version,
                criterion=answer.criterion,
                text=answer.text,
                by=answer.by,
                understood=answer.understood,
                effects=answer.effects,
            )
        )
    db.flush()
    return new_version


def answers_of(db: Session, session_id: str) -> list[AnswerRow]:
    return list(
        db.scalars(
            select(AnswerRow).where(AnswerRow.session_id == session_id).order_by(AnswerRow.seq)
        )
    )


def answer_at(db: Session, session_id: str, seq: int) -> AnswerRow | None:
    """The answer that produced session version ``seq``, if an answer (not an undo) did."""
    return db.scalar(
        select(AnswerRow).where(AnswerRow.session_id == session_id, AnswerRow.seq == seq)
    )


def delete_session(db: Session, session_id: str) -> None:
    """Delete a session and, with it, every answer the buyer gave."""
    get_session(db, session_id)
    db.execute(delete(AnswerRow).where(AnswerRow.session_id == session_id))
    db.execute(delete(SessionRow).where(SessionRow.id == session_id))


# -- reviews -----------------------------------------------------------------------------------


def add_review(
    db: Session,
    *,
    filename: str,
    seller: str,
    verdict: str,
    version_id: int | None,
    result: dict[str, Any],
    report_html: str,
) -> ReviewRow:
    row = ReviewRow(
        id=uuid.uuid4().hex,
        filename=filename[:300],
        seller=seller[:200],
        verdict=verdict,
        playbook_version_id=version_id,
        result=result,
        report_html=report_html,
    )
    db.add(row)
    db.flush()
    return row


def list_reviews(
    db: Session, *, seller: str | None = None, verdict: str | None = None, limit: int = 500
) -> list[ReviewRow]:
    query = select(ReviewRow).order_by(ReviewRow.created_at.desc()).limit(limit)
    if seller:
        query = query.where(ReviewRow.seller == seller)
    if verdict:
        query = query.where(ReviewRow.verdict == verdict)
    return list(db.scalars(query))


def review_sellers(db: Session) -> list[str]:
    rows = db.scalars(select(ReviewRow.seller).distinct().order_by(ReviewRow.seller))
    return [s for s in rows if s]


def get_review(db: Session, review_id: str) -> ReviewRow:
    row = db.get(ReviewRow, review_id)
    if row is None:
        raise NotFoundError(f'review "{review_id}" does not exist')
    return row


def delete_review(db: Session, review_id: str) -> None:
    db.delete(get_review(db, review_id))


# -- API tokens --------------------------------------------------------------------------------


def hash_token(token: str) -> str:
    # A plain sha256 is enough: tokens carry 256 bits of randomness, so there is nothing to
    # guess by brute force that a slow hash would protect.
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(db: Session, name: str) -> tuple[str, TokenRow]:
    """A new API token; the raw token is returned once and only its hash is stored."""
    name = name.strip()
    if not name:
        raise UsageError("give the token a name, e.g. `fitfirst token create laptop`")
    raw = "ff_" + secrets.token_urlsafe(32)
    row = TokenRow(name=name[:120], token_hash=hash_token(raw))
    db.add(row)
    db.flush()
    return raw, row


def verify_token(db: Session, raw: str) -> TokenRow | None:
    """The token row whose hash matches ``raw``, compared in constant time; None if none does."""
    if not raw or len(raw) > 200:
        return None
    digest = hash_token(raw)
    row = db.scalar(select(TokenRow).where(TokenRow.token_hash == digest))
    if row is None or not hmac.compare_digest(row.token_hash, digest):
        return None
    return row


def list_tokens(db: Session) -> list[TokenRow]:
    return list(db.scalars(select(TokenRow).order_by(TokenRow.id)))


def revoke_token(db: Session, name: str) -> int:
    """Delete every token with this name; return how many were deleted."""
    result = db.execute(delete(TokenRow).where(TokenRow.name == name))
    return result.rowcount if isinstance(result, CursorResult) else 0


def count_tokens(db: Session) -> int:
    return db.scalar(select(func.count(TokenRow.id))) or 0


def answers_count(db: Session, session_ids: Sequence[str]) -> dict[str, int]:
    rows = db.execute(
        select(AnswerRow.session_id, func.count(AnswerRow.id))
        .where(AnswerRow.session_id.in_(list(session_ids)))
        .group_by(AnswerRow.session_id)
    )
    return {sid: n for sid, n in rows}
