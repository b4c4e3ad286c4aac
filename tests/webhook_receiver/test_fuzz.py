"""Property-based fuzzing of the neutral parser: it returns events or raises
WebhookDeliveryError, never anything else."""

from __future__ import annotations

import base64
import gzip
import threading
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ultracart_async.webhook_receiver import (
    EVENT_NAMES,
    WebhookDeliveryError,
    WebhookEvent,
    WebhookPayloadTooLargeError,
    parse_delivery,
)
from ultracart_async.webhook_receiver._parse import _more_events_than

from .._strategies import json_values as shared_json_values
from .._strategies import model_objects

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = shared_json_values(max_size=5, key_size=12, max_leaves=30)
objects = model_objects(json_values, key_size=8, max_size=8)
event_names = st.sampled_from(sorted(EVENT_NAMES)) | st.text(max_size=15)
deliveries = st.lists(
    st.builds(lambda name, obj: {name: obj}, event_names, objects | json_values),
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


# ---------------------------------------------------------------------------- max_events


def event_count(value: Any) -> int | None:
    """How many items the delivery's event array has; None if it has none."""
    if isinstance(value, list):
        return len(value)
    if isinstance(value, dict) and isinstance(value.get("events"), list):
        return len(value["events"])
    return None


envelopes = (
    deliveries
    | json_values
    | st.builds(
        lambda events, other: {**other, "events": events},
        deliveries | json_values,
        st.dictionaries(st.sampled_from(["events ", "Events", "x", '"events"']), json_values),
    )
)


@FUZZ
@given(envelopes, st.integers(min_value=1, max_value=5), st.booleans())
def test_the_event_count_scan_agrees_with_the_parser(value: Any, limit: int, indent: bool) -> None:
    # The scan that enforces max_events before parsing: exact on any JSON the encoder writes,
    # whatever the strings hold ("[", ",", quotes, backslashes, the word "events").
    body = orjson.dumps(value, option=orjson.OPT_INDENT_2 if indent else 0)
    count = event_count(value)
    assert _more_events_than(body, limit) == (count is not None and count > limit)
    if count is not None and count > limit:
        with pytest.raises(WebhookPayloadTooLargeError, match=f"more than {limit} events"):
            parse_delivery(body, max_events=limit)


def test_the_scan_is_linear_on_unterminated_strings() -> None:
    # A quote, then escaped quotes to the end: a backtracking string pattern restarting at
    # each quote would take hours on this; the scan must finish (30 s is a hang guard).
    body = b"[" + b"," * 20 + b'"' + b'\\"' * 200_000
    done = threading.Event()
    result: list[bool] = []

    def scan() -> None:
        result.append(_more_events_than(body, 10))
        done.set()

    threading.Thread(target=scan, daemon=True).start()
    assert done.wait(30), "the scan did not finish"
    assert result == [True]  # 21 items before the string: over the limit of 10
