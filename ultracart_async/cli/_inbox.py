"""``ultracart-async webhooks inbox`` and ``webhooks replay``: the webhook inbox from a
terminal (see :mod:`ultracart_async.webhook_receiver.inbox`).

Example::

    ultracart-async webhooks inbox --db postgresql://me@db/shop
    ultracart-async webhooks replay --dead
    ultracart-async webhooks replay --id 41 42

Exit status: 0 done; 2 refused with one line (a bad ``--db``, no inbox there, a refused
login, the ``sync`` extra missing); 1 the database failed part-way.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from .._errors import ConfigurationError, UltraCartError
from .._text import printable
from ._options import EXIT_FAILED, EXIT_REFUSED, command_group, db_option, fail, positive

if TYPE_CHECKING:
    from ..webhook_receiver.inbox import EventInfo, InboxStats, WebhookInbox

__all__ = ["add_webhooks_parser", "run_webhooks"]

_ERROR_LIMIT = 300


def add_webhooks_parser(commands: Any) -> None:
    """Add ``webhooks inbox`` and ``webhooks replay`` to the ``commands`` sub-parsers."""
    actions = command_group(commands, "webhooks", help="the durable webhook inbox", dest="action")
    inbox = actions.add_parser(
        "inbox", help="events per state, the oldest pending, and the dead with their errors"
    )
    _db_option(inbox)
    inbox.add_argument(
        "--dead-limit",
        type=positive("--dead-limit"),
        default=20,
        metavar="N",
        help="dead events listed, newest first (default 20)",
    )
    inbox.add_argument("--json", action="store_true", help="one JSON object on stdout")
    replay = actions.add_parser("replay", help="put events back in line")
    _db_option(replay)
    which = replay.add_mutually_exclusive_group(required=True)
    which.add_argument("--dead", action="store_true", help="every dead event")
    which.add_argument(
        "--id",
        dest="ids",
        type=positive("--id"),
        nargs="+",
        action="extend",
        metavar="ID",
        help="these events (done or dead; running ones are left to their worker)",
    )


def _db_option(sub: argparse.ArgumentParser) -> None:
    db_option(sub)
    sub.add_argument("-v", "--verbose", action="store_true", help="log what the inbox does")


def _open(db: str) -> WebhookInbox:
    from ..webhook_receiver.inbox import WebhookInbox

    inbox = WebhookInbox(db)
    path = inbox.target.path
    if path is not None and not Path(path).exists():
        # A look or a replay must not leave an empty database behind a typo.
        raise ConfigurationError(f"db: {inbox.display}: no such file, so no inbox there")
    return inbox


async def run_webhooks(args: argparse.Namespace) -> int:
    """Run ``webhooks inbox`` or ``webhooks replay`` with parsed ``args``; the exit status."""
    try:
        from sqlalchemy.exc import SQLAlchemyError

        from ..webhook_receiver.inbox import InboxError
    except ImportError as exc:
        fail(
            "the webhook inbox needs the sync extra: pip install 'ultracart-async[sync]' "
            f"({exc.name} is missing)"
        )
        return EXIT_REFUSED
    try:
        inbox = _open(args.db)
    except ConfigurationError as exc:
        fail(str(exc))
        return EXIT_REFUSED
    try:
        async with inbox:
            if args.action == "replay":
                return await _replay(inbox, args)
            stats = await inbox.stats(dead_limit=args.dead_limit)
    except ConfigurationError as exc:
        fail(str(exc))
        return EXIT_REFUSED
    except (InboxError, UltraCartError) as exc:
        fail(str(exc))
        return EXIT_FAILED
    except (SQLAlchemyError, OSError) as exc:  # past the opening: the database went away
        fail(f"the database {inbox.display} failed: {inbox.describe(exc)}")
        return EXIT_FAILED
    if args.json:
        print(orjson.dumps(_stats_json(inbox.display, stats)).decode())
    else:
        print(_stats_text(inbox.display, stats, datetime.now(UTC)))
    return 0


async def _replay(inbox: WebhookInbox, args: argparse.Namespace) -> int:
    if args.dead:
        result = await inbox.replay(dead=True)
    else:
        result = await inbox.replay(args.ids)
    print(f"put back in line: {len(result.ids)} event(s){_ids(result.ids)}")
    if result.running:
        print(f"left to the worker running them: {_ids(result.running).strip()}")
    if result.missing:
        print(f"not in the inbox: {_ids(result.missing).strip()}")
    return 0


def _ids(ids: tuple[int, ...]) -> str:
    if not ids:
        return ""
    shown = ", ".join(f"#{i}" for i in ids[:20])
    more = f" and {len(ids) - 20} more" if len(ids) > 20 else ""
    return f" {shown}{more}"


def _age(then: datetime, now: datetime) -> str:
    seconds = max(0, int((now - then).total_seconds()))
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{seconds // size} {unit}"
    return f"{seconds} s"


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%SZ") if value is not None else "-"


def _event_line(event: EventInfo) -> str:
    target = f" (object {printable(event.object_id, 60)})" if event.object_id else ""
    return f"#{event.event_id} {printable(event.name, 100)}{target}"


def _stats_text(display: str, stats: InboxStats, now: datetime) -> str:
    counts = ", ".join(f"{n} {state}" for state, n in stats.counts.items())
    lines = [f"inbox {display}: {counts} ({stats.deliveries} deliveries)"]
    oldest = stats.oldest_pending
    if oldest is not None:
        lines.append(
            f"oldest pending: {_event_line(oldest)}, received {_when(oldest.received_at)} "
            f"({_age(oldest.received_at, now)} ago), {oldest.attempts} attempt(s), "
            f"due {_when(oldest.due_at)}"
        )
    else:
        lines.append("oldest pending: none")
    if stats.dead:
        lines.append(f"dead (newest first, {len(stats.dead)} shown):")
        for event in stats.dead:
            error = printable(event.last_error or "(no error recorded)", _ERROR_LIMIT)
            lines.append(
                f"  {_event_line(event)}: {event.attempts} attempt(s), dead since "
                f"{_when(event.finished_at)}: {error}"
            )
    return "\n".join(lines)


def _event_json(event: EventInfo) -> dict[str, Any]:
    return {
        "event_id": event.event_id,
        "delivery_id": event.delivery_id,
        "name": event.name,
        "object_id": event.object_id,
        "state": event.state,
        "attempts": event.attempts,
        "received_at": event.received_at.isoformat(),
        "due_at": event.due_at.isoformat() if event.due_at else None,
        "finished_at": event.finished_at.isoformat() if event.finished_at else None,
        "worker": event.worker,
        "last_error": event.last_error,
    }


def _stats_json(display: str, stats: InboxStats) -> dict[str, Any]:
    oldest = stats.oldest_pending
    return {
        "db": display,
        "counts": stats.counts,
        "deliveries": stats.deliveries,
        "oldest_pending": _event_json(oldest) if oldest is not None else None,
        "dead": [_event_json(event) for event in stats.dead],
    }
