"""What an export has delivered, as far as the next page is checked against it.

Pages overlap by a few records. A page must share a record with what was delivered before
it (else rows shifted past the overlap, and the export refetches from earlier), and what it
shares is dropped. Memory stays bounded: when pages are sorted by an integer id, the highest
id delivered is the cursor; otherwise the ids of the last page delivered are kept.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from ._ids import RecordIds, int_key
from ._page import Page

__all__ = ["Delivered"]

T = TypeVar("T")


class Delivered(Generic[T]):
    """The export's memory of delivered records: the overlap check and the dedupe.

    Attributes:
        in_order: Whether pages are checked in the chain's order (False only with the
            overlap check off and unordered delivery: nothing is compared then).
        monotonic: Whether the highest integer id delivered is the cursor (pages sorted by
            the id itself); otherwise the ids of the last page are compared.
        last_key: The highest id delivered (monotonic mode).
        prev_ids: The ids of the last page delivered (membership mode), bounded by a page.
        prev: The chain's latest page.
    """

    __slots__ = ("ids", "in_order", "last_key", "monotonic", "overlap", "prev", "prev_ids")

    def __init__(
        self,
        ids: RecordIds,
        *,
        overlap: int,
        monotonic: bool,
        in_order: bool,
    ) -> None:
        self.ids = ids
        self.overlap = overlap
        self.monotonic = monotonic
        self.in_order = in_order
        self.last_key: int | None = None
        self.prev_ids: set[object] = set()
        self.prev: Page[T] | None = None

    def start_from(self, seen: set[object]) -> None:
        """Take ``seen``, the ids a resume point says were delivered last, as delivered."""
        if self.monotonic:
            self.last_key = max((k for k in seen if type(k) is int), default=None)
        self.prev_ids = seen

    def seen(self) -> tuple[Any, ...]:
        """The ids a resume point records, so a resumed export drops them again."""
        if self.monotonic:
            return () if self.last_key is None else (self.last_key,)
        return tuple(self.prev_ids)

    def _int_key(self, record: Any) -> int | None:
        key = self.ids.of(record)
        return key if type(key) is int else None

    def shares(self, page: Page[T]) -> bool:
        """Whether ``page`` starts at or before what was delivered last (no rows skipped)."""
        if not self.overlap:
            return True
        prev = self.prev
        if prev is not None and page.offset >= prev.offset + prev.fetched:
            # No overlap was asked for (a next_offset beyond this page's records, or a page
            # of one record): there is nothing to compare.
            return True
        if self.monotonic:
            if self.last_key is None:
                return True
            first = next((k for k in map(self._int_key, page.raw) if k is not None), None)
            return first is not None and first <= self.last_key
        if not self.prev_ids:
            return True
        return not self.prev_ids.isdisjoint(self.ids.of(r) for r in page.raw)

    def drop_seen(self, page: Page[T]) -> int:
        """Remove from ``page.raw`` what was delivered already; return how many."""
        raw = page.raw
        if not self.in_order:
            return 0  # pages arrive in any order (overlap off): nothing to compare against
        kept = self._drop_below_cursor(raw) if self.monotonic else self._drop_shared(raw)
        page.raw = kept
        return len(raw) - len(kept)

    def _drop_below_cursor(self, raw: list[Any]) -> list[Any]:
        # One pass, plain ints first (this runs for every record of a bulk export).
        field = self.ids.field
        keys = [
            k if type(k) is int else int_key(k)
            for k in (r.get(field) if type(r) is dict else None for r in raw)
        ]
        last = self.last_key
        if last is None:
            kept = raw
            fresh = [k for k in keys if k is not None]
        else:
            kept = [r for r, k in zip(raw, keys, strict=True) if k is None or k > last]
            fresh = [k for k in keys if k is not None and k > last]
        if fresh:
            self.last_key = max(fresh) if last is None else max(last, max(fresh))
        return kept

    def _drop_shared(self, raw: list[Any]) -> list[Any]:
        record_id = self.ids.of
        kept = raw
        if self.prev_ids:
            seen = self.prev_ids
            last_shared = -1
            for index, record in enumerate(raw):
                if record_id(record) in seen:
                    last_shared = index
            # Pages come in a stable order: everything up to the last record shared with the
            # previous page was delivered already (or was inserted behind the cursor after
            # the export passed, which it need not deliver).
            kept = raw[last_shared + 1 :]
        ids_now = {record_id(r) for r in raw}
        ids_now.discard(None)
        if ids_now:
            self.prev_ids = ids_now
        return kept
