"""Bad input (issue 10): property-based fuzzing of the response parser (malformed JSON, wrong
types, huge numbers, deep nesting, missing envelopes, random statuses and headers) and of the
webhook receiver (random bodies and headers). Only the SDK's documented errors come out, or the
record is delivered as the bad-record rule says; nothing hangs and nothing else escapes.

The server and the event loop live for the whole module (a sync hypothesis test drives them
through an ``asyncio.Runner``), so each example costs one request, not a server start.
Derandomized: every run tries the same examples. Each fuzz test runs its examples itself and
then checks what they reached, so its figures and checks depend on no other test.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Iterator
from typing import Any

import attrs
import orjson
import pytest
from aiohttp import web
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ultracart_async import (
    APIError,
    APIResponseValidationError,
    APIStatusError,
    NotFoundError,
    Page,
    PaginationError,
    RetryPolicy,
    Timeouts,
    TokenBucketLimiter,
    UltraCartClient,
)
from ultracart_async.models import Customer
from ultracart_async.webhook_receiver import (
    WebhookEvent,
    WebhookReceiver,
    WebhookResponse,
    WebhookRouter,
)

from ._strategies import json_values as shared_json_values
from ._strategies import model_objects

EXAMPLES = 150
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
KEY = "fuzz-simple-key-0123456789"
#: Every example must end well within this; a hang fails the test instead of stalling CI.
HANG = 10.0


# ----------------------------------------------------------------------------- strategies

json_values = shared_json_values(max_size=4, key_size=10, max_leaves=25)
records = model_objects(json_values, key_size=6, max_size=6) | json_values
result_sets = st.fixed_dictionaries(
    {},
    optional={
        "total_records": json_values | st.integers(min_value=0, max_value=10**15),
        "more": json_values,
        "next_offset": json_values | st.integers(min_value=-5, max_value=10**6),
        "limit": json_values | st.integers(min_value=-5, max_value=500),
        "offset": json_values,
        "count": json_values,
    },
)


@st.composite
def envelopes(draw: st.DrawFn) -> dict[str, Any]:
    envelope: dict[str, Any] = {}
    if draw(st.booleans()):
        envelope["customer"] = draw(records)
    if draw(st.booleans()):
        envelope["customers"] = draw(st.lists(records, max_size=5) | json_values)
    if draw(st.booleans()):
        envelope["metadata"] = draw(
            st.fixed_dictionaries({"result_set": result_sets}) | json_values
        )
    if draw(st.booleans()):
        envelope["error"] = draw(json_values)
    envelope["success"] = draw(json_values)
    return envelope


def _deep(levels: int) -> bytes:
    # Customer -> orders -> customer_profile -> orders ...: structure must not recurse away.
    opening = b'{"customer_profile_oid": 1, "orders": [{"order_id": "x", "customer_profile": '
    return b'{"customer": ' + opening * levels + b"{}" + b"}]}" * levels + b"}"


SPECIAL_BODIES = [
    b"",
    b" ",
    b"null",
    b"[]",
    b"{}",
    b'{"customer": null}',
    b'{"customers": {}}',
    b'{"customers": [1, "two", null, [], {"customer_profile_oid": "3"}]}',
    b'{"customer": {"customer_profile_oid": 1' + b"0" * 400 + b"}}",
    b'{"customer": {"customer_profile_oid": 1e400}}',
    b'{"customer": {"customer_profile_oid": -1' + b"0" * 30 + b"}}",
    b'{"customers": [], "metadata": {"result_set": {"total_records": 1' + b"0" * 30 + b"}}}",
    b"[" * 5000 + b"]" * 5000,
    b'{"a":' * 2000 + b"1" + b"}" * 2000,
    _deep(300),
    b"<html><body>502 Bad Gateway</body></html>",
    b"\xff\xfe\x00garbage",
    b'{"customer": {"email": "\\ud800"}}',
]

statuses = st.sampled_from([200, 200, 200, 200, 201, 204, 400, 401, 404, 409, 410, 429, 500, 503])
header_text = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=40)
retry_afters = (
    st.sampled_from(
        ["0", "1", "-1", "nan", "inf", "1e308", "Fri, 31 Dec 9999 23:59:59 GMT", "soon", ""]
    )
    | header_text
)
response_headers = st.fixed_dictionaries(
    {},
    optional={
        "UC-REST-ERROR": header_text,
        "Retry-After": retry_afters,
        "X-UltraCart-Request-Id": header_text,
        "Content-Type": st.sampled_from(["application/json", "text/html", "x/y"]),
    },
)
bodies = (
    st.sampled_from(SPECIAL_BODIES)
    | st.binary(max_size=200)
    | json_values.map(orjson.dumps)
    | envelopes().map(orjson.dumps)
)
OPERATIONS = ("get", "first_page", "export", "insert", "raw")
operations = st.sampled_from(OPERATIONS)


# ----------------------------------------------------------------------------- the rig


@attrs.define
class Canned:
    status: int = 200
    headers: dict[str, str] = attrs.field(factory=dict)
    body: bytes = b"{}"


@attrs.define
class Rig:
    runner: asyncio.Runner
    canned: Canned
    base_url: str
    requests: int = 0


@pytest.fixture(scope="module")
def rig() -> Iterator[Rig]:
    runner = asyncio.Runner()
    canned = Canned()
    holder: dict[str, Rig] = {}

    async def handler(request: web.Request) -> web.StreamResponse:
        await request.read()
        holder["rig"].requests += 1
        body = b"" if canned.status == 204 else canned.body
        return web.Response(status=canned.status, body=body, headers=canned.headers)

    async def start() -> web.AppRunner:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", handler)
        app_runner = web.AppRunner(app, access_log=None)
        await app_runner.setup()
        await web.TCPSite(app_runner, "127.0.0.1", 0).start()
        return app_runner

    app_runner = runner.run(start())
    port = app_runner.addresses[0][1]
    holder["rig"] = Rig(runner, canned, f"http://127.0.0.1:{port}/rest/v2")
    try:
        yield holder["rig"]
    finally:
        runner.run(app_runner.cleanup())
        runner.close()


def client(base_url: str) -> UltraCartClient:
    return UltraCartClient(
        simple_key=KEY,
        base_url=base_url,
        limiter=TokenBucketLimiter((), max_in_flight=2),
        retry=RetryPolicy(max_attempts=1),  # one request per call: the parser is the subject
        timeouts=Timeouts(read=2.0, total=3.0),
    )


def check_customer(customer: Any) -> None:
    assert isinstance(customer, Customer)
    repr(customer)
    oid = customer.customer_profile_oid
    assert oid is None or (isinstance(oid, int) and not isinstance(oid, bool))


async def run_operation(rig: Rig, operation: str) -> APIError | PaginationError | None:
    """Run one operation against the canned answer: ``None`` if it succeeded, else the SDK
    error it raised. Nothing else is caught: any other exception fails the example."""
    async with client(rig.base_url) as uc, asyncio.timeout(HANG):
        try:
            if operation == "get":
                check_customer(await uc.customers.get(1))
            elif operation == "first_page":
                page: Page[Customer] = await uc.customers.list(page_size=5)
                for customer in page.items:  # the bad-record rule: items are Customers
                    check_customer(customer)
                assert len(page.items) <= page.count
            elif operation == "export":
                n = 0
                async for customer in uc.customers.export(concurrency=2, page_size=5):
                    check_customer(customer)
                    n += 1
                    if n > 200:  # a canned page repeats for ever by design: enough
                        break
            elif operation == "insert":
                check_customer(await uc.customers.insert({"email": "a@example.com"}))
            else:
                response = await uc.request("GET", "/customer/customers")
                repr(response)
        except (APIError, PaginationError) as exc:
            error: APIError | PaginationError = exc
        else:
            return None
    assert str(error)
    repr(error)
    return error


def outcome_name(error: BaseException | None) -> str:
    return "ok" if error is None else type(error).__name__


def check_outcome(status: int, error: APIError | PaginationError | None) -> None:
    """The outcome fits the status: a 2xx is delivered or refused for its body, never
    reported as an error status; any other status is an APIStatusError carrying that very
    status (an export reports it as the cause of its PaginationError)."""
    cause = error.__cause__ if isinstance(error, PaginationError) else error
    if 200 <= status < 300:
        assert not isinstance(cause, APIStatusError), (
            f"a {status} ended in {outcome_name(error)} caused by {outcome_name(cause)}"
        )
    else:
        assert isinstance(cause, APIStatusError) and cause.status == status, (
            f"a {status} ended in {outcome_name(error)} caused by {outcome_name(cause)}"
        )


def test_response_parser_raises_only_sdk_errors(rig: Rig) -> None:
    outcomes: Counter[str] = Counter()
    checked: set[tuple[str, bool]] = set()

    @FUZZ
    @given(statuses, response_headers, bodies, operations)
    def example(status: int, headers: dict[str, str], body: bytes, operation: str) -> None:
        rig.canned.status, rig.canned.headers, rig.canned.body = status, headers, body
        logging.getLogger("ultracart_async").setLevel(logging.CRITICAL)  # bad values are logged
        try:
            error = rig.runner.run(run_operation(rig, operation))
        finally:
            logging.getLogger("ultracart_async").setLevel(logging.NOTSET)
        check_outcome(status, error)
        checked.add((operation, 200 <= status < 300))
        outcomes[f"{operation}:{outcome_name(error)}"] += 1

    example()
    print(f"[reliability] response fuzz outcomes: {dict(sorted(outcomes.items()))}")
    # Both halves of check_outcome ran for every operation, and the examples reached
    # delivered results as well as errors.
    assert checked == {(op, two_xx) for op in OPERATIONS for two_xx in (True, False)}, checked
    assert {key.partition(":")[2] for key in outcomes} > {"ok"}
    assert sum(n for key, n in outcomes.items() if key.endswith(":ok")) > 0


def test_outcome_check_can_fail() -> None:
    validation = APIResponseValidationError("x", method="GET", url="u", status=200, body_excerpt="")
    not_found = NotFoundError("x", method="GET", url="u", status=404)
    stalled = PaginationError("export stopped")  # a canned page repeating: no cause
    export_404 = PaginationError("export stopped")
    export_404.__cause__ = not_found
    for status, error in [(200, None), (200, validation), (200, stalled), (404, not_found)]:
        check_outcome(status, error)
    check_outcome(404, export_404)
    for status, error in [
        (200, not_found),  # a 2xx reported as an error status
        (200, export_404),
        (404, None),  # an error status delivered as a success
        (500, not_found),  # the wrong status
        (404, validation),  # an error status not reported as one
        (404, stalled),
    ]:
        with pytest.raises(AssertionError):
            check_outcome(status, error)


@pytest.mark.parametrize("body", SPECIAL_BODIES, ids=range(len(SPECIAL_BODIES)))
@pytest.mark.parametrize("operation", ["get", "first_page", "export"])
def test_special_bodies(rig: Rig, body: bytes, operation: str) -> None:
    rig.canned.status, rig.canned.headers, rig.canned.body = 200, {}, body
    error = rig.runner.run(run_operation(rig, operation))
    check_outcome(200, error)


def test_bad_record_rule_on_a_page(rig: Rig) -> None:
    # One record with wrong types and one that is not an object: the page still arrives;
    # the bad values sit in extra_fields and the non-object is skipped (and counted).
    page_body = {
        "customers": [
            {"customer_profile_oid": 1, "email": "a@example.com"},
            {"customer_profile_oid": "2", "email": 7, "billing": "nope"},
            "not a record",
            {"customer_profile_oid": 3},
        ],
        "metadata": {"result_set": {"total_records": 4, "more": False, "limit": 5}},
    }
    rig.canned.status, rig.canned.headers, rig.canned.body = 200, {}, orjson.dumps(page_body)

    async def fetch() -> list[Customer]:
        async with client(rig.base_url) as uc:
            page = await uc.customers.list(page_size=5)
            return page.items

    items = rig.runner.run(fetch())
    assert [c.customer_profile_oid for c in items] == [1, None, 3]
    assert items[1].extra_fields == {"customer_profile_oid": "2", "email": 7, "billing": "nope"}


def test_a_retry_after_of_infinity_does_not_stop_the_limiter_for_ever(rig: Rig) -> None:
    # Regression (_ratelimit.py): "Retry-After: inf" paused the shared limiter until the end
    # of time; a call without a deadline then slept for ever, and every later call failed.
    limiter = TokenBucketLimiter((), max_in_flight=1)
    limiter.record_throttle(retry_after=float("inf"), error_text=None)
    assert limiter.state().paused_for <= TokenBucketLimiter.MAX_RETRY_AFTER_PAUSE


# ----------------------------------------------------------------------------- webhooks

PASSWORD = "fuzz-webhook-password-42"
GOOD_AUTH = "Basic dWx0cmFjYXJ0OmZ1enotd2ViaG9vay1wYXNzd29yZC00Mg=="  # ultracart:PASSWORD

webhook_headers = st.dictionaries(
    st.sampled_from(
        ["Authorization", "authorization", "Content-Length", "Content-Encoding", "Content-Type"]
    )
    | header_text,
    st.sampled_from([GOOD_AUTH, "Basic", "Basic !!!", "Bearer x", "gzip", "-1", "1e9", "0"])
    | header_text,
    max_size=4,
)
webhook_bodies = (
    st.binary(max_size=300)
    | json_values.map(orjson.dumps)
    | st.lists(
        st.builds(
            lambda n, o: {n: o}, st.sampled_from(["customer_update", "order_create"]), records
        ),
        max_size=3,
    ).map(orjson.dumps)
)


def authorization(headers: dict[str, str]) -> str | None:
    """The Authorization value the receiver reads: the exact name first, then any case."""
    if "Authorization" in headers:
        return headers["Authorization"]
    return next((v for k, v in headers.items() if k.lower() == "authorization"), None)


def check_answer(response: WebhookResponse, headers: dict[str, str], seen: int) -> None:
    """One delivery's answer fits it: JSON, a documented status, the events handled only
    when the credentials were the right ones, and all of them then."""
    assert response.status in (200, 400, 401, 413), response
    answer = orjson.loads(response.body)
    if response.status == 200:
        assert answer["received"] == seen
    else:
        assert seen == 0 and isinstance(answer["error"], str)
    # GOOD_AUTH is the only value that carries the password: random text never does.
    assert (response.status != 401) == (authorization(headers) == GOOD_AUTH), response


def test_webhook_receiver_answers_every_delivery() -> None:
    statuses: Counter[int] = Counter()

    @FUZZ
    @given(webhook_bodies, webhook_headers, st.booleans(), st.booleans())
    def example(body: bytes, headers: dict[str, str], authenticated: bool, chunked: bool) -> None:
        if authenticated:
            headers = {**headers, "Authorization": GOOD_AUTH}
        seen: list[WebhookEvent] = []
        router = WebhookRouter()

        @router.on("*")
        async def record(event: WebhookEvent) -> None:
            repr(event)
            event.object_id  # noqa: B018 - must not raise
            seen.append(event)

        async def chunks() -> Any:
            for i in range(0, len(body), 7):
                yield body[i : i + 7]

        async def deliver() -> WebhookResponse:
            receiver = WebhookReceiver(
                router, basic_auth=("ultracart", PASSWORD), max_body_size=4096
            )
            async with asyncio.timeout(HANG):
                return await receiver.handle(chunks() if chunked else body, headers)

        logging.getLogger("ultracart_async").setLevel(logging.CRITICAL)
        try:
            response = asyncio.run(deliver())
        finally:
            logging.getLogger("ultracart_async").setLevel(logging.NOTSET)
        check_answer(response, headers, len(seen))
        statuses[response.status] += 1

    example()
    print(f"[reliability] webhook fuzz statuses: {dict(sorted(statuses.items()))}")
    # The examples reached every answer but the size limit's: events, envelopes, credentials.
    assert {200, 400, 401} <= set(statuses), statuses


def test_answer_check_can_fail() -> None:
    ok = WebhookResponse(200, b'{"received": 1, "handled": 1, "duplicates": 0}')
    refused = WebhookResponse(401, b'{"error": "missing or wrong HTTP Basic credentials"}')
    good, bad = {"authorization": GOOD_AUTH}, {"Authorization": "Basic !!!"}
    check_answer(ok, good, 1)
    check_answer(refused, bad, 0)
    for response, headers, seen in [
        (ok, bad, 1),  # accepted without the password
        (refused, good, 0),  # refused with it
        (ok, good, 2),  # a miscount
        (refused, bad, 1),  # handled though refused
        (WebhookResponse(500, b'{"error": "x"}'), good, 0),  # an undocumented status
        (WebhookResponse(400, b"not json"), good, 0),
    ]:
        with pytest.raises((AssertionError, orjson.JSONDecodeError)):
            check_answer(response, headers, seen)


def test_webhook_record_with_bad_values_is_delivered_by_the_bad_record_rule() -> None:
    body = orjson.dumps([{"customer_update": {"customer_profile_oid": "x", "email": 5}}])
    seen: list[WebhookEvent] = []
    router = WebhookRouter()

    @router.on("customer_update")
    async def record(event: WebhookEvent) -> None:
        seen.append(event)

    receiver = WebhookReceiver(router, basic_auth=("ultracart", PASSWORD))
    response = asyncio.run(receiver.handle(body, {"Authorization": GOOD_AUTH}))
    assert response.status == 200
    (event,) = seen
    customer = event.customer
    assert customer is not None and customer.customer_profile_oid is None
    assert customer.extra_fields == {"customer_profile_oid": "x", "email": 5}
