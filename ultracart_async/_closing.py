"""``async with`` for everything that is closed with ``await obj.aclose()``.

The client, the webhook receiver, the inbox, its handlers and the sync's database all leave
an ``async with`` block the same way; this mixin says it once.
"""

from __future__ import annotations

from types import TracebackType
from typing import Self

__all__ = ["AsyncClosing"]


class AsyncClosing:
    """A mixin: ``async with obj`` hands back ``obj`` and closes it with :meth:`aclose`.

    A subclass defines :meth:`aclose`, and overrides ``__aenter__`` when entering does more
    than hand the object back (refusing a closed client, starting a receiver)::

        class Resource(AsyncClosing):
            async def aclose(self) -> None:
                ...
    """

    __slots__ = ()

    async def aclose(self) -> None:
        """Release what the object holds; the subclass says what (it defines this)."""
        raise NotImplementedError

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
