"""uc.customers against a real local server: what the operation tables of
``test_operations.py`` do not show (opting in to retries, bodies the spec does not declare,
the listing's filters and export, and the unknown-field round trip)."""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from aiohttp import web

from ultracart_async import (
    RequestOptions,
    UltraCartClient,
    capture_responses,
)
from ultracart_async.resources.customers import CustomerListFilters

from .._client import make_client
from ..conftest import ScriptedServer
from ._customers_ops import CUSTOMER, CUSTOMER_JSON, DATA, ITEM, ITEM_JSON, C
from ._ops import pages, reply, sent


async def test_unsafe_operation_is_retried_when_the_caller_opts_in(server: ScriptedServer) -> None:
    server.handler = reply({"customer": CUSTOMER_JSON}, fail_first=1)
    async with make_client(server) as uc:
        got = await uc.customers.insert(CUSTOMER, options=RequestOptions(retry_unsafe=True))
    assert got == CUSTOMER
    assert len(server.requests) == 2


async def test_merge_accepts_a_body_and_still_returns_none(server: ScriptedServer) -> None:
    server.handler = reply({"customer": CUSTOMER_JSON, "success": True})
    async with make_client(server) as uc:
        with capture_responses() as responses:
            assert await uc.customers.merge(42, {"customer_profile_oid": 7}) is None
    assert responses[0].data["customer"] == CUSTOMER_JSON


async def test_wish_list_insert_also_accepts_an_enveloped_answer(server: ScriptedServer) -> None:
    server.handler = reply({"wishlist_item": ITEM_JSON, "success": True})
    async with make_client(server) as uc:
        assert await uc.customers.insert_wish_list_item(42, {"merchant_item_oid": 77}) == ITEM


async def test_envelope_warning_is_reachable_through_capture_responses(
    server: ScriptedServer,
) -> None:
    warning = {"warning_message": "deprecated field", "warning_code": "W1"}
    server.handler = reply({"customer": CUSTOMER_JSON, "warning": warning, "success": True})
    async with make_client(server) as uc:
        with capture_responses() as responses:
            await uc.customers.get(42)
    assert responses[-1].warning == warning


async def test_validate_token_is_false_when_unsuccessful(server: ScriptedServer) -> None:
    server.handler = reply({"success": False})
    async with make_client(server) as uc:
        assert await uc.customers.validate_email_verification_token({"token": "x"}) is False


# ---------------------------------------------------------------------- paged ops


def test_paged_specs_name_ids_sort_and_since() -> None:
    uc = UltraCartClient(simple_key="k")
    for pager, operation in (
        (uc.customers.list(), "customers.list"),
        (uc.customers.query({}), "customers.query"),
        (uc.customers.search(), "customers.search"),
    ):
        spec = pager.spec
        assert spec.operation == operation
        assert spec.page_size == 200  # the documented maximum is the default
        assert spec.items_key == "customers"
        assert spec.id_field == "customer_profile_oid"
        assert spec.stable_sort == "customer_profile_oid"
        assert spec.since_param == "_since"
        assert spec.idempotent is True
        assert spec.params == {}  # nothing left out is sent


async def test_every_list_filter_goes_out_under_its_wire_name(server: ScriptedServer) -> None:
    dates = {
        "last_modified_dts_start",
        "last_modified_dts_end",
        "signup_dts_start",
        "signup_dts_end",
    }
    special = {"pricing_tier_oid", "since", "sort", "expand", "page_size"}
    text = set(CustomerListFilters.__annotations__) - dates - special
    assert len(text) + len(dates) + 1 == 27  # every getCustomers filter
    kwargs: dict[str, Any] = {name: f"v {name}" for name in text}
    kwargs.update({name: datetime(2024, 2, 3, 4, 5, 6, tzinfo=UTC) for name in dates})
    kwargs["pricing_tier_oid"] = 12
    server.handler = pages("customers", [])
    async with make_client(server) as uc:
        await uc.customers.list(**kwargs)
    query = server.requests[0]["query"]
    assert query == {
        **{name: f"v {name}" for name in text},
        **dict.fromkeys(dates, "2024-02-03T04:05:06+00:00"),
        "pricing_tier_oid": "12",
        "_limit": "200",
        "_offset": "0",
    }


def test_export_takes_exactly_the_filters_of_list() -> None:
    params = inspect.signature(UltraCartClient(simple_key="k").customers.list).parameters
    assert set(CustomerListFilters.__annotations__) == set(params) - {"options"}


def test_list_shows_its_filters_to_help_and_inspect_with_their_defaults() -> None:
    # The filters are written once, on CustomerListFilters; help() and IPython still see
    # each one as a keyword of list(), page_size defaulting to the documented maximum.
    params = inspect.signature(UltraCartClient(simple_key="k").customers.list).parameters
    assert list(params) == [*CustomerListFilters.__annotations__, "options"]
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params.values())
    assert params["page_size"].default == 200
    assert {p.default for name, p in params.items() if name != "page_size"} == {None}


@pytest.mark.parametrize(
    "call",
    [
        lambda uc: uc.customers.list(billing_state="CA", billing_stat="CA"),
        lambda uc: uc.customers.export(concurrency=2, billing_stat="CA"),
    ],
    ids=["list", "export"],
)
def test_an_unknown_filter_is_refused_as_python_refuses_an_unknown_keyword(
    call: Callable[[UltraCartClient], Any],
) -> None:
    uc = UltraCartClient(simple_key="k")
    message = r"^CustomersResource\.list\(\) got an unexpected keyword argument 'billing_stat'$"
    with pytest.raises(TypeError, match=message):
        call(uc)


async def test_export_streams_every_customer_with_the_filters_and_a_stable_sort(
    server: ScriptedServer,
) -> None:
    records = [{"customer_profile_oid": n} for n in range(1, 12)]
    server.handler = pages("customers", records)
    async with make_client(server) as uc:
        export = uc.customers.export(concurrency=3, overlap=1, billing_state="CA", page_size=4)
        got = [c.customer_profile_oid async for c in export]
    assert got == list(range(1, 12))
    assert export.stats.items == 11
    for request in server.requests:
        assert request["query"]["billing_state"] == "CA"
        assert request["query"]["_sort"] == "customer_profile_oid"
        assert request["query"]["_limit"] == "4"


# ---------------------------------------------------------------------- round trip


async def test_get_change_update_keeps_unknown_fields(server: ScriptedServer) -> None:
    original = json.loads((DATA / "customer_full.json").read_text(encoding="utf-8"))
    original["future_top_level"] = {"nested": [1, {"deep": True}], "text": "kept"}
    original["billing"][0]["future_billing_field"] = "also kept"

    async def handler(request: web.Request) -> web.StreamResponse:
        if request.method == "GET":
            return web.json_response({"customer": original, "success": True})
        return web.json_response({"customer": await request.json(), "success": True})

    server.handler = handler
    async with make_client(server) as uc:
        customer = await uc.customers.get(1234567, expand="billing")
        assert customer.extra_fields["future_top_level"] == original["future_top_level"]
        customer.email = "changed@example.com"
        updated = await uc.customers.update(1234567, customer)

    _, path, _, body = sent(server)
    assert path == C + "/1234567"
    assert body["email"] == "changed@example.com"
    assert body["future_top_level"] == original["future_top_level"]
    assert body["billing"][0]["future_billing_field"] == "also kept"
    expected = {k: v for k, v in original.items() if v is not None}
    expected["email"] = "changed@example.com"
    assert body == expected
    assert updated.extra_fields["future_top_level"] == original["future_top_level"]
