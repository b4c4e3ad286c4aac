"""Property-based fuzzing of the neutral parser: it returns events or raises
WebhookDeliveryError, never anything else."""

from __future__ import annotations

import base64
import gzip
from typing import Any

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ultracart_async.webhook_receiver import (
    EVENT_NAMES,
    WebhookDeliveryError,
    WebhookEvent,
    parse_delivery,
)

from ._strategies import json_values as shared_json_values

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = shared_json_values(max_size=5, key_size=12, max_leaves=30)
# Keys the models know, so that fuzzed objects reach the typed fields, not only extra_fields.
model_keys = st.sampled_from(
    [
        "customer_profile_oid",
        "email",
        "billing",
        "shipping",
        "order_id",
        "items",
        "summary",
        "last_modified_dts",
        "creation_dts",
        "workflow_task_uuid",
        "user_id",
        "groups",
        "orders",
        "customer_profile",
        "payment",
        "loyalty",
        "tags",
        "properties",
    ]
)
model_objects = st.dictionaries(model_keys | st.text(max_size=8), json_values, max_size=8)
event_names = st.sampled_from(sorted(EVENT_NAMES)) | st.text(max_size=15)
deliveries = st.lists(
    st.builds(lambda name, obj: {name: obj}, event_names, model_objects | json_values),
    max_size=4,
)


def check(body: bytes) -> None:
    error: WebhookDeliveryError | None = None
    try:
        events = parse_delivery(body, max_size=200_000)
    except WebhookDeliveryError as exc:  # the one documented error; anything else fails
        error, events = exc, []
    if error is not None:
        assert error.status in (400, 413)
        assert str(error)
    assert isinstance(events, list)
    for index, event in enumerate(events):
        assert isinstance(event, WebhookEvent) and event.index == index
        repr(event)
        event.object_id  # noqa: B018 - must not raise either
        event.modified  # noqa: B018


@FUZZ
@given(st.binary(max_size=300))
def test_random_bytes(body: bytes) -> None:
    check(body)


@FUZZ
@given(st.binary(max_size=200))
def test_random_bytes_behind_compression_markers(tail: bytes) -> None:
    check(b"\x1f\x8b" + tail)
    check(b"H4sI" + tail)
    check(gzip.compress(tail))
    check(base64.b64encode(gzip.compress(tail)))


@FUZZ
@given(json_values)
def test_random_json_values(value: Any) -> None:
    check(orjson.dumps(value))
    check(orjson.dumps({"events": value}))


@FUZZ
@given(deliveries)
def test_random_deliveries(items: list[dict[str, Any]]) -> None:
    body = orjson.dumps(items)
    check(body)
    events = parse_delivery(body)  # well-formed envelopes always parse
    assert [event.name for event in events] == [next(iter(item)) for item in items]
    check(gzip.compress(body))


def test_deep_nesting_inside_a_typed_object() -> None:
    # Customer and Order contain each other: absurd nesting must not escape as RecursionError.
    # Built as text: orjson.dumps stops at 255 levels, orjson.loads reads up to 1024.
    levels = 330  # 3 JSON levels each
    opening = b'{"order_id": "x", "customer_profile": {"orders": [' * levels
    body = b'[{"order_create": ' + opening + b"{}" + b"]}}" * levels + b"}]"
    (event,) = parse_delivery(body)
    assert event.name == "order_create"
    deep = b"[" * 5000 + b"]" * 5000
    check(deep)
