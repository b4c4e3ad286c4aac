"""Streaming over ``_limit/_offset`` endpoints: pagers, prefetch, resume, concurrent export.

This package knows no resource. A resource describes one paged operation with a
:class:`PageSpec` (method, path, filters in wire names, the envelope key of the items,
the page size, the field that identifies a record) and gets back a :class:`Pager`.

Two ways to stream, one paging rule (``_rule.py``: ``more``, then ``next_offset``, then
``total_records`` of the latest page, and a short page only when the metadata says nothing):

* ``async for item in pager`` / ``pager.pages()``: one page after another, with the next
  page already in flight while the caller handles the current one.
* ``pager.export(concurrency=N)``: the same walk, with up to N pages requested ahead along
  the stride the server's pages show (while ``total_records`` says there is more). Pages
  overlap by a few records so a shift of the underlying rows (inserts and deletes while
  paging) is seen: duplicates in the overlap are dropped, and a page that shares nothing
  with its predecessor makes the export refetch from earlier until it does. Every record
  that exists for the whole export is delivered exactly once.

Anything that stops either one after its first request is a
:class:`~ultracart_async.PaginationError` carrying a :class:`ResumePoint`, with the cause
chained; ``pager.resume_from(point)`` continues where the stream stopped.

The package's modules, bottom to top:

* ``_page``: :class:`PageSpec`, :class:`Page`, :class:`ResumePoint`, reading a page.
* ``_ids``: how records are told apart across pages; ``_walk``: the operation, its ids and
  its start, as both engines are handed them.
* ``_rule``: the paging rule, the progress guard, and how a stop is reported.
* ``_tasks``: the asyncio plumbing both engines share.
* ``_stream``: the plain stream's engine.
* ``_export_types``, ``_delivered``, ``_chain``, ``_export``: the export's settings and
  figures, its memory of what it delivered, its engine, and :class:`Export` in front of them.
* ``_pager``: :class:`Pager`, which hands its collaborators to both engines.
"""

from ._export import Export
from ._export_types import ExportProgress, ExportStats
from ._page import Page, PageSpec, ResumePoint
from ._pager import Pager
from ._stream import StreamStats

__all__ = [
    "Export",
    "ExportProgress",
    "ExportStats",
    "Page",
    "PageSpec",
    "Pager",
    "ResumePoint",
    "StreamStats",
]
