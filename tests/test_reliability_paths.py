"""Path parameters (issue 10): values holding ``/``, ``.``, ``..``, ``?``, ``#``, ``%``, ``+``,
spaces and non-ASCII text reach exactly the resource they name, never another one. The
sandbox routes on the raw path and records the path and the operation it saw."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterator
from typing import Any
from urllib.parse import unquote

import attrs
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ultracart_async import (
    ConfigurationError,
    NotFoundError,
    RetryPolicy,
    TokenBucketLimiter,
    UltraCartClient,
    UltraCartError,
)
from ultracart_async.sandbox import Sandbox

NASTY = ["/", ".", "..", "?", "#", "%", "+", " ", "%2F", "%2e%2e", "../..", "é", "日本", "\u2028"]
values = st.lists(
    # Surrogates are not text (they cannot be encoded as UTF-8); everything else is fair.
    st.characters(blacklist_categories=["Cs"]) | st.sampled_from(NASTY),
    min_size=1,
    max_size=12,
).map("".join)


@attrs.define
class Rig:
    runner: asyncio.Runner
    sb: Sandbox
    uc: UltraCartClient


@pytest.fixture(scope="module")
def rig() -> Iterator[Rig]:
    runner = asyncio.Runner()

    async def start() -> Rig:
        sb = await Sandbox(
            customers=5, seed=2, workflow_tasks=3, webhooks=1, webhook_logs=1
        ).start()
        uc = UltraCartClient(
            simple_key=sb.simple_key,
            base_url=sb.base_url,
            limiter=TokenBucketLimiter((), max_in_flight=1),
            retry=RetryPolicy(max_attempts=1),
        )
        return Rig(runner, sb, uc)

    rig = runner.run(start())
    try:
        yield rig
    finally:
        runner.run(rig.uc.aclose())
        runner.run(rig.sb.close())
        runner.close()


Call = Callable[[UltraCartClient, str], Coroutine[Any, Any, Any]]
# (call, the operation the sandbox must route it to, the raw path prefix, how many segments)
TARGETS: dict[str, tuple[Call, str, str, int]] = {
    "customer by email": (
        lambda uc, v: uc.customers.get_by_email(v),
        "getCustomerByEmail",
        "/rest/v2/customer/customers/by_email/",
        1,
    ),
    "workflow task": (
        lambda uc, v: uc.workflow.get_task(v),
        "getWorkflowTask",
        "/rest/v2/workflow/tasks/",
        1,
    ),
    "tasks by object": (
        lambda uc, v: uc.workflow.get_tasks_by_object(v, v),
        "getWorkflowTaskByObjectType",
        "/rest/v2/workflow/tasks/by/",
        2,
    ),
}


@pytest.mark.parametrize("target", sorted(TARGETS))
@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(value=values)
@example(value="..")
@example(value=".")
@example(value="../../customer/customers")
@example(value="a/b?c=d#e")
@example(value="100%+ sure")
@example(value="jürgen@exämple.com")
def test_path_parameters_cannot_reach_another_resource(rig: Rig, target: str, value: str) -> None:
    call, op, prefix, segments = TARGETS[target]
    log = rig.sb.stats.request_log
    before = len(log)
    try:
        rig.runner.run(call(rig.uc, value))
    except ConfigurationError:
        assert not value.strip()  # refused before sending: blank identifiers only
        assert len(log) == before
        return
    except NotFoundError:
        pass  # no such customer or task: the right resource, answering 404
    except UltraCartError as exc:
        pytest.fail(f"{value!r}: unexpected {type(exc).__name__}: {exc}")
    (entry,) = list(log)[before:]
    assert entry.op == op, f"{value!r} reached {entry.op} ({entry.raw_path})"
    assert entry.raw_path.startswith(prefix)
    # None of these operations sends a query: anything after "?" came out of the value.
    assert entry.raw_query == "", f"{value!r} leaked into the query: {entry.raw_query!r}"
    parts = entry.raw_path[len(prefix) :].split("/")
    assert len(parts) == segments
    for part in parts:
        assert unquote(part, errors="strict") == value
        assert not set(part) & set("?#/ ")
