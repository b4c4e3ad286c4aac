"""The sync run proper: a full or incremental export of customers, upserted page by page.

An incremental run asks for ``last_modified_dts_start=<mark>`` rather than ``_since``: the
spec documents ``last_modified_dts_start`` as a bound on the very field the sync stores and
compares, while ``_since`` says only "created/modified since" without naming a field or
whether the bound is inclusive. The query is paged with the same overlap-and-verify export
as a full run, since rows shift under it too (a customer modified during the run joins the
filtered set).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import orjson
from sqlalchemy.ext.asyncio import AsyncConnection

from ..pagination import Page, Pager
from ._phase import Phase
from ._runs import RunRow, abandon_run, utc_now
from ._schema import set_meta
from ._upsert import PageCounts, Row, prepare_rows, write_rows

__all__ = ["CustomerSync"]


class CustomerSync(Phase):
    """A full or incremental sync run (``run.mode``)."""

    abandon: RunRow | None = None

    def pager(self) -> Pager[Any]:
        run = self.run
        return self.uc.customers.list(
            expand=list(run.expand) or None,
            page_size=run.page_size,
            last_modified_dts_start=run.since,
        )

    async def on_first_write(self, conn: AsyncConnection, now: datetime) -> None:
        if self.abandon is not None:
            why = f"replaced by a full run with expand={','.join(self.run.expand) or '(none)'}"
            await abandon_run(conn, self.abandon, why, now)

    def prepare(self, page: Page[Any]) -> dict[int, Row]:
        return prepare_rows(page.raw)

    async def write(
        self, conn: AsyncConnection, prepared: dict[int, Row], run: RunRow
    ) -> PageCounts:
        assert run.run_id is not None
        return await write_rows(conn, prepared, run_id=run.run_id, now=utc_now())

    async def complete(self, conn: AsyncConnection, run: RunRow) -> dict[str, Any]:
        if run.mode == "full":
            # From now on the data were fetched with this set: incremental runs keep it.
            await set_meta(conn, expand=orjson.dumps(list(run.expand)).decode())
        return {}
