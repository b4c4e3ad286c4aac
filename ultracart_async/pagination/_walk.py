"""What both engines are handed: the operation, how its records are told apart, and where
the walk over its pages starts."""

from __future__ import annotations

from typing import Any

import attrs

from ._ids import RecordIds
from ._page import PageSpec, ResumePoint

__all__ = ["Walk"]


@attrs.frozen(kw_only=True)
class Walk:
    """One paged operation, walked from a start.

    Attributes:
        spec: The operation.
        ids: How its records are told apart.
        start: The point the walk resumes from, or None to start at offset 0.
    """

    spec: PageSpec
    ids: RecordIds
    start: ResumePoint | None = None

    @property
    def start_offset(self) -> int:
        """The offset of the first page."""
        return self.start.offset if self.start else 0

    def start_seen(self) -> set[object]:
        """The ids the start point says were delivered last (empty without a point)."""
        return self.ids.seen(self.start)

    def point(
        self,
        offset: int,
        seen: tuple[Any, ...],
        *,
        export: bool,
        started_at: str | None = None,
    ) -> ResumePoint:
        """The point that continues this walk at ``offset``, ``seen`` ids delivered."""
        spec = self.spec
        return ResumePoint(
            operation=spec.operation,
            params=dict(spec.params),
            path_params=dict(spec.path_params),
            body=spec.body,
            offset=offset,
            page_size=spec.page_size,
            seen_ids=seen,
            export=export,
            started_at=started_at,
        )
