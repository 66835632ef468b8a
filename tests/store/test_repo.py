"""The store: migrations, playbook versions, sessions with optimistic concurrency, tokens."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.orm import Session, sessionmaker

from fitfirst.errors import ConflictError, NotFoundError, UsageError
from fitfirst.store import repo
from fitfirst.store.db import current_revision, make_engine, session_factory, transaction, upgrade
from fitfirst.store.models import AnswerRow, SessionRow, TokenRow

YAML_V1 = "offer: {name: Demo, seller: Us}\ncriteria: []\n"
YAML_V2 = "offer: {name: Demo two, seller: Us}\ncriteria: []\n"


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    made = make_engine(database_url)
    upgrade(made)
    yield made
    made.dispose()


@pytest.fixture
def factory(engine: Engine) -> sessionmaker[Session]:
    return session_factory(engine)


def _playbook(factory: sessionmaker[Session], slug: str = "demo") -> int:
    with transaction(factory) as db:
        return repo.create_playbook(db, slug=slug, name="Demo", source=YAML_V1).id


def _session(factory: sessionmaker[Session], version_id: int) -> str:
    with transaction(factory) as db:
        row = repo.create_session(
            db, kind="live", version_id=version_id, state={"answers": []}, verdict="undecided"
        )
        return row.id


def test_migrations_create_every_table_and_run_twice(engine: Engine) -> None:
    """Upgrading an up-to-date database changes nothing and every table exists."""
    upgrade(engine)
    tables = set(inspect(engine).get_table_names())
    assert {"playbooks", "playbook_versions", "sessions", "answers", "reviews", "api_tokens"} <= (
        tables
    )
    assert current_revision(engine) == "0002"


def test_slug_taken_twice_is_a_conflict(factory: sessionmaker[Session]) -> None:
    """A second playbook cannot take a slug already in use."""
    _playbook(factory)
    with pytest.raises(ConflictError, match="exists already"), transaction(factory) as db:
        repo.create_playbook(db, slug="demo", name="Other", source=YAML_V1)


@pytest.mark.parametrize("slug", ["Has Space", "UPPER", "-dash-first", ""], ids=str)
def test_bad_slugs_are_refused(factory: sessionmaker[Session], slug: str) -> None:
    """Slugs are lower-case letters, digits and dashes only."""
    with pytest.raises(UsageError), transaction(factory) as db:
        repo.create_playbook(db, slug=slug, name="x", source=YAML_V1)


def test_edit_adds_a_version_and_sessions_keep_theirs(factory: sessionmaker[Session]) -> None:
    """An edit is a new version; a session started before still points at the old one."""
    v1 = _playbook(factory)
    session_id = _session(factory, v1)
    with transaction(factory) as db:
        v2 = repo.add_version(db, slug="demo", name="Demo two", source=YAML_V2)
        assert v2.number == 2
    with factory() as db:
        assert repo.get_session(db, session_id).playbook_version.source == YAML_V1
        playbook = repo.get_playbook(db, "demo")
        assert repo.latest_version(db, playbook).source == YAML_V2
        assert playbook.name == "Demo two"


def test_save_with_current_version_bumps_it_and_logs_the_answer(
    factory: sessionmaker[Session],
) -> None:
    """A write at the current version succeeds, and the answer is in the log."""
    session_id = _session(factory, _playbook(factory))
    with transaction(factory) as db:
        new = repo.save_session(
            db,
            session_id,
            expected_version=1,
            state={"answers": ["forty"]},
            verdict="undecided",
            answer=repo.NewAnswer("team_size", "forty", "seller", True),
        )
    assert new == 2
    with factory() as db:
        assert repo.get_session(db, session_id).state == {"answers": ["forty"]}
        assert [a.text for a in repo.answers_of(db, session_id)] == ["forty"]


def test_an_answer_keeps_what_it_read_on_the_side(factory: sessionmaker[Session]) -> None:
    """The log keeps an answer's side readings, found again by the version it made."""
    session_id = _session(factory, _playbook(factory))
    effects = {"volunteered": [{"criterion": "email", "value": "google"}], "passed_over": []}
    with transaction(factory) as db:
        repo.save_session(
            db,
            session_id,
            expected_version=1,
            state={},
            verdict="undecided",
            answer=repo.NewAnswer("team_size", "twelve, on gmail", "buyer", True, effects),
        )
    with factory() as db:
        found = repo.answer_at(db, session_id, 2)
        assert found is not None and found.effects == effects
        assert repo.answer_at(db, session_id, 1) is None


def test_answers_logged_before_revision_0002_read_as_having_no_side_readings(
    database_url: str,
) -> None:
    """Upgrading keeps old answers; their side readings are empty (NULL), not an error."""
    made = make_engine(database_url)
    try:
        upgrade(made, "0001")
        old_factory = session_factory(made)
        session_id = _session(old_factory, _playbook(old_factory))
        with made.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO answers (session_id, seq, criterion, text, by, understood, "
                    "created_at) VALUES (:sid, 2, 'team_size', 'forty', 'seller', true, "
                    "CURRENT_TIMESTAMP)"
                ),
                {"sid": session_id},
            )
        upgrade(made)
        with session_factory(made)() as db:
            (answer,) = repo.answers_of(db, session_id)
            assert (answer.text, answer.effects) == ("forty", None)
    finally:
        made.dispose()


def test_stale_write_is_refused_and_changes_nothing(factory: sessionmaker[Session]) -> None:
    """A write based on an old version raises ConflictError and leaves the row as it was."""
    session_id = _session(factory, _playbook(factory))
    with transaction(factory) as db:
        repo.save_session(db, session_id, expected_version=1, state={"n": 1}, verdict="undecided")
    with pytest.raises(ConflictError, match="reload"), transaction(factory) as db:
        repo.save_session(db, session_id, expected_version=1, state={"n": 99}, verdict="fit")
    with factory() as db:
        row = repo.get_session(db, session_id)
        assert (row.version, row.state, row.verdict) == (2, {"n": 1}, "undecided")


def test_concurrent_writers_at_one_version_let_exactly_one_win(
    factory: sessionmaker[Session],
) -> None:
    """Eight threads writing at the same version at once: one succeeds, seven get conflicts."""
    session_id = _session(factory, _playbook(factory))
    barrier = threading.Barrier(8)

    def write(n: int) -> str:
        barrier.wait()
        try:
            with transaction(factory) as db:
                repo.save_session(
                    db,
                    session_id,
                    expected_version=1,
                    state={"writer": n},
                    verdict="undecided",
                    answer=repo.NewAnswer("c", f"answer {n}", "seller", True),
                )
        except ConflictError:
            return "conflict"
        return "ok"

    with ThreadPoolExecutor(8) as pool:
        outcomes = list(pool.map(write, range(8)))
    assert sorted(outcomes) == ["conflict"] * 7 + ["ok"]
    with factory() as db:
        row = repo.get_session(db, session_id)
        log = repo.answers_of(db, session_id)
        assert row.version == 2
        assert [a.text for a in log] == [f"answer {row.state['writer']}"]


def test_deleting_a_session_deletes_the_buyers_answers(factory: sessionmaker[Session]) -> None:
    """Delete takes the answer log with it."""
    session_id = _session(factory, _playbook(factory))
    with transaction(factory) as db:
        repo.save_session(
            db,
            session_id,
            expected_version=1,
            state={},
            verdict="undecided",
            answer=repo.NewAnswer("c", "my private words", "buyer", True),
        )
    with transaction(factory) as db:
        repo.delete_session(db, session_id)
    with factory() as db:
        assert db.scalar(select(SessionRow).where(SessionRow.id == session_id)) is None
        assert list(db.scalars(select(AnswerRow))) == []
        with pytest.raises(NotFoundError):
            repo.get_session(db, session_id)


def test_share_tokens_are_unguessable_and_distinct(factory: sessionmaker[Session]) -> None:
    """Each session gets its own long random share token."""
    version_id = _playbook(factory)
    ids = [_session(factory, version_id) for _ in range(5)]
    with factory() as db:
        tokens = {repo.get_session(db, i).share_token for i in ids}
    assert len(tokens) == 5
    assert all(len(t) >= 32 for t in tokens)


def test_tokens_are_stored_hashed_and_verified(factory: sessionmaker[Session]) -> None:
    """Only the hash is stored; the raw token verifies, a wrong one does not."""
    with transaction(factory) as db:
        raw, _ = repo.create_token(db, "laptop")
    with factory() as db:
        stored = [t.token_hash for t in db.scalars(select(TokenRow))]
        assert raw not in stored and repo.hash_token(raw) in stored
        assert repo.verify_token(db, raw) is not None
        assert repo.verify_token(db, raw + "x") is None
        assert repo.verify_token(db, "") is None


def test_revoked_token_stops_working(factory: sessionmaker[Session]) -> None:
    """Revoking by name deletes the token."""
    with transaction(factory) as db:
        raw, _ = repo.create_token(db, "old")
    with transaction(factory) as db:
        assert repo.revoke_token(db, "old") == 1
    with factory() as db:
        assert repo.verify_token(db, raw) is None


def test_reviews_filter_by_seller_and_verdict(factory: sessionmaker[Session]) -> None:
    """The review list filters on seller and on verdict, together or alone."""
    with transaction(factory) as db:
        for seller, verdict in [("ann", "fit"), ("ann", "no_fit"), ("bob", "fit")]:
            repo.add_review(
                db,
                filename=f"{seller}-{verdict}.txt",
                seller=seller,
                verdict=verdict,
                version_id=None,
                result={},
                report_html="<p>r</p>",
            )
    with factory() as db:
        assert len(repo.list_reviews(db, seller="ann")) == 2
        assert len(repo.list_reviews(db, verdict="fit")) == 2
        assert [r.filename for r in repo.list_reviews(db, seller="ann", verdict="fit")] == [
            "ann-fit.txt"
        ]
        assert repo.review_sellers(db) == ["ann", "bob"]
