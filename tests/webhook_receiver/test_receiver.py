"""The framework-neutral webhook receiver: parsing, routing, dedupe, the receiver core."""

from __future__ import annotations

import asyncio
import base64
import functools
import gc
import gzip
import logging
import tracemalloc
from datetime import datetime
from typing import Any

import orjson
import pytest

from ultracart_async._errors import ConfigurationError, UltraCartError
from ultracart_async.models import Customer, Order, User, WorkflowTask
from ultracart_async.webhook_receiver import (
    DEFAULT_BODY_TIMEOUT,
    DEFAULT_MAX_EVENTS,
    EVENT_CATEGORIES,
    EVENT_NAMES,
    WebhookAuthenticationError,
    WebhookBasicAuth,
    WebhookDeduplicator,
    WebhookDeliveryError,
    WebhookEvent,
    WebhookPayloadTooLargeError,
    WebhookReceiver,
    WebhookRouter,
    decode_body,
    event_category,
    model_for_event,
    parse_delivery,
)

from ._helpers import (
    PASSWORD,
    SAMPLE,
    USER,
    basic,
    deep_order,
    flood,
    gated_router,
    gzipped_flood,
    make_receiver,
    retained_bytes,
)


def delivery(*events: tuple[str, Any]) -> bytes:
    return orjson.dumps([{name: obj} for name, obj in events])


async def chunks(data: bytes, size: int = 1000) -> Any:
    for i in range(0, len(data), size):
        yield data[i : i + size]


# ---------------------------------------------------------------------------- catalogue


def test_every_documented_event_is_known() -> None:
    # The reference's catalogue (section 6): category -> number of events.
    sizes = {
        "auto_order": 7,
        "chargeback": 3,
        "checkout": 2,
        "customer": 3,
        "fulfillment": 2,
        "item": 3,
        "order": 15,
        "storefront": 1,
        "user": 4,
        "workflow_task": 3,
    }
    assert {category: len(names) for category, names in EVENT_CATEGORIES.items()} == sizes
    assert len(EVENT_NAMES) == 43
    for name in (
        "order_create",
        "customer_update",
        "workflow_task_delete",
        "user_login",
        "screen_recording",
        "item_update",
        "auto_order_rebill",
    ):
        assert name in EVENT_NAMES
    assert event_category("order_ship_delivered") == "order"
    assert event_category("nope") is None
    assert model_for_event("customer_delete") is Customer
    assert model_for_event("order_s3_invoice") is Order
    assert model_for_event("workflow_task_update") is WorkflowTask
    assert model_for_event("user_login") is User
    assert model_for_event("item_update") is None
    assert model_for_event("auto_order_create") is None


# ---------------------------------------------------------------------------- parsing


def test_sample_order_create_delivery_parses() -> None:
    (event,) = parse_delivery(SAMPLE)
    assert event.name == "order_create" and event.known and event.category == "order"
    order = event.order
    assert isinstance(order, Order)
    assert event.object_id == "DEMO-0009103373" == order.order_id
    assert order.merchant_id == "DEMO"
    assert order.creation_dts == datetime.fromisoformat("2016-04-07T14:07:36-04:00")
    assert order.billing is not None and order.billing.last_name == "Order"
    assert order.billing.email == "adam@kontor.hu"
    assert order.items is not None and order.items[0].merchant_item_id == "Bone"
    assert order.items[0].quantity == 1
    assert order.items[0].cost is not None and order.items[0].cost.value == 20.0
    assert order.summary is not None and order.summary.total is not None
    assert order.summary.total.value == 24.56
    assert order.summary.total.localized_formatted == "$24.56"
    assert order.customer_profile is not None
    assert order.customer_profile.customer_profile_oid == 1971831
    assert event.issues == ()
    assert "adam@kontor.hu" not in repr(event)  # reprs hold no personal data


def test_older_events_object_form() -> None:
    body = orjson.dumps({"events": [{"customer_update": {"customer_profile_oid": 7}}]})
    (event,) = parse_delivery(body)
    assert event.customer is not None and event.customer.customer_profile_oid == 7


@pytest.mark.parametrize(
    ("name", "obj", "cls", "object_id"),
    [
        ("customer_create", {"customer_profile_oid": 1}, Customer, 1),
        ("order_update", {"order_id": "A-1"}, Order, "A-1"),
        ("workflow_task_update", {"workflow_task_uuid": "u-1"}, WorkflowTask, "u-1"),
        ("user_update", {"user_id": 5}, User, 5),
    ],
)
def test_typed_events(name: str, obj: dict[str, Any], cls: type, object_id: Any) -> None:
    (event,) = parse_delivery(delivery((name, obj)))
    assert isinstance(event.object, cls)
    assert event.object_id == object_id
    accessors = {
        "customer": event.customer,
        "order": event.order,
        "workflow_task": event.workflow_task,
        "user": event.user,
    }
    assert [k for k, v in accessors.items() if v is not None] == [
        {Customer: "customer", Order: "order", WorkflowTask: "workflow_task", User: "user"}[cls]
    ]


def test_unknown_and_untyped_events_are_raw_dicts() -> None:
    events = parse_delivery(
        delivery(("brand_new_event", {"x": [1, 2]}), ("item_update", {"merchant_item_id": "A"}))
    )
    assert [e.name for e in events] == ["brand_new_event", "item_update"]
    assert events[0].object == {"x": [1, 2]} and not events[0].known
    assert events[0].category is None and events[0].object_id is None
    assert events[1].object == {"merchant_item_id": "A"} and events[1].known
    assert [e.index for e in events] == [0, 1]


def test_malformed_object_is_still_delivered(caplog: pytest.LogCaptureFixture) -> None:
    body = delivery(
        ("customer_update", {"customer_profile_oid": "not-a-number", "email": "a@b.c"}),
        ("order_create", "not an object"),
        ("item_update", None),
    )
    customer, order, item = parse_delivery(body)
    assert customer.customer is not None
    assert customer.customer.customer_profile_oid is None
    assert customer.customer.extra_fields["customer_profile_oid"] == "not-a-number"
    assert customer.customer.email == "a@b.c"
    assert [i.field for i in customer.issues] == ["customer_profile_oid"]
    assert customer.object_id is None  # never deduped
    assert order.object is None and order.raw == "not an object"
    assert order.issues[0].problem == "expected object, got string"
    assert item.object is None and item.raw is None
    assert "a@b.c" not in caplog.text and "not an object" not in caplog.text


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "not valid JSON"),
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe", "not valid JSON"),
        (b'"just a string"', "got string"),
        (b"42", "got number"),
        (b"null", "got null"),
        (b'{"order_create": {}}', "without an 'events' key"),
        (b'{"events": {"a": 1}}', "'events' to be a JSON array, got object"),
        (b"[1]", "event #0 must be an object with exactly one key"),
        (b"[{}]", "got an object with 0 keys"),
        (b'[{"customer_update": {}, "order_create": {}}]', "got an object with 2 keys"),
    ],
)
def test_broken_envelopes_are_400(body: bytes, message: str) -> None:
    with pytest.raises(WebhookDeliveryError, match=message) as info:
        parse_delivery(body)
    assert info.value.status == 400
    assert isinstance(info.value, UltraCartError)


def test_empty_deliveries_and_bom() -> None:
    assert parse_delivery(b"[]") == []
    assert parse_delivery(b'{"events": []}') == []
    assert len(parse_delivery(b"\xef\xbb\xbf" + SAMPLE)) == 1


# ---------------------------------------------------------------------------- compression


def test_gzip_body() -> None:
    (event,) = parse_delivery(gzip.compress(SAMPLE), content_encoding="gzip")
    assert event.name == "order_create"
    # Recognised by content, with or without the header.
    assert len(parse_delivery(gzip.compress(SAMPLE))) == 1


def test_base64_gzip_body() -> None:
    encoded = base64.b64encode(gzip.compress(SAMPLE))
    assert encoded.startswith(b"H4sI")
    (event,) = parse_delivery(encoded)
    assert event.order is not None and event.order.order_id == "DEMO-0009103373"
    # Line-wrapped base64 (MIME style) and the URL-safe alphabet work too.
    wrapped = b"\n".join(encoded[i : i + 76] for i in range(0, len(encoded), 76)) + b"\n"
    assert len(parse_delivery(wrapped)) == 1
    urlsafe = base64.urlsafe_b64encode(gzip.compress(SAMPLE * 1))
    assert len(parse_delivery(urlsafe)) == 1


def test_base64_gzip_inside_json() -> None:
    compressed = base64.b64encode(gzip.compress(SAMPLE)).decode()
    assert len(parse_delivery(orjson.dumps(compressed))) == 1
    assert len(parse_delivery(orjson.dumps({"events": compressed}))) == 1


def test_multi_member_gzip_and_padding() -> None:
    half = b'[{"user_login": {"user_id": 1}}'
    body = gzip.compress(half) + gzip.compress(b"]") + b"\x00\x00"
    assert [e.name for e in parse_delivery(body)] == ["user_login"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (gzip.compress(SAMPLE)[:-12], "truncated"),
        (b"\x1f\x8b\x08garbage", "not valid gzip"),
        (gzip.compress(SAMPLE) + b"trailing", "not gzip"),
        (b"H4sI!!!!", "looks like base64 of gzip"),
        (base64.b64encode(b"H4sIxyz"), "not valid JSON"),  # plain base64: not gzip
        (b"H4sIAAAA", "truncated"),
    ],
)
def test_corrupt_compression_is_400(body: bytes, message: str) -> None:
    with pytest.raises(WebhookDeliveryError, match=message) as info:
        parse_delivery(body)
    assert info.value.status == 400


def test_decompression_bomb_is_capped() -> None:
    bomb = gzip.compress(b"[" + b" " * 5_000_000 + b"]")
    assert len(bomb) < 10_000
    with pytest.raises(WebhookPayloadTooLargeError) as info:
        parse_delivery(bomb, max_size=1_000_000)
    assert info.value.status == 413
    with pytest.raises(WebhookPayloadTooLargeError):
        parse_delivery(base64.b64encode(bomb), max_size=1_000_000)
    # Right at the limit is fine.
    exact = gzip.compress(b"[" + b" " * 98 + b"]")
    assert parse_delivery(exact, max_size=100) == []
    with pytest.raises(WebhookPayloadTooLargeError):
        parse_delivery(exact, max_size=99)
    with pytest.raises(WebhookPayloadTooLargeError):
        decode_body(b"[" + b" " * 100 + b"]", max_size=100)


def test_unsupported_content_encoding_is_named() -> None:
    with pytest.raises(WebhookDeliveryError, match="'br' is not supported"):
        parse_delivery(b"\x8b\x00\x01", content_encoding="br")


# ---------------------------------------------------------------------------- auth


def test_basic_auth() -> None:
    auth = WebhookBasicAuth(USER, PASSWORD)
    assert auth.verify(basic()["Authorization"])
    assert auth.verify(basic()["Authorization"].replace("Basic", "basic"))
    assert not auth.verify(None)
    assert not auth.verify("")
    assert not auth.verify(basic(password="wrong")["Authorization"])
    assert not auth.verify(basic(user="other")["Authorization"])
    assert not auth.verify(basic(password=PASSWORD + "x")["Authorization"])
    assert not auth.verify("Bearer " + PASSWORD)
    assert not auth.verify("Basic !!!notbase64")
    assert not auth.verify("Basic " + base64.b64encode(b"no-colon").decode())
    assert not auth.verify("Basic ")
    assert not auth.verify("Basic \u00e9")
    assert PASSWORD not in repr(auth) and "redacted" in repr(auth)
    assert not hasattr(auth, "password") and not hasattr(auth, "__dict__")
    with pytest.raises(ConfigurationError):
        WebhookBasicAuth("", "x")
    with pytest.raises(ConfigurationError):
        WebhookBasicAuth("a:b", "x")
    with pytest.raises(ConfigurationError):
        WebhookBasicAuth("a", "")


def test_basic_auth_from_env() -> None:
    env = {"ULTRACART_WEBHOOK_USERNAME": USER, "ULTRACART_WEBHOOK_PASSWORD": PASSWORD}
    assert WebhookBasicAuth.from_env(env).verify(basic()["Authorization"])
    with pytest.raises(ConfigurationError, match="ULTRACART_WEBHOOK_PASSWORD"):
        WebhookBasicAuth.from_env({})


# ---------------------------------------------------------------------------- router


async def test_router_matching_order_and_fallback(caplog: pytest.LogCaptureFixture) -> None:
    router = WebhookRouter()
    seen: list[str] = []

    @router.on("customer_update")
    async def exact(event: WebhookEvent) -> None:
        seen.append(f"exact:{event.name}")

    @router.on("customer_*", "order_create")
    async def category(event: WebhookEvent) -> None:
        seen.append(f"category:{event.name}")

    @router.fallback
    async def rest(event: WebhookEvent) -> None:
        seen.append(f"fallback:{event.name}")

    for name in ("customer_update", "customer_create", "order_create", "user_login", "zzz"):
        await router.dispatch(WebhookEvent(name=name, object=None, raw=None))
    assert seen == [
        "exact:customer_update",
        "category:customer_update",
        "category:customer_create",
        "category:order_create",
        "fallback:user_login",
        "fallback:zzz",
    ]
    assert router.handlers_for("customer_update") == (exact, category)

    star = WebhookRouter()
    star.add("*", rest)
    assert star.handlers_for("anything") == (rest,)
    assert WebhookRouter().handlers_for("x") == ()

    with caplog.at_level(logging.WARNING, "ultracart_async.webhooks"):
        router.add("customer_updat", rest)
    assert "customer_updat" in caplog.text


def test_router_refuses_bad_registrations() -> None:
    router = WebhookRouter()

    def sync_handler(event: WebhookEvent) -> None: ...

    async def handler(event: WebhookEvent) -> None: ...

    with pytest.raises(ConfigurationError, match="async"):
        router.add("order_create", sync_handler)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="only at the end"):
        router.add("*_update", handler)
    with pytest.raises(ConfigurationError):
        router.add("", handler)
    with pytest.raises(ConfigurationError):
        router.on()
    router.fallback(handler)
    with pytest.raises(ConfigurationError, match="already"):
        router.fallback(handler)


# ---------------------------------------------------------------------------- dedupe


def test_dedupe_keys() -> None:
    def key(name: str, obj: Any) -> bytes | None:
        return WebhookDeduplicator.key(parse_delivery(delivery((name, obj)))[0])

    v1 = {"customer_profile_oid": 1, "last_modified_dts": "2024-01-01T00:00:00Z"}
    customer = key("customer_update", v1)
    assert isinstance(customer, bytes) and len(customer) == 32  # a SHA-256 digest
    # The same version of the same object is a redelivery, whatever else changed...
    assert key("customer_update", {**v1, "email": "other@example.com"}) == customer
    # ...a later update of the same object is a new event, and so is another object.
    assert key("customer_update", {**v1, "last_modified_dts": "2024-01-01T00:00:01Z"}) != customer
    assert key("customer_update", {**v1, "customer_profile_oid": 2}) != customer
    assert key("customer_create", v1) != customer
    assert key("customer_update", {**v1, "customer_profile_oid": "1"}) is None  # bad id
    task = key("workflow_task_update", {"workflow_task_uuid": "t", "last_update_dts": "x"})
    assert task == key("workflow_task_update", {"workflow_task_uuid": "t", "last_update_dts": "x"})
    assert task != key("workflow_task_update", {"workflow_task_uuid": "t", "last_update_dts": "y"})
    # Orders and users have no timestamp: their content is the version (key order aside).
    order_a = key("order_update", {"order_id": "A", "b": 1, "c": 2})
    order_b = key("order_update", {"c": 2, "b": 1, "order_id": "A"})
    order_c = key("order_update", {"order_id": "A", "b": 9})
    assert order_a == order_b != order_c
    assert key("user_update", {"user_id": 5, "a": 1}) != key("user_update", {"user_id": 5, "a": 2})
    assert key("item_update", {"merchant_item_oid": 3}) is None
    assert key("customer_update", {"email": "x"}) is None
    assert key("user_update", {"user_id": True}) is None


def test_dedupe_key_never_fails() -> None:
    def key(body: bytes) -> bytes | None:
        return WebhookDeduplicator.key(parse_delivery(body)[0])

    deep = key(deep_order(300))
    assert deep is not None and len(deep) == 32
    # Still a key with the same meaning: the same content is the same key, any change is new.
    assert key(deep_order(300)) == deep
    assert key(deep_order(300, tail=1)) != deep
    assert key(deep_order(301)) != deep
    assert key(deep_order(300, order_id="B")) != deep
    # Values the JSON encoder refuses, in objects built by hand: a key all the same.
    cycle: list[Any] = [1]
    cycle.append(cycle)
    for raw in (
        {"order_id": "A", "n": 10**5000},
        {"order_id": "A", "s": "\ud800"},
        {"order_id": "A", 7: "non-str key"},
        {"order_id": "A", "o": object()},
        {"order_id": "A", "cycle": cycle},
    ):
        event = WebhookEvent(name="order_update", object=Order(order_id="A"), raw=raw)
        first = WebhookDeduplicator.key(event)
        assert first is not None and len(first) == 32
        assert WebhookDeduplicator.key(event) == first
    one = WebhookEvent(name="order_update", object=Order(order_id="A"), raw={"n": 10**400, "a": 1})
    same = WebhookEvent(name="order_update", object=Order(order_id="A"), raw={"a": 1, "n": 10**400})
    other = WebhookEvent(
        name="order_update", object=Order(order_id="A"), raw={"a": 1, "n": 10**401}
    )
    assert WebhookDeduplicator.key(one) == WebhookDeduplicator.key(same)
    assert WebhookDeduplicator.key(one) != WebhookDeduplicator.key(other)


async def test_dedupe_memory_is_bounded_in_bytes(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.ERROR, "ultracart_async")  # kept log records would count too
    # 20 deliveries (and one to warm up), each an order with a 256 KiB id and a customer with
    # a 256 KiB timestamp: keys holding them would keep 10 MiB once the events are gone.
    size = 256 * 1024
    bodies = [
        delivery(
            ("customer_update", {"customer_profile_oid": n, "last_modified_dts": "t" * size}),
            ("order_update", {"order_id": str(n).ljust(size, "x")}),
        )
        for n in range(21)
    ]
    # A router without handlers: nothing of the test keeps an event.
    receiver = WebhookReceiver(
        WebhookRouter(), basic_auth=(USER, PASSWORD), dedupe=WebhookDeduplicator()
    )
    await receiver.handle(bodies.pop(), basic())  # warm up the models' compiled code

    async def deliver_all() -> None:
        for body in bodies:
            result = await receiver.handle(body, basic())
            assert orjson.loads(result.body)["handled"] == 2

    grown = await retained_bytes(deliver_all)
    assert receiver.dedupe is not None and len(receiver.dedupe) == 42
    assert grown < 64 * 1024, f"the receiver kept {grown} bytes for 40 dedupe keys"


async def test_receiver_dedupe_of_an_event_too_deep_for_the_json_encoder() -> None:
    # Inline mode: was a 500 on every redelivery (the key raised).
    receiver, seen = make_receiver(dedupe=WebhookDeduplicator())
    first = await receiver.handle(deep_order(300), basic())
    again = await receiver.handle(deep_order(300), basic())
    newer = await receiver.handle(deep_order(300, tail=1), basic())
    assert (first.status, again.status, newer.status) == (200, 200, 200)
    assert orjson.loads(first.body) == {"received": 1, "handled": 1, "duplicates": 0}
    assert orjson.loads(again.body) == {"received": 1, "handled": 0, "duplicates": 1}
    assert orjson.loads(newer.body)["handled"] == 1
    assert len(seen) == 2


async def test_queue_mode_dedupe_of_an_event_too_deep_for_the_json_encoder() -> None:
    # Queue mode: handle() raised.
    receiver, seen = make_receiver(mode="queue", dedupe=WebhookDeduplicator())
    async with receiver:
        first = await receiver.handle(deep_order(300), basic())
        again = await receiver.handle(deep_order(300), basic())
    assert orjson.loads(first.body) == {"received": 1, "queued": 1, "duplicates": 0}
    assert orjson.loads(again.body) == {"received": 1, "queued": 0, "duplicates": 1}
    assert len(seen) == 1


def test_dedupe_lru_is_bounded() -> None:
    dedupe = WebhookDeduplicator(max_keys=2)
    a, b, c = b"a" * 32, b"b" * 32, b"c" * 32
    assert dedupe.claim(a) and dedupe.claim(b)
    assert not dedupe.claim(a)  # refreshes a
    assert dedupe.claim(c)  # evicts b, the least recently seen
    assert len(dedupe) == 2
    assert dedupe.claim(b)
    dedupe.release(b)
    assert dedupe.claim(b)
    with pytest.raises(ConfigurationError):
        WebhookDeduplicator(0)


# ---------------------------------------------------------------------------- receiver core


async def test_receiver_accepts_a_delivery() -> None:
    receiver, seen = make_receiver()
    result = await receiver.handle(SAMPLE, basic())
    assert result.status == 200
    assert orjson.loads(result.body) == {"received": 1, "handled": 1, "duplicates": 0}
    assert [e.name for e in seen] == ["order_create"]
    # Chunked bodies, and lower-case header names in a plain dict.
    result = await receiver.handle(chunks(SAMPLE), {"authorization": basic()["Authorization"]})
    assert result.status == 200 and len(seen) == 2


@pytest.mark.parametrize(
    "headers", [{}, basic(password="wrong"), basic(user="someone"), {"Authorization": "Bearer x"}]
)
async def test_receiver_refuses_bad_credentials(headers: dict[str, str]) -> None:
    receiver, seen = make_receiver()
    result = await receiver.handle(SAMPLE, headers)
    assert result.status == 401
    assert result.headers["WWW-Authenticate"].startswith('Basic realm="')
    assert seen == []
    with pytest.raises(WebhookAuthenticationError) as info:
        receiver.authenticate(headers)
    assert info.value.status == 401


async def test_receiver_without_auth_warns(caplog: pytest.LogCaptureFixture) -> None:
    receiver, _ = make_receiver(basic_auth=None)
    assert "without authentication" in caplog.text
    assert (await receiver.handle(SAMPLE, {})).status == 200


async def test_receiver_size_limit() -> None:
    receiver, _ = make_receiver(max_body_size=len(SAMPLE) - 1)
    # With Content-Length: refused before reading.
    headers = {**basic(), "Content-Length": str(len(SAMPLE))}
    result = await receiver.handle(chunks(SAMPLE), headers)
    assert result.status == 413
    # Without Content-Length: refused while reading.
    assert (await receiver.handle(chunks(SAMPLE), basic())).status == 413
    assert (await receiver.handle(SAMPLE, basic())).status == 413
    assert (await receiver.handle(SAMPLE, {**basic(), "Content-Length": "x"})).status == 400


async def test_receiver_bad_json_is_400_with_a_message() -> None:
    receiver, _ = make_receiver()
    result = await receiver.handle(b"{oops", basic())
    assert result.status == 400
    assert "not valid JSON" in orjson.loads(result.body)["error"]
    result = await receiver.handle(b'{"x": 1}', basic())
    assert result.status == 400
    assert "'events'" in orjson.loads(result.body)["error"]


async def test_receiver_handler_failure_is_500(caplog: pytest.LogCaptureFixture) -> None:
    receiver, seen = make_receiver()
    body = delivery(
        ("item_update", {"n": 1}), ("item_update", {"fail": True}), ("item_update", {"n": 3})
    )
    result = await receiver.handle(body, basic())
    assert result.status == 500
    assert "#1 'item_update'" in orjson.loads(result.body)["error"]
    assert [e.raw["n"] for e in seen] == [1]  # stopped at the failure
    assert "handler exploded" in caplog.text  # logged with its traceback


async def test_receiver_handler_timeout_is_500() -> None:
    router = WebhookRouter()

    @router.on("item_update")
    async def slow(event: WebhookEvent) -> None:
        await asyncio.sleep(10)

    receiver = WebhookReceiver(router, basic_auth=None, handler_timeout=0.05)
    result = await receiver.handle(delivery(("item_update", {})), {})
    assert result.status == 500 and b"did not finish" in result.body


async def test_receiver_handler_timeout_error_is_a_failure() -> None:
    router = WebhookRouter()

    @router.on("item_update")
    async def times_out(event: WebhookEvent) -> None:
        raise TimeoutError("an HTTP call of the handler timed out")

    receiver = WebhookReceiver(router, basic_auth=None)
    result = await receiver.handle(delivery(("item_update", {})), {})
    assert result.status == 500 and b"a handler failed" in result.body


async def test_receiver_unreadable_body_is_400() -> None:
    async def broken() -> Any:
        yield b"[{"
        raise ConnectionResetError("peer went away")

    receiver, _ = make_receiver()
    result = await receiver.handle(broken(), basic())
    assert result.status == 400 and b"ConnectionResetError" in result.body


async def test_receiver_dedupe() -> None:
    receiver, seen = make_receiver(dedupe=WebhookDeduplicator())
    v1 = {"customer_profile_oid": 9, "last_modified_dts": "2024-05-01T10:00:00Z"}
    v2 = {"customer_profile_oid": 9, "last_modified_dts": "2024-05-01T10:00:05Z"}
    first = await receiver.handle(delivery(("customer_update", v1)), basic())
    again = await receiver.handle(delivery(("customer_update", v1)), basic())
    newer = await receiver.handle(delivery(("customer_update", v2)), basic())
    assert orjson.loads(first.body)["handled"] == 1
    assert orjson.loads(again.body) == {"received": 1, "handled": 0, "duplicates": 1}
    assert orjson.loads(newer.body)["handled"] == 1
    assert [e.raw["last_modified_dts"] for e in seen] == [
        "2024-05-01T10:00:00Z",
        "2024-05-01T10:00:05Z",
    ]


async def test_dedupe_does_not_drop_a_redelivery_after_a_failure() -> None:
    receiver, _ = make_receiver(dedupe=WebhookDeduplicator())
    failing = delivery(("order_update", {"order_id": "A", "fail": True}))
    assert (await receiver.handle(failing, basic())).status == 500
    assert (await receiver.handle(failing, basic())).status == 500  # not dropped as a dupe
    assert receiver.dedupe is not None and len(receiver.dedupe) == 0


async def test_queue_mode_accepts_then_handles() -> None:
    receiver, seen = make_receiver(mode="queue", queue_size=10)
    async with receiver:
        result = await receiver.handle(SAMPLE, basic())
        assert result.status == 200
        assert orjson.loads(result.body) == {"received": 1, "queued": 1, "duplicates": 0}
        for _ in range(100):
            if seen:
                break
            await asyncio.sleep(0.01)
        assert [e.name for e in seen] == ["order_create"]
    assert receiver.closed
    assert (await receiver.handle(SAMPLE, basic())).status == 503


async def test_queue_mode_full_queue_is_503() -> None:
    gate = asyncio.Event()
    handled: list[int] = []
    router = gated_router(gate, handled)
    dedupe = WebhookDeduplicator()
    receiver = WebhookReceiver(router, basic_auth=None, mode="queue", queue_size=3, dedupe=dedupe)
    async with receiver:
        two = delivery(("item_update", {"n": 1}), ("item_update", {"n": 2}))
        assert (await receiver.handle(two, {})).status == 200
        await asyncio.sleep(0)  # the worker takes event 1; event 2 waits
        three = delivery(*[("item_update", {"n": n}) for n in (3, 4, 5)])
        full = await receiver.handle(three, {})
        assert full.status == 503 and full.headers["Retry-After"] == "30"
        assert b"queue is full" in full.body
        one = delivery(("item_update", {"n": 3}))
        assert (await receiver.handle(one, {})).status == 200  # fits: taken whole
        gate.set()
    assert handled == [1, 2, 3]  # aclose() drained the queue; 4 and 5 were never taken


async def test_queue_mode_503_releases_dedupe_keys() -> None:
    receiver, _ = make_receiver(mode="queue", queue_size=1, dedupe=WebhookDeduplicator())
    body = delivery(("order_create", {"order_id": "A"}), ("order_create", {"order_id": "B"}))
    async with receiver:
        assert (await receiver.handle(body, basic())).status == 503
        assert receiver.dedupe is not None and len(receiver.dedupe) == 0


async def test_queue_mode_close_logs_lost_events(caplog: pytest.LogCaptureFixture) -> None:
    router = WebhookRouter()

    @router.on("item_update")
    async def stuck(event: WebhookEvent) -> None:
        await asyncio.sleep(10)

    receiver = WebhookReceiver(router, basic_auth=None, mode="queue")
    await receiver.start()
    body = delivery(("item_update", {}), ("item_update", {}))
    assert (await receiver.handle(body, {})).status == 200
    await asyncio.sleep(0)
    assert receiver.pending == 2
    await receiver.aclose(drain_timeout=0.05)
    assert "2 accepted events unhandled" in caplog.text
    assert "'item_update': 2" in caplog.text


async def test_queue_mode_handler_failure_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    receiver, seen = make_receiver(mode="queue")
    async with receiver:
        body = delivery(("item_update", {"fail": True}), ("item_update", {"ok": 1}))
        assert (await receiver.handle(body, basic())).status == 200
    assert "will not redeliver" in caplog.text
    assert [e.raw for e in seen] == [{"ok": 1}]


# ---------------------------------------------------------------------------- floods


@functools.cache
def test_max_events_default() -> None:
    assert DEFAULT_MAX_EVENTS == 10_000
    receiver, _ = make_receiver()
    assert receiver.max_events == 10_000
    assert len(parse_delivery(flood(10_000))) == 10_000
    with pytest.raises(WebhookPayloadTooLargeError, match="more than 10000 events") as info:
        parse_delivery(flood(10_001))
    assert info.value.status == 413


FLOODS = {
    "array": lambda: flood(1_100_000),
    "events-object": lambda: flood(1_100_000, wrapped=True),
    "gzip": gzipped_flood,
    "base64-gzip": lambda: base64.b64encode(gzipped_flood()),
    "base64-gzip-in-events": lambda: orjson.dumps(
        {"events": base64.b64encode(gzipped_flood()).decode()}
    ),
}


@pytest.mark.parametrize("form", FLOODS)
async def test_max_events_is_checked_before_any_event_is_built(form: str) -> None:
    # 1.1 million events in 9.9 MB (20 KB of gzip): parsed whole, they took ~400 MiB.
    body = FLOODS[form]()
    receiver, seen = make_receiver()
    gc.collect()
    tracemalloc.start()
    try:
        result = await receiver.handle(body, basic())
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.status == 413
    assert orjson.loads(result.body) == {
        "error": "the delivery holds more than 10000 events (the receiver's max_events)"
    }
    assert seen == []
    # The decompressed text itself, twice at most: no event, no JSON object was built.
    assert peak < 3 * len(flood(1_100_000)), f"peak {peak} bytes"


@pytest.mark.parametrize("events", [3, 4])
def test_max_events_is_exact(events: int) -> None:
    # Commas in strings, nested arrays and other keys do not count; the event array's do.
    item = {"item_update": {"note": "a,b,c,d", "list": [1, 2, 3, 4, 5]}}
    for body in (
        orjson.dumps([item] * events),
        orjson.dumps({"x": [1, 2, 3, 4, 5, 6], "events": [item] * events, "y": "[,,,,]"}),
        orjson.dumps({"events ": [1] * 9, "events": [item] * events}),
    ):
        if events <= 3:
            assert len(parse_delivery(body, max_events=3)) == events
        else:
            with pytest.raises(WebhookPayloadTooLargeError, match="more than 3 events"):
                parse_delivery(body, max_events=3)


def test_max_events_when_the_events_key_is_escaped() -> None:
    # The scan looks for the literal "events"; the count after parsing catches the rest.
    body = b'{"\\u0065vents": [' + b",".join([b'{"a": 1}'] * 5) + b"]}"
    with pytest.raises(WebhookPayloadTooLargeError, match="more than 4 events"):
        parse_delivery(body, max_events=4)
    assert len(parse_delivery(body, max_events=5)) == 5


async def test_receiver_max_events_setting() -> None:
    receiver, seen = make_receiver(max_events=2)
    two = delivery(("item_update", {"n": 1}), ("item_update", {"n": 2}))
    three = delivery(*[("item_update", {"n": n}) for n in range(3)])
    assert (await receiver.handle(two, basic())).status == 200
    result = await receiver.handle(three, basic())
    assert result.status == 413 and b"more than 2 events" in result.body
    assert len(seen) == 2


# ---------------------------------------------------------------------------- slow bodies


class TrickledBody:
    """A body whose first chunk arrives and whose rest never does; records what happened."""

    def __init__(self, first: bytes = b'[{"item_update": ') -> None:
        self.first = first
        self.reads = 0
        self.closed = False

    async def chunks(self) -> Any:
        try:
            self.reads += 1
            yield self.first
            self.reads += 1
            await asyncio.Event().wait()  # the sender stalls for ever
            yield b"never"
        finally:
            self.closed = True


def test_body_timeout_default() -> None:
    assert DEFAULT_BODY_TIMEOUT == 20.0
    receiver, _ = make_receiver()
    assert receiver.body_timeout == 20.0


async def test_slow_body_is_408() -> None:
    receiver, seen = make_receiver(body_timeout=0.05)
    body = TrickledBody()
    async with asyncio.timeout(30):  # a hang guard, not a speed check
        result = await receiver.handle(body.chunks(), basic())
    assert result.status == 408
    assert orjson.loads(result.body) == {"error": "the body did not arrive within 0.05 s"}
    assert body.reads == 2 and body.closed  # read as far as it came, then closed
    assert seen == []
    with pytest.raises(WebhookDeliveryError) as info:
        await receiver.read_body(TrickledBody().chunks(), {})
    assert info.value.status == 408


async def test_a_timeout_of_the_body_itself_is_not_the_deadline() -> None:
    async def failing() -> Any:
        yield b"["
        raise TimeoutError("the framework's own read timeout")

    receiver, _ = make_receiver(body_timeout=30)
    result = await receiver.handle(failing(), basic())
    assert result.status == 400 and b"could not be read (TimeoutError)" in result.body


async def test_credentials_are_checked_before_the_body_is_read() -> None:
    receiver, _ = make_receiver(body_timeout=0.05)
    body = TrickledBody(first=gzip.compress(b"[" + b" " * 10_000_000 + b"]"))
    for headers in ({}, basic(password="wrong")):
        result = await receiver.handle(body.chunks(), headers)
        assert result.status == 401  # at once: not a 408 after waiting for the body
    assert body.reads == 0


async def test_a_body_refused_mid_way_is_closed() -> None:
    receiver, _ = make_receiver(max_body_size=10)
    body = TrickledBody(first=b"[" * 11)
    result = await receiver.handle(body.chunks(), basic())
    assert result.status == 413 and body.closed


# ---------------------------------------------------------------------------- bounded


async def test_router_memory_is_bounded_whatever_the_event_names(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.ERROR, "ultracart_async")
    receiver = WebhookReceiver(WebhookRouter(), basic_auth=None)
    bodies = [delivery((f"{n}".ljust(100_000, "e"), {})) for n in range(51)]
    await receiver.handle(bodies.pop(), {})

    async def deliver_all() -> None:
        for body in bodies:
            assert (await receiver.handle(body, {})).status == 200

    grown = await retained_bytes(deliver_all)
    assert grown < 64 * 1024, f"the router kept {grown} bytes for 50 event names"


async def test_long_event_names_are_bounded_in_answers_and_logs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    receiver, _ = make_receiver()
    name = "evil\x1b[2J" + "n" * 1_000_000
    result = await receiver.handle(delivery((name, {"fail": True})), basic())
    assert result.status == 500
    assert len(result.body) < 300 and b"\x1b" not in result.body
    assert all(len(record.getMessage()) < 1_000 for record in caplog.records)
    event = parse_delivery(delivery((name, {})))[0]
    assert len(repr(event)) < 300


def test_receiver_configuration_errors() -> None:
    router = WebhookRouter()
    with pytest.raises(ConfigurationError):
        WebhookReceiver(router, basic_auth="user:pw")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError):
        WebhookReceiver(router, basic_auth=("user",))  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError):
        WebhookReceiver(router, basic_auth=None, max_body_size=0)
    with pytest.raises(ConfigurationError):
        WebhookReceiver(router, basic_auth=None, mode="threads")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError):
        WebhookReceiver(router, basic_auth=None, handler_timeout=0)
    with pytest.raises(ConfigurationError, match="max_events must be a positive int"):
        WebhookReceiver(router, basic_auth=None, max_events=0)
    with pytest.raises(ConfigurationError, match="max_events must be a positive int"):
        parse_delivery(b"[]", max_events=0)
    with pytest.raises(ConfigurationError, match="body_timeout must be a number > 0"):
        WebhookReceiver(router, basic_auth=None, body_timeout=0)
    with pytest.raises(ConfigurationError, match="body_timeout"):
        WebhookReceiver(router, basic_auth=None, body_timeout="20")  # type: ignore[arg-type]
    assert WebhookReceiver(router, basic_auth=None, body_timeout=None).body_timeout is None
    with pytest.raises(ConfigurationError):
        WebhookReceiver(object(), basic_auth=None)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- secrets


async def test_passwords_never_in_logs_or_reprs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    receiver, _ = make_receiver(dedupe=WebhookDeduplicator())
    header = basic()["Authorization"]
    token = header.split()[1]
    wrong = basic(password=PASSWORD + "-typo")["Authorization"]
    for body, headers in [
        (SAMPLE, basic()),
        (SAMPLE, {"Authorization": wrong}),
        (b"{bad", basic()),
        (delivery(("item_update", {"fail": True})), basic()),
        (SAMPLE * 2, basic()),
    ]:
        await receiver.handle(body, headers)
    texts = [caplog.text, repr(receiver), repr(receiver.basic_auth), str(vars(caplog))]
    for text in texts:
        assert PASSWORD not in text
        assert token not in text
        assert wrong.split()[1] not in text
    assert "redacted" in repr(receiver)


async def test_queue_mode_closed_while_reading_a_body_stays_closed() -> None:
    receiver, seen = make_receiver(mode="queue", queue_size=10)
    await receiver.start()
    reading = asyncio.Event()
    release = asyncio.Event()

    async def slow_body() -> Any:
        reading.set()
        await release.wait()
        yield SAMPLE

    pending = asyncio.create_task(receiver.handle(slow_body(), basic()))
    await reading.wait()
    await receiver.aclose()  # shutdown while the delivery's body is still arriving
    release.set()
    result = await pending
    assert result.status == 503  # UltraCart will deliver it again
    assert receiver.closed
    assert receiver._worker_tasks == []
    assert seen == []
