"""The inbox's exceptions, inside the SDK's error tree.

::

    UltraCartError
    ├── ConfigurationError
    │   └── InboxSchemaError        the database holds a newer inbox schema, or a table of the
    │                               inbox's name with other columns (left untouched)
    └── InboxError
        └── InboxUnavailableError   the inbox could not commit a delivery within its deadline
                                    (the database is down, locked or slow): the receiver
                                    answers 503, and UltraCart delivers again

A database URL that cannot be used raises the sync's
:class:`~ultracart_async.sync.DatabaseUnavailableError` (a ``ConfigurationError``): the inbox
takes the same URLs as the sync, and refuses the same ones, the same way.
"""

from __future__ import annotations

from ultracart_async._errors import ConfigurationError, UltraCartError

__all__ = ["InboxError", "InboxSchemaError", "InboxUnavailableError"]


class InboxError(UltraCartError):
    """Something went wrong in the webhook inbox; the message never shows a password."""


class InboxUnavailableError(InboxError):
    """The inbox could not commit a delivery within its ``commit_timeout``, or is closed.

    Nothing the caller can rely on was stored (the receiver answers 503, so UltraCart sends
    the delivery again; should the commit still land later, the redelivery finds the events
    already there and adds nothing).
    """


class InboxSchemaError(ConfigurationError):
    """The database holds a newer inbox schema than this version knows, or a table of one of
    the inbox's names with other columns. Nothing was changed."""
