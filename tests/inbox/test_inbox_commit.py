"""Before the 200: the receiver commits each delivery to the inbox (body, arrival, kept
headers, each event under its dedupe key); a redelivery adds no row; a database that is down
or locked gets 503 within the commit deadline, and the redelivery is accepted later."""

from __future__ import annotations

import asyncio
import gzip
import sqlite3
from pathlib import Path
from typing import Any

import orjson
import pytest

from ultracart_async._errors import ConfigurationError
from ultracart_async.sync import DatabaseUnavailableError
from ultracart_async.webhook_receiver import (
    WebhookDeduplicator,
    WebhookReceiver,
    WebhookRouter,
    parse_delivery,
)
from ultracart_async.webhook_receiver.inbox import InboxSchemaError, WebhookInbox

from .._postgres import query
from ._app import PASSWORD, USER
from ._helpers import AUTH, FakeWallClock, customer, delivery, updates


def receiver_for(inbox: WebhookInbox) -> WebhookReceiver:
    return WebhookReceiver(WebhookRouter(), basic_auth=(USER, PASSWORD), inbox=inbox)


async def answer(receiver: WebhookReceiver, body: bytes, **headers: str) -> tuple[int, Any]:
    result = await receiver.handle(body, {**AUTH, **headers})
    return result.status, orjson.loads(result.body)


async def test_a_delivery_is_committed_before_the_200_with_what_matters(db_url: str) -> None:
    clock = FakeWallClock()
    inbox = WebhookInbox(db_url, wall_clock=clock)
    body = gzip.compress(
        delivery(("customer_update", customer(7)), ("item_update", {"merchant_item_id": "A"}))
    )
    async with inbox:
        status, payload = await answer(
            receiver_for(inbox),
            body,
            **{"Content-Encoding": "gzip", "User-Agent": "UltraCart", "Cookie": "session=1"},
            **{"X-UltraCart-Request-Id": "r-1", "X-Other": "dropped"},
        )
        # The answer came after the commit: a fresh engine sees the rows.
        assert (status, payload) == (200, {"received": 2, "stored": 2, "duplicates": 0})
        deliveries = await query(
            db_url, "SELECT body, headers, events FROM ultracart_inbox_deliveries"
        )
        events = await query(
            db_url,
            "SELECT event_index, name, object_id, dedupe_key, state, attempts "
            "FROM ultracart_inbox_events ORDER BY event_index",
        )
    [(stored_body, headers, count)] = deliveries
    assert bytes(stored_body) == body  # as received, still gzip
    assert orjson.loads(headers) == {
        "content-encoding": "gzip",
        "user-agent": "UltraCart",
        "x-ultracart-request-id": "r-1",
    }  # never Authorization or Cookie
    assert count == 2
    parsed = parse_delivery(body)
    assert [row[:3] for row in events] == [(0, "customer_update", "7"), (1, "item_update", None)]
    assert bytes(events[0][3]) == WebhookDeduplicator.key(parsed[0])  # the receiver's digest
    assert len(bytes(events[1][3])) == 32  # no object id: keyed by its place in the body
    assert [row[4:] for row in events] == [("pending", 0), ("pending", 0)]
    async with WebhookInbox(db_url) as again:
        stats = await again.stats()
    assert stats.oldest_pending is not None
    assert stats.oldest_pending.received_at == clock.now


async def test_a_redelivery_gets_200_and_adds_no_rows(db_url: str) -> None:
    async with WebhookInbox(db_url) as inbox:
        receiver = receiver_for(inbox)
        body = updates(1, 2, 3)
        assert await answer(receiver, body) == (
            200,
            {"received": 3, "stored": 3, "duplicates": 0},
        )
        assert await answer(receiver, body) == (
            200,
            {"received": 3, "stored": 0, "duplicates": 3},
        )
        # Regrouped: two events already in, one new.
        assert await answer(receiver, updates(3, 4, 1)) == (
            200,
            {"received": 3, "stored": 1, "duplicates": 2},
        )
    counts = await query(
        db_url,
        "SELECT (SELECT COUNT(*) FROM ultracart_inbox_deliveries), "
        "(SELECT COUNT(*) FROM ultracart_inbox_events)",
    )
    assert counts == [(2, 4)]


async def test_copies_committed_at_once_are_stored_once(db_url: str) -> None:
    """Concurrent deliveries share one transaction (group commit): a copy within the same
    batch is a duplicate too."""
    async with WebhookInbox(db_url) as inbox:
        body = updates(10, 11)
        events = parse_delivery(body)
        results = await asyncio.gather(*(inbox.commit(body, events, {}) for _ in range(20)))
    assert sum(r.stored for r in results) == 2
    assert sum(r.duplicates for r in results) == 38
    assert await query(db_url, "SELECT COUNT(*) FROM ultracart_inbox_deliveries") == [(1,)]


async def test_an_identical_event_without_an_object_id_in_another_delivery_is_kept(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'inbox.db'}"
    same = ("item_update", {"merchant_item_id": "A"})
    async with WebhookInbox(url) as inbox:
        first = delivery(same)
        second = delivery(("customer_update", customer(1)), same)
        for body in (first, second, first):
            await inbox.commit(body, parse_delivery(body), {})
    rows = await query(url, "SELECT name FROM ultracart_inbox_events ORDER BY event_id")
    assert rows == [("item_update",), ("customer_update",), ("item_update",)]


async def test_an_empty_delivery_is_answered_without_a_row(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'inbox.db'}"
    async with WebhookInbox(url) as inbox:
        assert await answer(receiver_for(inbox), b"[]") == (
            200,
            {"received": 0, "stored": 0, "duplicates": 0},
        )
    assert await query(url, "SELECT COUNT(*) FROM ultracart_inbox_deliveries") == [(0,)]


async def test_sqlite_locked_is_503_within_the_deadline_then_the_redelivery_is_accepted(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'inbox.db'}"
    inbox = WebhookInbox(url, commit_timeout=0.5)
    receiver = receiver_for(inbox)
    body = updates(1)
    async with inbox:
        # Another process holds the write lock (a long transaction, a backup...).
        other = sqlite3.connect(tmp_path / "inbox.db", isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        try:
            async with asyncio.timeout(10):  # a hang guard, not a speed check
                result = await receiver.handle(body, AUTH)
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert result.status == 503
        assert result.headers["Retry-After"] == "30"
        assert orjson.loads(result.body)["error"] in (
            "the inbox did not commit the delivery within 0.5 s",
            "the inbox's committer did not finish within 0.5 s",
        )
        assert await answer(receiver, body) == (200, {"received": 1, "stored": 1, "duplicates": 0})


async def test_postgresql_locked_is_503_within_the_deadline_then_accepted(pg_url: str) -> None:
    inbox = WebhookInbox(pg_url, commit_timeout=0.5)
    receiver = receiver_for(inbox)
    async with inbox:
        async with _table_locked(pg_url):
            async with asyncio.timeout(10):  # a hang guard
                result = await receiver.handle(updates(1), AUTH)
        assert result.status == 503
        assert "within 0.5 s" in orjson.loads(result.body)["error"]
        assert await answer(receiver, updates(1)) == (
            200,
            {"received": 1, "stored": 1, "duplicates": 0},
        )


class _table_locked:
    """An ACCESS EXCLUSIVE lock on the events table, held by another connection."""

    def __init__(self, url: str) -> None:
        from sqlalchemy.ext.asyncio import create_async_engine

        from ultracart_async.sync._url import parse_url

        self.engine = create_async_engine(parse_url(url).url)

    async def __aenter__(self) -> None:
        import sqlalchemy as sa

        self.conn = await self.engine.connect()
        await self.conn.begin()
        await self.conn.execute(
            sa.text("LOCK TABLE ultracart_inbox_events IN ACCESS EXCLUSIVE MODE")
        )

    async def __aexit__(self, *exc: object) -> None:
        await self.conn.rollback()
        await self.conn.close()
        await self.engine.dispose()


async def test_postgresql_down_is_503_then_the_redelivery_is_accepted(pg_url: str) -> None:
    proxy = _Proxy(pg_url)
    await proxy.start()
    # A commit_timeout a loaded machine cannot overrun: the 503s below still come at once,
    # since the stopped proxy refuses the connection (no wait for the timeout).
    inbox = WebhookInbox(proxy.url, commit_timeout=5.0)
    receiver = receiver_for(inbox)
    try:
        async with inbox:
            assert (await answer(receiver, updates(1)))[0] == 200
            await proxy.stop()  # the server is unreachable, and the pool's connections broken
            async with asyncio.timeout(10):  # a hang guard
                for _ in range(2):
                    status, payload = await answer(receiver, updates(2))
                    assert status == 503, payload
            await proxy.start()
            assert await answer(receiver, updates(2)) == (
                200,
                {"received": 1, "stored": 1, "duplicates": 0},
            )
    finally:
        await proxy.stop()


class _Proxy:
    """A TCP proxy in front of the test's PostgreSQL, that the test can cut and restore."""

    def __init__(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        self.target = make_url(url)
        self.port = 0
        self.server: asyncio.Server | None = None
        self.pipes: set[asyncio.Task[None]] = set()

    @property
    def url(self) -> str:
        return str(self.target.set(port=self.port).render_as_string(hide_password=False))

    async def start(self) -> None:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", self.port)
        self.port = self.server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()
            self.server = None
        for task in list(self.pipes):
            task.cancel()
        await asyncio.gather(*self.pipes, return_exceptions=True)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self.pipes.add(task)
        try:
            up_r, up_w = await asyncio.open_connection("127.0.0.1", self.target.port)
            await asyncio.gather(_pipe(reader, up_w), _pipe(up_r, writer))
        except (OSError, asyncio.CancelledError):
            pass
        finally:
            writer.close()
            self.pipes.discard(task)


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    finally:
        writer.close()


def test_a_bad_url_is_refused_as_the_sync_refuses_it(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnavailableError, match="unknown scheme 'mysql'"):
        WebhookInbox("mysql://u:secret@host/db")
    with pytest.raises(DatabaseUnavailableError, match="in-memory database"):
        WebhookInbox("sqlite:///:memory:")
    with pytest.raises(DatabaseUnavailableError) as caught:
        WebhookInbox("postgresql://u:s3cret-pw@host")  # no database name
    assert "s3cret-pw" not in str(caught.value)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"max_attempts": 0}, "max_attempts must be a positive int"),
        ({"lease": -1}, "lease must be a number > 0"),
        ({"commit_timeout": True}, "commit_timeout must be a number > 0"),
        ({"handler_timeout": 0}, "handler_timeout must be a number > 0 or None"),
        ({"retention": 7}, "retention must be a positive timedelta or None"),
    ],
)
def test_settings_are_checked(tmp_path: Path, options: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        WebhookInbox(f"sqlite:///{tmp_path / 'x.db'}", **options)


def test_the_receiver_refuses_an_inbox_with_queue_mode_or_dedupe(tmp_path: Path) -> None:
    inbox = WebhookInbox(f"sqlite:///{tmp_path / 'x.db'}")
    for extra in ({"mode": "queue"}, {"dedupe": WebhookDeduplicator()}):
        with pytest.raises(ConfigurationError, match="with an inbox, leave mode and dedupe"):
            WebhookReceiver(WebhookRouter(), basic_auth=None, inbox=inbox, **extra)
    with pytest.raises(ConfigurationError, match="inbox must be a WebhookInbox"):
        WebhookReceiver(WebhookRouter(), basic_auth=None, inbox="sqlite:///x.db")  # type: ignore[arg-type]


async def test_a_table_of_another_shape_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE ultracart_inbox_events (id INTEGER PRIMARY KEY, x TEXT)")
    with pytest.raises(InboxSchemaError, match="exists with another shape"):
        await WebhookInbox(f"sqlite:///{path}").open()
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"ultracart_inbox_events"}


async def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'inbox.db'}"
    async with WebhookInbox(url):
        pass
    await query(url, "UPDATE ultracart_inbox_meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(InboxSchemaError, match="inbox schema version 99, newer"):
        await WebhookInbox(url).open()


async def test_sqlite_runs_in_wal_with_full_sync(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'inbox.db'}"
    async with WebhookInbox(url) as inbox:
        await inbox.commit(updates(1), parse_delivery(updates(1)), {})
        engine = inbox._accept_db.engine()
        async with engine.connect() as conn:
            raw = await conn.exec_driver_sql("PRAGMA journal_mode")
            assert raw.scalar() == "wal"
            raw = await conn.exec_driver_sql("PRAGMA synchronous")
            assert raw.scalar() == 2  # FULL: a committed delivery survives a power cut
        async with inbox._work_db.engine().connect() as conn:
            raw = await conn.exec_driver_sql("PRAGMA synchronous")
            assert raw.scalar() == 1  # NORMAL: claims and done marks do not wait for the disk


async def test_a_database_that_refuses_the_login_stops_the_app_at_startup(
    postgres_server: Any,
) -> None:
    inbox = WebhookInbox(postgres_server.url(user="nobody"))
    receiver = receiver_for(inbox)
    with pytest.raises(DatabaseUnavailableError, match="the login was refused"):
        await receiver.start()
    await receiver.aclose()
