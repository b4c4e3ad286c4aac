"""The asyncio plumbing both streams share: records out of pages, requests cancelled."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncGenerator
from typing import Any, TypeVar

from ._page import Page

__all__ = ["cancel_and_wait", "items_of"]

T = TypeVar("T")


async def items_of(pages: AsyncGenerator[Page[T], None]) -> AsyncGenerator[T, None]:
    """The records of a page stream, closing the stream as soon as this generator closes."""
    async with contextlib.aclosing(pages) as stream:
        async for page in stream:
            # One record built at a time: see _wire.structure_each.
            for item in page.iter_items():
                yield item


async def cancel_and_wait(tasks: list[asyncio.Task[Any]]) -> None:
    """Cancel ``tasks`` and wait for them to finish, without swallowing a cancellation of
    the caller, and retrieve their exceptions so none is reported as never retrieved."""
    for task in tasks:
        task.cancel()
    if tasks:
        await asyncio.wait(tasks)
    for task in tasks:
        if not task.cancelled():
            task.exception()
