"""Keep a database in step with UltraCart: an incremental, resumable customer sync.

Needs the ``sync`` extra: ``pip install 'ultracart-async[sync]'`` (SQLAlchemy 2 async Core
with aiosqlite and asyncpg).

Example::

    from ultracart_async import UltraCartClient
    from ultracart_async.sync import sync_customers

    async with UltraCartClient.from_env() as uc:
        result = await sync_customers(uc, "sqlite:///ultracart.db", expand="billing,shipping")
        print(result.summary())

or from a terminal: ``ultracart-async sync customers --db sqlite:///ultracart.db``.

What it guarantees:

* **First run:** a full export with the consistent export of ``export customers``
  (overlap and verify), so nothing is missed while rows are inserted or deleted.
* **Later runs** fetch the customers with ``last_modified_dts`` at or after the high-water
  mark: the server's ``Date`` of the previous run's first answer, less a safety margin
  (5 minutes by default). Never the largest ``last_modified_dts`` seen, never this
  machine's clock. A row is replaced only by a version whose ``last_modified_dts`` is newer
  than or equal to the stored one, compared as instants in UTC.
* **Crash safety:** every page is committed in one transaction with the run's progress; a
  crash at any moment, then a rerun, loses nothing and duplicates nothing.
* **Deletions:** ``reconcile=True`` walks every id and marks absent rows (``deleted_at``);
  rows are never removed.
* **One run at a time** per database; a store's database refuses another store.

Tables: ``ultracart_customers``, ``ultracart_sync_runs``, ``ultracart_sync_meta`` and
``ultracart_sync_seen`` (their columns are in the docs' sync page, and in ``_schema.py``).
"""

from __future__ import annotations

from ._api import sync_customers
from ._errors import (
    DatabaseUnavailableError,
    SchemaMismatchError,
    StoreMismatchError,
    SyncBusyError,
    SyncDatabaseError,
    SyncRefusedError,
)
from ._plan import CUSTOMER_EXPANSIONS
from ._result import SyncProgress, SyncResult
from ._runs import DEFAULT_SAFETY_MARGIN
from ._schema import SCHEMA_VERSION
from ._url import DEFAULT_DATABASE_URL

__all__ = [
    "CUSTOMER_EXPANSIONS",
    "DEFAULT_DATABASE_URL",
    "DEFAULT_SAFETY_MARGIN",
    "SCHEMA_VERSION",
    "DatabaseUnavailableError",
    "SchemaMismatchError",
    "StoreMismatchError",
    "SyncBusyError",
    "SyncDatabaseError",
    "SyncProgress",
    "SyncRefusedError",
    "SyncResult",
    "sync_customers",
]
