"""The sync's exceptions, inside the SDK's error tree.

::

    UltraCartError
    ├── ConfigurationError
    │   └── SyncRefusedError            refused before anything changed (CLI: exit 2)
    │       ├── DatabaseUnavailableError    the URL cannot be opened, is read-only, login refused
    │       ├── SchemaMismatchError         a newer schema, or a table of another shape
    │       ├── StoreMismatchError          another store, or another expansion set without full
    │       └── SyncBusyError               another sync holds this database
    └── SyncDatabaseError               the database failed in the middle of a run (CLI: exit 1)
"""

from __future__ import annotations

from .._errors import ConfigurationError, UltraCartError

__all__ = [
    "DatabaseUnavailableError",
    "SchemaMismatchError",
    "StoreMismatchError",
    "SyncBusyError",
    "SyncDatabaseError",
    "SyncRefusedError",
]


class SyncRefusedError(ConfigurationError):
    """The sync refused to start; nothing in the database was changed.

    The message is one line that says what was wrong and never shows a password.
    """


class DatabaseUnavailableError(SyncRefusedError):
    """The database URL is malformed, of an unknown scheme, cannot be opened, is read-only,
    or the database refused the login."""


class SchemaMismatchError(SyncRefusedError):
    """The database holds a newer sync schema than this version knows, or a table of the
    sync's name with another shape (left untouched)."""


class StoreMismatchError(SyncRefusedError):
    """The database mirrors another store (base URL or merchant id), or the run asks for
    another expansion set without ``full=True``."""


class SyncBusyError(SyncRefusedError):
    """Another sync holds this database (a second run refuses rather than interleave)."""


class SyncDatabaseError(UltraCartError):
    """The database failed during a run (a lost connection, a full disk).

    Every page written before the failure is committed together with the run's progress, so
    running the sync again continues where it stopped.
    """
