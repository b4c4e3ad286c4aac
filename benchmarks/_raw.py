"""The **raw** baseline: a hand-written aiohttp + orjson export loop, no SDK.

It fetches the first page, reads ``total_records``, then fetches the remaining offsets with
``concurrency`` requests in flight and writes each customer as a JSON line (in the order the
pages arrive). ``python -m benchmarks._raw --base-url URL --key KEY --out FILE -c 8`` runs it as
a whole process, the way the CLI export is timed.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

import aiohttp
import orjson

from ._common import EXPAND_CSV, PAGE_SIZE, headers


def _write(out: BinaryIO, customers: list[Any]) -> None:
    out.write(b"".join(orjson.dumps(c) + b"\n" for c in customers))


async def raw_export(base_url: str, key: str, out: BinaryIO, concurrency: int) -> int:
    """Export every customer to ``out`` as JSON lines; returns how many were written."""
    url = f"{base_url}/customer/customers"
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(headers=headers(key), connector=connector) as session:

        async def fetch(offset: int) -> Any:
            params = {"_limit": str(PAGE_SIZE), "_offset": str(offset), "_expand": EXPAND_CSV}
            async with session.get(url, params=params) as response:
                response.raise_for_status()
                return orjson.loads(await response.read())

        first = await fetch(0)
        customers: list[Any] = first["customers"]
        _write(out, customers)
        written = len(customers)
        total: int = first["metadata"]["result_set"]["total_records"]
        gate = asyncio.Semaphore(concurrency)

        async def one(offset: int) -> int:
            async with gate:
                data = await fetch(offset)
            page: list[Any] = data["customers"]
            _write(out, page)
            return len(page)

        counts = await asyncio.gather(*(one(o) for o in range(PAGE_SIZE, total, PAGE_SIZE)))
        return written + sum(counts)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one raw export as a process."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks._raw")
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("-c", "--concurrency", type=int, default=8)
    args = parser.parse_args(argv)
    with args.out.open("wb") as out:
        asyncio.run(raw_export(args.base_url, args.key, out, args.concurrency))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
