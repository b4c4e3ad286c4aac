"""Which task holds which grant, so that a release gives back the grant its own task took.

A grant is a Redis lease id, or :data:`FALLBACK` for a place taken from the local fallback
limiter. Tasks may interleave their acquires and releases in any order; each release gives
back the last grant its task took that is still held.
"""

from __future__ import annotations

import asyncio
import contextvars
import weakref
from collections.abc import Callable
from typing import Any

__all__ = ["FALLBACK", "Grants"]

#: The grant of a place taken from the fallback limiter (Redis lease ids never look so).
FALLBACK = "fallback"


class _Ledger:
    """The grants a task holds, shared with the tasks that release for it.

    One per task, reached through a context variable. It is mutable on purpose: a release
    run in a copy of the task's context (``asyncio.shield`` runs it in a new task) must take
    the grant out of the very list the acquire put it in, or the list grows by one entry
    per call for as long as the task lives.
    """

    __slots__ = ("grants", "owner")

    def __init__(self, owner: asyncio.Task[Any] | None) -> None:
        self.owner = None if owner is None else weakref.ref(owner)
        self.grants: list[str] = []

    def owned_by(self, task: asyncio.Task[Any] | None) -> bool:
        return (None if self.owner is None else self.owner()) is task


class Grants:
    """The grants of every task, each task's in its own ledger."""

    __slots__ = ("_ledgers",)

    def __init__(self, name: str) -> None:
        self._ledgers: contextvars.ContextVar[_Ledger | None] = contextvars.ContextVar(
            name, default=None
        )

    def add(self, grant: str) -> None:
        """Note ``grant`` as the current task's (its ledger is made on its first grant)."""
        task = asyncio.current_task()
        ledger = self._ledgers.get()
        if ledger is None or not ledger.owned_by(task):
            # A new task (its context inherited its parent's ledger, or none): its own.
            ledger = _Ledger(task)
            self._ledgers.set(ledger)
        ledger.grants.append(grant)

    def take(self, still_held: Callable[[str], bool]) -> tuple[str | None, bool]:
        """The last grant of this context's ledger that is ``still_held``, and whether
        stale ones (given back by another task, or by aclose) were skipped on the way."""
        ledger = self._ledgers.get()
        stale = False
        while ledger is not None and ledger.grants:
            grant = ledger.grants.pop()
            if still_held(grant):
                return grant, stale
            stale = True
        return None, stale
