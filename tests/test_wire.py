"""The wire format: round trips, unknown fields, bad values, timestamps, open enums."""

from __future__ import annotations

import copy
import json
import logging
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import attrs
import orjson
import pytest

from ultracart_async import _wire
from ultracart_async._wire import (
    FieldIssue,
    WireFormatError,
    structure,
    structure_list,
    unstructure,
)
from ultracart_async.models import (
    Customer,
    CustomerBilling,
    CustomerResponse,
    CustomersResponse,
    CustomerTag,
    Order,
    ResultSet,
    UltraCartModel,
    WorkflowTask,
)

DATA = Path(__file__).parent / "data"


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / name).read_text(encoding="utf-8"))
    return data


def dumps_sorted(data: Any) -> bytes:
    return orjson.dumps(data, option=orjson.OPT_SORT_KEYS)


@pytest.fixture
def customer_json() -> dict[str, Any]:
    return load("customer_full.json")


@pytest.fixture
def order_json() -> dict[str, Any]:
    return load("order_full.json")


# --------------------------------------------------------------------------------------
# Round trips


def test_customer_round_trip_is_exact(customer_json: dict[str, Any]) -> None:
    customer = structure(customer_json, Customer)

    assert unstructure(customer) == customer_json
    # Byte-level too (up to key order): number spelling, 50 stays 50 and not 50.0.
    assert dumps_sorted(unstructure(customer)) == dumps_sorted(customer_json)


def test_customer_fields_are_typed(customer_json: dict[str, Any]) -> None:
    customer = structure(customer_json, Customer)

    assert customer.customer_profile_oid == 1234567
    assert customer.free_shipping is True
    assert customer.free_shipping_minimum == 50
    assert customer.minimum_subtotal == 99.95
    assert customer.billing is not None
    assert isinstance(customer.billing[0], CustomerBilling)
    assert customer.billing[0].first_name == "Jane"
    assert customer.tags == [
        CustomerTag(tag_value="wholesale"),
        CustomerTag(tag_value="vip"),
        CustomerTag(tag_value="net30"),
    ]
    assert customer.loyalty is not None
    assert customer.loyalty.ledger_entries is not None
    assert customer.loyalty.ledger_entries[1].loyalty_points == 250
    assert customer.extra_fields == {}


def test_order_round_trip_is_exact(order_json: dict[str, Any]) -> None:
    order = structure(order_json, Order)

    assert order.items is not None
    assert order.items[0].cost is not None
    assert order.items[0].cost.value == 4.99
    assert order.Tags is not None
    assert order.Tags[1].tag_value == "rush"
    assert order.billing is not None
    assert order.billing.cc_emails == ["ap@example.com"]
    assert dumps_sorted(unstructure(order)) == dumps_sorted(order_json)


def test_customer_with_orders_round_trip(
    customer_json: dict[str, Any], order_json: dict[str, Any]
) -> None:
    nested_order = dict(order_json, customer_profile={"customer_profile_oid": 1234567})
    customer_json["orders"] = [nested_order]
    customer = structure(customer_json, Customer)

    assert customer.orders is not None
    assert customer.orders[0].customer_profile == Customer(customer_profile_oid=1234567)
    assert unstructure(customer) == customer_json


def test_change_one_field_and_send_back(customer_json: dict[str, Any]) -> None:
    customer = structure(customer_json, Customer)
    customer.email = "new@example.com"
    assert customer.billing is not None
    customer.billing[0].city = "Macon"

    expected = copy.deepcopy(customer_json)
    expected["email"] = "new@example.com"
    expected["billing"][0]["city"] = "Macon"
    assert unstructure(customer) == expected


def test_none_fields_are_not_sent() -> None:
    assert unstructure(Customer(email="a@example.com", tax_id=None)) == {"email": "a@example.com"}
    assert unstructure(Customer()) == {}


def test_envelope_page(customer_json: dict[str, Any]) -> None:
    page = {
        "customers": [customer_json],
        "success": True,
        "metadata": {
            "payload_name": "customers",
            "result_set": {
                "count": 1,
                "limit": 200,
                "offset": 0,
                "more": False,
                "next_offset": 1,
                "total_records": 1,
            },
        },
    }
    response = structure(page, CustomersResponse)

    assert response.metadata is not None
    assert response.metadata.result_set == ResultSet(
        count=1, limit=200, offset=0, more=False, next_offset=1, total_records=1
    )
    assert unstructure(response) == page


def test_error_envelope_without_success() -> None:
    body = {"error": {"developer_message": "Customer not found", "user_message": "Nope"}}
    response = structure(body, CustomerResponse)

    assert response.success is None
    assert response.error is not None
    assert response.error.user_message == "Nope"


# --------------------------------------------------------------------------------------
# Unknown fields


def test_unknown_fields_survive_at_top_level_and_nested(customer_json: dict[str, Any]) -> None:
    customer_json["brand_new_flag"] = True
    customer_json["brand_new_block"] = {"a": [1, 2, {"b": None}]}
    customer_json["billing"][1]["address3"] = "Building C"
    customer_json["loyalty"]["ledger_entries"][0]["campaign"] = {"name": "Spring"}

    customer = structure(customer_json, Customer)

    assert customer.extra_fields == {
        "brand_new_flag": True,
        "brand_new_block": {"a": [1, 2, {"b": None}]},
    }
    assert customer.billing is not None
    assert customer.billing[1].extra_fields == {"address3": "Building C"}
    customer.email = "changed@example.com"

    expected = copy.deepcopy(customer_json)
    expected["email"] = "changed@example.com"
    assert unstructure(customer) == expected


def test_extra_fields_take_part_in_equality() -> None:
    a = structure({"email": "x@example.com", "new": 1}, Customer)
    b = structure({"email": "x@example.com", "new": 2}, Customer)

    assert a != b
    assert a == structure({"email": "x@example.com", "new": 1}, Customer)


def test_a_field_set_on_the_model_wins_over_a_kept_raw_value() -> None:
    customer = structure({"customer_profile_oid": "abc"}, Customer)
    assert customer.extra_fields == {"customer_profile_oid": "abc"}

    customer.customer_profile_oid = 42
    assert unstructure(customer) == {"customer_profile_oid": 42}


def test_unknown_keys_are_found_beside_explicit_nulls() -> None:
    # The fast path counts the fields that are absent or null to skip looking at the keys of a
    # record: a null must not hide an unknown key, at the top or in a nested object.
    data: dict[str, Any] = {
        "email": None,
        "new": 1,
        "billing": [{"first_name": None, "address3": "C"}, {"first_name": None}],
        "loyalty": {"current_points": None, "tier": "gold"},
    }

    customer = structure(data, Customer)

    assert customer.extra_fields == {"new": 1}
    assert customer.billing is not None
    assert customer.billing[0].extra_fields == {"address3": "C"}
    assert customer.billing[1].extra_fields == {}
    assert customer.loyalty is not None
    assert customer.loyalty.extra_fields == {"tier": "gold"}
    assert unstructure(customer) == {
        "new": 1,
        "billing": [{"address3": "C"}, {}],
        "loyalty": {"tier": "gold"},
    }


def test_nested_objects_may_be_dict_subclasses() -> None:
    class Mapping(dict[str, Any]):
        pass

    data = Mapping(
        email="a@example.com",
        billing=[Mapping(first_name="Jo", address3="C")],
        loyalty=Mapping(current_points=3),
    )

    customer = structure(data, Customer)

    assert customer.billing is not None
    assert customer.billing[0].first_name == "Jo"
    assert customer.billing[0].extra_fields == {"address3": "C"}
    assert customer.loyalty is not None
    assert customer.loyalty.current_points == 3
    assert unstructure(customer) == data


# --------------------------------------------------------------------------------------
# Bad values


def structured(data: dict[str, Any]) -> tuple[Customer, list[FieldIssue]]:
    """``data`` as a Customer, and the issues reported; what was set aside goes back out
    exactly as it came in."""
    issues: list[FieldIssue] = []
    customer = structure(data, Customer, on_issue=issues.append)
    assert unstructure(customer) == data
    return customer, issues


def _page(customer_json: dict[str, Any], n: int) -> list[dict[str, Any]]:
    return [dict(copy.deepcopy(customer_json), customer_profile_oid=i) for i in range(n)]


def test_one_bad_record_never_fails_the_page(
    customer_json: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    records = _page(customer_json, 200)
    records[137]["customer_profile_oid"] = "abc-secret-value"
    issues: list[FieldIssue] = []

    with caplog.at_level(logging.WARNING, logger="ultracart_async.wire"):
        customers = structure_list(records, Customer, on_issue=issues.append)

    assert len(customers) == 200
    for index, customer in enumerate(customers):
        if index != 137:
            assert customer.customer_profile_oid == index
            assert customer.extra_fields == {}
            assert unstructure(customer) == records[index]
    bad = customers[137]
    assert bad.customer_profile_oid is None
    assert bad.email == "jane.doe@example.com"
    assert bad.billing is not None
    assert len(bad.billing) == 2
    assert bad.extra_fields == {"customer_profile_oid": "abc-secret-value"}
    assert unstructure(bad) == records[137]

    assert issues == [
        FieldIssue(
            model="Customer", field="customer_profile_oid", problem="expected integer, got string"
        )
    ]
    assert len(caplog.records) == 1
    record = caplog.records[0]
    assert record.name == "ultracart_async.wire"
    assert record.levelno == logging.WARNING
    message = record.getMessage()
    assert "Customer.customer_profile_oid" in message
    assert "abc-secret-value" not in message
    assert "abc-secret-value" not in repr(issues[0])


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("customer_profile_oid", True, "expected integer, got boolean"),
        ("customer_profile_oid", 1.5, "expected integer, got number"),
        ("free_shipping", 1, "expected boolean, got integer"),
        ("free_shipping", "true", "expected boolean, got string"),
        ("email", {"address": "x"}, "expected string, got object"),
        ("email", 12, "expected string, got integer"),
        ("minimum_subtotal", "9.99", "expected number, got string"),
        ("loyalty", [1, 2], "expected CustomerLoyalty object, got array"),
        ("billing", {"city": "Atlanta"}, "expected list[CustomerBilling], got object"),
        ("billing", ["Atlanta"], "expected list[CustomerBilling], an item is string"),
        ("billing", [None], "expected list[CustomerBilling], an item is null"),
        ("signup_dts", 1460052456, "expected timestamp string, got integer"),
        # An unparsable timestamp is kept as received.
        (
            "signup_dts",
            "last Tuesday",
            "expected an ISO-8601 timestamp, got a string that does not parse",
        ),
    ],
)
def test_wrong_types_are_set_aside(field: str, value: Any, problem: str) -> None:
    data = {"email": "a@example.com", "customer_profile_oid": 7, field: value}

    customer, issues = structured(data)

    assert getattr(customer, field) is None
    assert customer.extra_fields == {field: value}
    assert issues == [FieldIssue(model="Customer", field=field, problem=problem)]
    for name, kept in data.items():
        if name != field:
            assert getattr(customer, name) == kept, name


def test_float_fields_accept_integers_and_keep_them() -> None:
    customer = structure({"minimum_subtotal": 100}, Customer)

    assert customer.minimum_subtotal == 100
    assert type(customer.minimum_subtotal) is int
    assert orjson.dumps(unstructure(customer)) == b'{"minimum_subtotal":100}'


def test_bad_value_deep_inside_is_repaired_in_the_smallest_object(
    customer_json: dict[str, Any],
) -> None:
    customer_json["loyalty"]["ledger_entries"][1]["loyalty_points"] = "250"

    customer, issues = structured(customer_json)

    assert customer.loyalty is not None
    assert customer.loyalty.ledger_entries is not None
    entry = customer.loyalty.ledger_entries[1]
    assert entry.loyalty_points is None
    assert entry.extra_fields == {"loyalty_points": "250"}
    assert customer.loyalty.current_points == 1250
    assert customer.extra_fields == {}
    assert issues == [
        FieldIssue(
            model="CustomerLoyaltyLedger",
            field="loyalty_points",
            problem="expected integer, got string",
        )
    ]


def test_bad_item_of_a_nested_list_is_set_aside_in_the_nested_object() -> None:
    data: dict[str, Any] = {
        "email": "a@example.com",
        "loyalty": {"current_points": 5, "ledger_entries": [{"loyalty_points": 1}, "x"]},
        "tags": [{"tag_value": "vip"}],
    }

    customer, issues = structured(data)

    assert customer.email == "a@example.com"
    assert customer.extra_fields == {}
    assert customer.tags == [CustomerTag(tag_value="vip")]
    assert customer.loyalty is not None
    assert customer.loyalty.current_points == 5
    assert customer.loyalty.ledger_entries is None
    assert customer.loyalty.extra_fields == {"ledger_entries": [{"loyalty_points": 1}, "x"]}
    assert issues == [
        FieldIssue(
            model="CustomerLoyalty",
            field="ledger_entries",
            problem="expected list[CustomerLoyaltyLedger], an item is string",
        )
    ]


def test_nested_issue_is_reported_once_when_the_parent_is_redone(
    customer_json: dict[str, Any],
) -> None:
    # The parent's own bad field makes it go through the slow path, which structures the
    # nested billing again: its issue must still be reported once.
    customer_json["billing"][0]["customer_profile_oid"] = "x"
    customer_json["customer_profile_oid"] = "y"

    _, issues = structured(customer_json)

    assert sorted((i.model, i.field) for i in issues) == [
        ("Customer", "customer_profile_oid"),
        ("CustomerBilling", "customer_profile_oid"),
    ]


def test_two_bad_records_of_the_same_shape_are_two_issues(customer_json: dict[str, Any]) -> None:
    customer_json["billing"][0]["customer_profile_oid"] = "x"
    customer_json["billing"][1]["customer_profile_oid"] = "x"
    issues: list[FieldIssue] = []

    structure(customer_json, Customer, on_issue=issues.append)

    assert [(i.model, i.field) for i in issues] == [("CustomerBilling", "customer_profile_oid")] * 2


def test_structure_list_skips_items_that_are_not_objects(customer_json: dict[str, Any]) -> None:
    issues: list[FieldIssue] = []

    customers = structure_list(
        [customer_json, "oops", None, {"email": "b@example.com"}], Customer, on_issue=issues.append
    )

    assert [c.email for c in customers] == ["jane.doe@example.com", "b@example.com"]
    assert issues == [
        FieldIssue(model="Customer", field="[1]", problem="expected Customer object, got string"),
        FieldIssue(model="Customer", field="[2]", problem="expected Customer object, got null"),
    ]


@pytest.mark.parametrize("data", [None, [], "customer", 3])
def test_top_level_value_that_is_not_an_object_raises(data: Any) -> None:
    with pytest.raises(WireFormatError, match="expected a Customer object"):
        structure(data, Customer)


@pytest.mark.parametrize("data", [None, {}, "customers"])
def test_top_level_list_that_is_not_a_list_raises(data: Any) -> None:
    with pytest.raises(WireFormatError):
        structure_list(data, Customer)


def test_wire_format_error_is_a_value_error() -> None:
    assert issubclass(WireFormatError, ValueError)


def test_explicit_nulls_are_accepted_and_not_sent_back() -> None:
    customer = structure({"email": None, "billing": None, "signup_dts": None}, Customer)

    assert customer == Customer()
    assert unstructure(customer) == {}


def test_the_callback_sees_no_raw_values(customer_json: dict[str, Any]) -> None:
    customer_json["email"] = {"ssn": "123-45-6789"}
    issues: list[FieldIssue] = []

    structure(customer_json, Customer, on_issue=issues.append)

    assert len(issues) == 1
    assert "123-45-6789" not in repr(issues[0])
    assert "ssn" not in repr(issues[0])


# --------------------------------------------------------------------------------------
# Timestamps


def test_timestamps_are_aware_datetimes(customer_json: dict[str, Any]) -> None:
    customer = structure(customer_json, Customer)

    assert customer.signup_dts == datetime(
        2016, 4, 7, 14, 7, 36, tzinfo=timezone(timedelta(hours=-4))
    )
    assert customer.signup_dts.utcoffset() == timedelta(hours=-4)
    assert customer.billing is not None
    assert isinstance(customer.billing[0].last_used_dts, datetime)


def test_unchanged_timestamp_goes_back_out_exactly(customer_json: dict[str, Any]) -> None:
    customer = structure(customer_json, Customer)

    out = unstructure(customer)

    assert out["signup_dts"] == "2016-04-07T14:07:36.000-04:00"
    assert out["billing"][1]["last_used_dts"] == "2019-01-12T08:00:00.000-05:00"


def test_equal_timestamp_assigned_again_still_goes_out_exactly() -> None:
    customer = structure({"signup_dts": "2016-04-07T14:07:36.000-04:00"}, Customer)
    assert customer.signup_dts is not None
    customer.signup_dts = customer.signup_dts.replace()  # equal value, new object

    assert unstructure(customer) == {"signup_dts": "2016-04-07T14:07:36.000-04:00"}


def test_changed_timestamp_goes_out_as_isoformat() -> None:
    customer = structure({"signup_dts": "2016-04-07T14:07:36.000-04:00"}, Customer)
    assert customer.signup_dts is not None
    customer.signup_dts += timedelta(days=1)

    assert unstructure(customer) == {"signup_dts": "2016-04-08T14:07:36-04:00"}


def test_same_instant_in_another_zone_counts_as_a_change() -> None:
    customer = structure({"signup_dts": "2016-04-07T14:07:36.000-04:00"}, Customer)
    assert customer.signup_dts is not None
    customer.signup_dts = customer.signup_dts.astimezone(UTC)

    assert unstructure(customer) == {"signup_dts": "2016-04-07T18:07:36+00:00"}


def test_new_timestamp_goes_out_as_isoformat() -> None:
    when = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)

    assert unstructure(Customer(signup_dts=when)) == {"signup_dts": "2024-01-02T03:04:05+00:00"}


def test_timestamp_without_offset_stays_naive() -> None:
    customer = structure({"signup_dts": "2016-04-07T14:07:36"}, Customer)

    assert customer.signup_dts == datetime(2016, 4, 7, 14, 7, 36)
    assert customer.signup_dts.tzinfo is None
    assert unstructure(customer) == {"signup_dts": "2016-04-07T14:07:36"}


def test_timestamps_survive_the_slow_path() -> None:
    # A bad field sends the record through the field-by-field path; its good timestamp must
    # still go back out exactly.
    data = {"signup_dts": "2016-04-07T14:07:36.000-04:00", "customer_profile_oid": "bad"}

    customer = structure(data, Customer)

    assert isinstance(customer.signup_dts, datetime)
    assert unstructure(customer) == data


def test_timestamp_memory_is_not_part_of_equality() -> None:
    parsed = structure({"signup_dts": "2016-04-07T14:07:36.000-04:00"}, Customer)
    built = Customer(
        signup_dts=datetime(2016, 4, 7, 14, 7, 36, tzinfo=timezone(timedelta(hours=-4)))
    )

    assert parsed == built
    assert "_wire_timestamps" not in repr(parsed)


# --------------------------------------------------------------------------------------
# Open enumerations


def test_unknown_enum_value_passes_through(order_json: dict[str, Any]) -> None:
    order = structure(order_json, Order)

    assert order.items is not None
    assert order.items[1].tax_product_type == "subscription-box"
    assert order.current_stage == "Shipping Department"
    assert unstructure(order)["items"][1]["tax_product_type"] == "subscription-box"


def test_enum_value_set_by_caller_is_not_checked() -> None:
    task = WorkflowTask(priority="5 - apocalyptic")

    assert unstructure(task) == {"priority": "5 - apocalyptic"}
    assert structure({"priority": "5 - apocalyptic"}, WorkflowTask) == task


# --------------------------------------------------------------------------------------
# unstructure() on containers and odd values


def test_unstructure_walks_lists_and_dicts() -> None:
    tags = [CustomerTag(tag_value="a"), CustomerTag(tag_value="b")]

    assert unstructure(tags) == [{"tag_value": "a"}, {"tag_value": "b"}]
    assert unstructure({"customer": Customer(email="x"), "n": 1}) == {
        "customer": {"email": "x"},
        "n": 1,
    }
    assert unstructure({"plain": {"a": [1, "b"]}}) == {"plain": {"a": [1, "b"]}}
    assert unstructure(datetime(2024, 1, 1, tzinfo=UTC)) == "2024-01-01T00:00:00+00:00"


def test_unstructure_copes_with_a_plain_dict_where_a_model_belongs() -> None:
    customer = Customer(loyalty={"current_points": 5})  # type: ignore[arg-type]

    assert unstructure(customer) == {"loyalty": {"current_points": 5}}


def test_unstructure_output_does_not_share_scalar_lists(order_json: dict[str, Any]) -> None:
    order = structure(order_json, Order)
    out = unstructure(order)
    out["billing"]["cc_emails"].append("intruder@example.com")

    assert order.billing is not None
    assert order.billing.cc_emails == ["ap@example.com"]


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class _Loose(UltraCartModel):
    """A hand-made model with a free-form field (the spec's untyped properties)."""

    anything: Any = None


def test_unstructure_output_does_not_share_kept_or_free_form_values() -> None:
    # What to_dict() returns may be changed by the caller: the model must not change with it.
    customer = structure({"email": "a@example.com", "future": {"n": [1, {"d": [2]}]}}, Customer)
    loose = structure({"anything": {"n": [1, {"d": [2]}]}}, _Loose)

    for model, key in ((customer, "future"), (loose, "anything")):
        out = unstructure(model)
        out[key]["n"][1]["d"].append(3)
        out[key]["n"].append("x")
        assert unstructure(model)[key] == {"n": [1, {"d": [2]}]}, key
    assert customer.extra_fields == {"future": {"n": [1, {"d": [2]}]}}
    assert loose.anything == {"n": [1, {"d": [2]}]}


def test_structured_lists_do_not_alias_the_input() -> None:
    data = {"billing": {"cc_emails": ["a@example.com"]}}
    order = structure(data, Order)
    data["billing"]["cc_emails"].append("b@example.com")

    assert order.billing is not None
    assert order.billing.cc_emails == ["a@example.com"]


def test_the_converter_follows_the_same_rules(customer_json: dict[str, Any]) -> None:
    customer = _wire.converter.structure(customer_json, Customer)

    assert _wire.converter.unstructure(customer) == customer_json


def test_structure_list_restores_the_garbage_collector() -> None:
    import gc

    from ultracart_async.models import Customer

    records = [{"customer_profile_oid": i} for i in range(50)] + [{"customer_profile_oid": "x"}]
    assert gc.isenabled()
    assert len(_wire.structure_list(records, Customer)) == 51
    assert gc.isenabled()
    gc.disable()
    try:
        _wire.structure_list(records, Customer)
        assert not gc.isenabled()  # a caller's own choice is left alone
    finally:
        gc.enable()


# --------------------------------------------------------------------------------------
# One record at a time, and what the garbage collector sees


def test_structure_each_builds_what_structure_list_builds(customer_json: dict[str, Any]) -> None:
    records: list[Any] = [
        customer_json,
        {"customer_profile_oid": "not a number", "email": "b@example.com"},
        "not an object",
        {"customer_profile_oid": 3},
    ]
    issues_each: list[FieldIssue] = []
    issues_list: list[FieldIssue] = []

    each = list(_wire.structure_each(records, Customer, on_issue=issues_each.append))
    whole = structure_list(records, Customer, on_issue=issues_list.append)

    assert each == whole
    assert [c.customer_profile_oid for c in each] == [1234567, None, 3]
    assert issues_each == issues_list
    assert [i.field for i in issues_each] == ["customer_profile_oid", "[2]"]


def test_structure_each_builds_a_record_only_when_it_is_reached() -> None:
    records: list[Any] = [{"customer_profile_oid": 1}, {"customer_profile_oid": "x"}]
    issues: list[FieldIssue] = []
    items = _wire.structure_each(records, Customer, on_issue=issues.append)

    first = next(items)
    assert first.customer_profile_oid == 1
    assert issues == []  # the bad record has not been built yet
    assert next(items).customer_profile_oid is None
    assert [i.field for i in issues] == ["customer_profile_oid"]


def test_structure_each_refuses_what_is_not_a_list() -> None:
    with pytest.raises(WireFormatError):
        next(_wire.structure_each({"a": 1}, Customer))


def test_remembered_timestamps_are_not_tracked_by_the_garbage_collector(
    customer_json: dict[str, Any],
) -> None:
    import gc

    customer = structure(customer_json, Customer)

    stamps = customer._wire_timestamps
    assert stamps  # the customer has timestamps, remembered as received
    assert all(type(text) is str for text in stamps.values())
    # A dict of strings is not tracked: a page of customers adds nothing for the cyclic
    # collector to scan here (a tuple per timestamp, as before, made every such dict tracked).
    assert not gc.is_tracked(stamps)
    assert unstructure(customer) == customer_json


def test_the_converter_is_built_on_first_use_only() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from ultracart_async import _wire; "
        "print('cattrs' in sys.modules); c = _wire.converter; "
        "print(type(c).__module__, c is _wire.converter)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()

    assert out == ["False", "cattrs.converters", "True"]
