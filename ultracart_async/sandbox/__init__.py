"""A fake UltraCart REST API v2 server for tests, benchmarks and the CLI's ``--sandbox``.

It is written from the API facts, not from the client: nothing here imports ``ultracart_async``
outside this package, so a mistake in the client cannot hide behind the same mistake here.

Start it in-process::

    from ultracart_async.sandbox import Sandbox

    async with Sandbox(customers=500, seed=1, latency=0.01) as sb:
        sb.base_url        # http://127.0.0.1:<port>/rest/v2
        sb.simple_key      # the valid x-ultracart-simple-key (sb.oauth_token for Bearer)
        sb.config.rate_limit = 10   # knobs change at runtime
        sb.stats.by_route           # what it saw
        sb.snapshot_ids()           # ground truth: live customer_profile_oids

or as a process: ``python -m ultracart_async.sandbox --port 0 --customers 20000 --seed 1``.
"""

from ._config import FaultKind, RetryAfterMode, SandboxConfig
from ._customers_data import EXPANSIONS
from ._server import API_VERSION, DEFAULT_OAUTH_TOKEN, DEFAULT_SIMPLE_KEY, Sandbox, run_sandbox
from ._stats import RequestLogEntry, SandboxStats

__all__ = [
    "API_VERSION",
    "DEFAULT_OAUTH_TOKEN",
    "DEFAULT_SIMPLE_KEY",
    "EXPANSIONS",
    "FaultKind",
    "RequestLogEntry",
    "RetryAfterMode",
    "Sandbox",
    "SandboxConfig",
    "SandboxStats",
    "run_sandbox",
]
