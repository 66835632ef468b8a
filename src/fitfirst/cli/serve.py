"""Commands: serve (the web app), db upgrade (migrations), token create/list/revoke."""

from __future__ import annotations

from typing import Annotated

import typer

from fitfirst.cli.app import app

db_app = typer.Typer(help="The web app's database.", no_args_is_help=True)
token_app = typer.Typer(
    help="API tokens for sellers (and for logging in to the pages).", no_args_is_help=True
)
app.add_typer(db_app, name="db")
app.add_typer(token_app, name="token")

DatabaseOption = Annotated[
    str | None,
    typer.Option(
        "--database-url",
        envvar="FITFIRST_DATABASE_URL",
        help="sqlite:///path.sqlite3 or postgresql+psycopg://user:pw@host/db "
        "(default: a SQLite file in the user's data directory).",
        show_envvar=True,
    ),
]


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    database_url: DatabaseOption = None,
) -> None:
    """Run the web app (pages, JSON API at /api, API description at /docs)."""
    import uvicorn  # noqa: PLC0415  (the web stack loads only for this command)

    from fitfirst.store.db import database_url as resolve  # noqa: PLC0415
    from fitfirst.web.app import create_app  # noqa: PLC0415

    url = resolve(database_url)
    web_app = create_app(url)
    typer.echo(f"fitfirst on http://{host}:{port}  (database: {_shown(url)})")
    uvicorn.run(web_app, host=host, port=port, reload=False, log_level="warning", access_log=False)


def _shown(url: str) -> str:
    from sqlalchemy.engine import make_url  # noqa: PLC0415

    return make_url(url).render_as_string(hide_password=True)


@db_app.command("upgrade")
def db_upgrade(database_url: DatabaseOption = None) -> None:
    """Create or update the database schema to the latest version."""
    from fitfirst.store.db import current_revision, make_engine, upgrade  # noqa: PLC0415

    engine = make_engine(database_url)
    upgrade(engine)
    typer.echo(f"Database {_shown(str(engine.url))} is at revision {current_revision(engine)}.")


@token_app.command("create")
def token_create(
    name: Annotated[str, typer.Argument(help="A name to recognise the token by, e.g. 'laptop'.")],
    database_url: DatabaseOption = None,
) -> None:
    """Create an API token and print it once (only its hash is stored)."""
    from fitfirst.store import repo  # noqa: PLC0415
    from fitfirst.store.db import make_engine, session_factory, transaction, upgrade  # noqa: PLC0415

    engine = make_engine(database_url)
    upgrade(engine)
    with transaction(session_factory(engine)) as db:
        raw, _row = repo.create_token(db, name)
    typer.echo(raw)
    typer.echo(
        f"Token {name!r} created. Keep it now: it is not shown again. Use it as "
        "'Authorization: Bearer <token>' or paste it on the login page.",
        err=True,
    )


@token_app.command("list")
def token_list(database_url: DatabaseOption = None) -> None:
    """List token names and when they were created (never the tokens)."""
    from fitfirst.store import repo  # noqa: PLC0415
    from fitfirst.store.db import make_engine, session_factory, upgrade  # noqa: PLC0415

    engine = make_engine(database_url)
    upgrade(engine)
    with session_factory(engine)() as db:
        for row in repo.list_tokens(db):
            typer.echo(f"{row.name}\t{row.created_at:%Y-%m-%d %H:%M}")


@token_app.command("revoke")
def token_revoke(
    name: Annotated[str, typer.Argument(help="Name of the token(s) to delete.")],
    database_url: DatabaseOption = None,
) -> None:
    """Delete the tokens with this name; they stop working at once."""
    from fitfirst.errors import NotFoundError  # noqa: PLC0415
    from fitfirst.store import repo  # noqa: PLC0415
    from fitfirst.store.db import make_engine, session_factory, transaction, upgrade  # noqa: PLC0415

    engine = make_engine(database_url)
    upgrade(engine)
    with transaction(session_factory(engine)) as db:
        count = repo.revoke_token(db, name)
    if count == 0:
        raise NotFoundError(f"no token is named {name!r}; see `fitfirst token list`")
    typer.echo(f"Revoked {count} token(s) named {name!r}.")
