"""An app process for the inbox tests: aiohttp.web, a receiver with an inbox, its workers.

``python -m tests.inbox._app --db URL --markers DIR [--handler record|block] ...`` listens on
a free port of 127.0.0.1, prints ``PORT <n>`` once it serves, and runs until SIGTERM (a clean
shutdown) or SIGKILL. Its handler appends one line per run to ``DIR/<pid>.log``:
``start <object id>``, then ``done <object id>`` (``record``) or nothing more, for ever
(``block``: the handler hangs, to be killed in the middle).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
from pathlib import Path

from aiohttp import web

from ultracart_async.webhook_receiver import WebhookEvent, WebhookReceiver, WebhookRouter
from ultracart_async.webhook_receiver.aiohttp_web import add_webhook_route
from ultracart_async.webhook_receiver.inbox import WebhookInbox

USER, PASSWORD = "ultracart", "inbox-app-pw-3k9"


def build(args: argparse.Namespace) -> web.Application:
    log = Path(args.markers) / f"{os.getpid()}.log"
    router = WebhookRouter()

    @router.on("customer_*")
    async def handle(event: WebhookEvent) -> None:
        with log.open("a") as out:
            out.write(f"start {event.object_id}\n")
        if args.handler == "block":
            await asyncio.Event().wait()
        with log.open("a") as out:
            out.write(f"done {event.object_id}\n")

    inbox = WebhookInbox(args.db, lease=args.lease, poll_interval=args.poll)
    receiver = WebhookReceiver(
        router, basic_auth=(USER, PASSWORD), inbox=inbox, workers=args.workers
    )
    app = web.Application()
    add_webhook_route(app, "/webhooks/ultracart", receiver)
    return app


async def serve(args: argparse.Namespace) -> None:
    runner = web.AppRunner(build(args), auto_decompress=False)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    port = runner.addresses[0][1]
    print(f"PORT {port}", flush=True)
    try:
        await stop.wait()
    finally:
        await runner.cleanup()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--markers", required=True)
    parser.add_argument("--handler", choices=["record", "block"], default="record")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--lease", type=float, default=60.0)
    parser.add_argument("--poll", type=float, default=0.2)
    asyncio.run(serve(parser.parse_args()))


if __name__ == "__main__":
    main()
