"""A durable webhook inbox: no delivery lost once it was answered, shared by app replicas.

Needs the ``sync`` extra (SQLAlchemy 2 async, aiosqlite, asyncpg):
``pip install 'ultracart-async[sync]'``.

Example (aiohttp.web)::

    from ultracart_async.webhook_receiver import WebhookReceiver, WebhookRouter
    from ultracart_async.webhook_receiver.aiohttp_web import add_webhook_route
    from ultracart_async.webhook_receiver.inbox import WebhookInbox

    router = WebhookRouter()   # @router.on(...) handlers, idempotent

    inbox = WebhookInbox("sqlite:///ultracart.db")
    receiver = WebhookReceiver(router, basic_auth=auth, inbox=inbox, workers=4)
    add_webhook_route(app, "/webhooks/ultracart", receiver)   # workers start with the app

What it promises:

* **Committed before 200.** Each delivery (its raw body, arrival time, the headers that
  matter, and each event under the receiver's dedupe key) is committed before the answer
  is 200. A commit that does not finish within ``commit_timeout`` (5 s) is answered 503,
  and UltraCart delivers again; a redelivery of a committed delivery gets 200 and adds no
  row.
* **Durability.** PostgreSQL: a commit is as durable as the server makes it (with its
  defaults, ``synchronous_commit = on`` and ``fsync = on``, it survives a power cut).
  SQLite: WAL with ``synchronous = FULL``: a committed delivery survives a killed process
  and a power cut (on storage that honours fsync).
* **At least once, per event, no order.** Workers claim events with a lease and an owner
  token; a worker that dies leaves its lease to run out, and the event runs again. "Done"
  is fenced by the token. Failures are retried with backoff; after ``max_attempts`` the
  event is dead, with its last error kept, and the others flow on.
* **Retention.** Done and dead events older than ``retention`` (7 days) are pruned.

Command line: ``ultracart-async webhooks inbox`` (counts, the oldest pending, the dead) and
``ultracart-async webhooks replay (--dead | --id ID ...)``.

:class:`CustomerSyncHandler` is a ready handler that applies ``customer_*`` events to the
tables of ``sync customers``.
"""

from ._accept import KEPT_HEADERS, Committed
from ._admin import EventInfo, InboxStats
from ._customers import CustomerSyncHandler
from ._database import SQLITE_SYNCHRONOUS
from ._errors import InboxError, InboxSchemaError, InboxUnavailableError
from ._inbox import DEFAULT_COMMIT_TIMEOUT, DEFAULT_RETENTION, Replayed, WebhookInbox
from ._schema import SCHEMA_VERSION

__all__ = [
    "DEFAULT_COMMIT_TIMEOUT",
    "DEFAULT_RETENTION",
    "KEPT_HEADERS",
    "SCHEMA_VERSION",
    "SQLITE_SYNCHRONOUS",
    "Committed",
    "CustomerSyncHandler",
    "EventInfo",
    "InboxError",
    "InboxSchemaError",
    "InboxStats",
    "InboxUnavailableError",
    "Replayed",
    "WebhookInbox",
]
