"""Database tables: playbooks (with immutable versions), sessions, answers, reviews, tokens.

A session keeps the playbook *version* it started with, so editing a playbook never changes a
conversation under way. A session's state is the core's own ``Discovery.to_dict()``; the
``answers`` table is an append-only log of every answer as it was sent, so nothing said is lost
even when a later answer corrects it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import DateTime


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dict[str, Any]: JSON,
        datetime: DateTime(timezone=True),
    }


class PlaybookRow(Base):
    __tablename__ = "playbooks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    versions: Mapped[list[PlaybookVersionRow]] = relationship(
        back_populates="playbook", order_by="PlaybookVersionRow.number"
    )


class PlaybookVersionRow(Base):
    __tablename__ = "playbook_versions"
    __table_args__ = (Index("ix_playbook_versions_number", "playbook_id", "number", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    playbook_id: Mapped[int] = mapped_column(ForeignKey("playbooks.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(Text)  # the YAML exactly as uploaded
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    playbook: Mapped[PlaybookRow] = relationship(back_populates="versions")


class SessionRow(Base):
    __tablename__ = "sessions"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # "live" (a seller's call) or "self_serve"
    playbook_version_id: Mapped[int] = mapped_column(
        ForeignKey("playbook_versions.id", ondelete="RESTRICT"), index=True
    )
    share_token: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    state: Mapped[dict[str, Any]] = mapped_column(JSON)  # Discovery.to_dict()
    version: Mapped[int] = mapped_column(Integer, default=1)  # optimistic concurrency
    verdict: Mapped[str] = mapped_column(String(20), default="undecided")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    playbook_version: Mapped[PlaybookVersionRow] = relationship()


class AnswerRow(Base):
    __tablename__ = "answers"
    __table_args__ = (Index("ix_answers_session_seq", "session_id", "seq", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)  # the session version this answer produced
    criterion: Mapped[str] = mapped_column(String(120))
    text: Mapped[str] = mapped_column(Text)
    by: Mapped[str] = mapped_column(String(20))  # "seller", "buyer" (share link or self-serve)
    understood: Mapped[bool] = mapped_column(default=True)
    # {"volunteered": [...], "passed_over": [...]}: read on the side (None before rev 0002)
    effects: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ReviewRow(Base):
    __tablename__ = "reviews"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    filename: Mapped[str] = mapped_column(String(300))
    seller: Mapped[str] = mapped_column(String(200), default="", index=True)
    verdict: Mapped[str] = mapped_column(String(20), default="", index=True)
    playbook_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("playbook_versions.id", ondelete="SET NULL"), nullable=True
    )
    result: Mapped[dict[str, Any]] = mapped_column(JSON)  # ReviewResult.to_dict()
    report_html: Mapped[str] = mapped_column(Text)  # render(result, "html"), as the CLI writes it
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class TokenRow(Base):
    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 hex
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(nullable=True)
