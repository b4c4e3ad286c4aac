"""Every model to and from wire JSON: ``to_dict``, ``to_json``, ``from_dict``, ``from_json``.

The rule: ``Model.from_dict(x).to_dict() == x`` for any JSON object ``x``, except that a known
field sent as an explicit ``null`` is left out (``None`` means "not sent"). A model built or
changed by the caller gives the wire form of its current values.
"""

from __future__ import annotations

import json
import logging
import types
import typing
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import attrs
import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ultracart_async.models as models
from ultracart_async import ConfigurationError, UltraCartError
from ultracart_async._wire import FieldIssue, unstructure
from ultracart_async.models import (
    Customer,
    CustomerBilling,
    CustomerTag,
    Order,
    UltraCartModel,
    User,
)

from .._strategies import json_scalars

DATA = Path(__file__).parent.parent / "data"


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / name).read_text(encoding="utf-8"))
    return data


def _model_classes() -> list[type[UltraCartModel]]:
    classes = [
        obj
        for name in models.__all__
        if isinstance(obj := getattr(models, name), type) and obj is not UltraCartModel
    ]
    assert len(classes) >= 185  # the loops below are not vacuous
    return classes


# --------------------------------------------------------------------------------------
# Round trips of real records


@pytest.mark.parametrize(
    ("name", "cls"), [("customer_full.json", Customer), ("order_full.json", Order)]
)
def test_from_dict_to_dict_gives_back_what_was_received(
    name: str, cls: type[UltraCartModel]
) -> None:
    data = load(name)
    data["future_top_level"] = {"nested": [1, None, {"deep": True}], "text": "kept"}

    model = cls.from_dict(data)

    assert model.to_dict() == data
    # Byte-level too (up to key order): 50 stays 50, timestamps keep their text.
    assert orjson.loads(model.to_json()) == data
    assert cls.from_json(model.to_json()) == model


def test_customer_with_orders_and_bad_values_round_trips() -> None:
    data = load("customer_full.json")
    data["orders"] = [dict(load("order_full.json"), customer_profile={"customer_profile_oid": 7})]
    data["billing"][0]["future_billing_field"] = "kept"
    data["customer_profile_oid"] = "not-an-int"  # set aside, and sent back as received
    data["last_modified_dts"] = "yesterday-ish"  # does not parse: kept as text
    issues: list[FieldIssue] = []

    customer = Customer.from_dict(data, on_issue=issues.append)

    assert customer.customer_profile_oid is None
    assert {i.field for i in issues} == {"customer_profile_oid", "last_modified_dts"}
    assert customer.to_dict() == data


def test_from_json_takes_bytes_str_bytearray_and_memoryview() -> None:
    raw = (DATA / "customer_full.json").read_bytes()
    expected = Customer.from_dict(load("customer_full.json"))

    for value in (raw, raw.decode(), bytearray(raw), memoryview(raw)):
        assert Customer.from_json(value) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2016-04-07T14:07:36.000-04:00",
        "2016-04-07T14:07:36-0400",
        "2016-04-07T14:07:36Z",
        "2016-04-07T14:07:36.5+00:00",
        "2016-04-07 14:07:36",
        "2016-04-07",
    ],
)
def test_timestamp_text_is_kept_exactly(text: str) -> None:
    customer = Customer.from_dict({"last_modified_dts": text})

    assert isinstance(customer.last_modified_dts, datetime)
    assert customer.to_dict() == {"last_modified_dts": text}
    assert customer.to_json() == orjson.dumps({"last_modified_dts": text})


# --------------------------------------------------------------------------------------
# The documented exception: explicit nulls of known fields


def test_explicit_nulls_of_known_fields_are_dropped_and_others_kept() -> None:
    data = {
        "email": None,
        "future_field": None,
        "billing": [{"first_name": None, "future_billing": None}],
        "properties": [{"name": "a", "value": None}],
    }

    customer = Customer.from_dict(data)

    assert customer.email is None
    assert customer.to_dict() == {
        "future_field": None,
        "billing": [{"future_billing": None}],
        "properties": [{"name": "a"}],
    }
    # The model round trip is exact: a dropped null and an absent key are the same None.
    assert Customer.from_dict(customer.to_dict()) == customer


# --------------------------------------------------------------------------------------
# Models built or changed by the caller


def test_a_model_built_by_hand_gives_the_wire_form_of_its_values() -> None:
    customer = Customer(
        email="jo@example.com",
        customer_profile_oid=5,
        billing=[CustomerBilling(first_name="Jo", default_billing=True)],
        tags=[CustomerTag(tag_value="vip")],
        last_modified_dts=datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC),
        minimum_subtotal=9.5,
        extra_fields={"future": {"a": [1]}},
    )

    assert customer.to_dict() == {
        "email": "jo@example.com",
        "customer_profile_oid": 5,
        "billing": [{"first_name": "Jo", "default_billing": True}],
        "tags": [{"tag_value": "vip"}],
        "last_modified_dts": "2024-05-06T07:08:09+00:00",
        "minimum_subtotal": 9.5,
        "future": {"a": [1]},
    }
    assert orjson.loads(customer.to_json()) == customer.to_dict()
    assert Customer().to_dict() == {}
    assert Customer().to_json() == b"{}"


def test_a_changed_model_gives_its_current_values() -> None:
    data = load("customer_full.json")
    customer = Customer.from_dict(data)
    assert customer.billing is not None

    customer.email = "new@example.com"
    customer.billing[0].city = "Macon"
    customer.last_modified_dts = datetime(2030, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=-5)))
    customer.extra_fields["future"] = 1
    customer.tax_id = None

    expected = json.loads(json.dumps(data))
    expected["email"] = "new@example.com"
    expected["billing"][0]["city"] = "Macon"
    expected["last_modified_dts"] = "2030-01-02T03:04:05-05:00"
    expected["future"] = 1
    expected.pop("tax_id", None)
    assert customer.to_dict() == expected


def test_a_field_set_on_the_model_wins_over_a_kept_bad_value() -> None:
    customer = Customer.from_dict({"customer_profile_oid": "abc"})
    assert customer.to_dict() == {"customer_profile_oid": "abc"}

    customer.customer_profile_oid = 12

    assert customer.to_dict() == {"customer_profile_oid": 12}


def test_to_dict_shares_nothing_with_the_model() -> None:
    data = {
        "email": "a@example.com",
        "billing": [{"first_name": "Jo"}],
        "pricing_tiers": [{"name": "Gold", "default_tier": False}],
        "future": {"nested": [1, {"deep": [2]}]},
    }
    customer = Customer.from_dict(data)
    before = customer.to_dict()

    out = customer.to_dict()
    out["future"]["nested"][1]["deep"].append(3)
    out["future"]["nested"].append("x")
    out["billing"][0]["first_name"] = "changed"
    out["pricing_tiers"].clear()

    assert customer.to_dict() == before == data
    assert customer.extra_fields == {"future": {"nested": [1, {"deep": [2]}]}}


def test_secret_fields_are_part_of_the_wire_form_but_not_of_the_repr() -> None:
    # to_dict is the body sent to UltraCart, so a password set on purpose is in it; the
    # repr (logs) still hides it.
    user = User(login="jane", change_password_to="n3w-pass")

    assert user.to_dict() == {"login": "jane", "change_password_to": "n3w-pass"}
    assert "n3w-pass" not in repr(user)


# --------------------------------------------------------------------------------------
# Bad input to from_dict / from_json / to_json: clear errors in the SDK's tree


#: Customer, hidden from type checkers: the wrong argument types are the point.
_Untyped: Any = Customer


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: _Untyped.from_dict([1, 2]), r"Customer.from_dict\(\) needs a dict .* got list"),
        (lambda: _Untyped.from_dict(None), r"Customer.from_dict\(\) needs a dict .* got NoneType"),
        (lambda: Customer.from_json(b"{not json"), r"Customer.from_json\(\): not valid JSON"),
        (
            lambda: Customer.from_json(b"[1]"),
            r"Customer.from_json\(\) needs a JSON object, got an array",
        ),
        (lambda: Customer.from_json(b"null"), r"needs a JSON object, got null"),
        (
            lambda: _Untyped.from_json({"a": 1}),
            r"Customer.from_json\(\) needs bytes or str, got dict",
        ),
        (
            lambda: Customer(extra_fields={"odd": {1, 2}}).to_json(),
            r"Customer.to_json\(\): a value has no JSON form",
        ),
    ],
)
def test_bad_input_raises_configuration_error(call: Any, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message) as caught:
        call()

    assert isinstance(caught.value, UltraCartError)
    assert isinstance(caught.value, ValueError)


def test_from_json_errors_do_not_echo_the_input() -> None:
    secret = "card-4111111111111111"
    with pytest.raises(ConfigurationError) as caught:
        Customer.from_json(f'{{"password": "{secret}"'.encode())

    assert secret not in str(caught.value)


def test_from_dict_accepts_any_mapping_and_reports_bad_values(
    caplog: pytest.LogCaptureFixture,
) -> None:
    issues: list[FieldIssue] = []
    view = types.MappingProxyType({"email": 5, "customer_profile_oid": 3})

    with caplog.at_level(logging.WARNING, logger="ultracart_async.wire"):
        customer = Customer.from_dict(view, on_issue=issues.append)

    assert customer.customer_profile_oid == 3
    assert customer.extra_fields == {"email": 5}
    assert issues == [
        FieldIssue(model="Customer", field="email", problem="expected string, got integer")
    ]
    assert "Customer.email" in caplog.text


def test_the_methods_use_the_one_converter() -> None:
    customer = Customer.from_dict(load("customer_full.json"))

    assert customer.to_dict() == unstructure(customer)


# --------------------------------------------------------------------------------------
# Every model class, with generated records


def test_every_model_has_the_four_methods_and_they_return_its_own_class() -> None:
    for cls in _model_classes():
        empty = cls.from_dict({})
        assert type(empty) is cls
        assert empty == cls()
        assert empty.to_dict() == {}
        assert cls.from_json(empty.to_json()) == empty
        assert type(cls.from_json(b'{"x_future": null}')) is cls


_timestamp_texts = st.builds(
    lambda dt, tz, spec, zulu: (
        dt.replace(tzinfo=tz).isoformat(timespec=spec).replace("+00:00", "Z" if zulu else "+00:00")
    ),
    st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2100, 1, 1)),
    st.none()
    | st.just(UTC)
    | st.builds(lambda m: timezone(timedelta(minutes=m)), st.integers(-720, 720)),
    st.sampled_from(["seconds", "milliseconds", "microseconds", "auto"]),
    st.booleans(),
)

#: JSON values with no null at the top (a null of a known field is the documented
#: exception), and object keys that are no model's wire name.
_unknown_keys = st.text(max_size=6).map(lambda s: "x_" + s)
_json_anything = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(_unknown_keys, children, max_size=3)
    ),
    max_leaves=8,
)
_json_not_null = _json_anything.filter(lambda v: v is not None)


def _typed_value(tp: Any, depth: int) -> st.SearchStrategy[Any]:
    """A wire value that fits ``tp`` (the field type without ``| None``)."""
    if tp is str:
        return st.text(max_size=12)
    if tp is bool:
        return st.booleans()
    if tp is int:
        return st.integers(min_value=-(2**63), max_value=2**64 - 1)
    if tp is float:
        return st.floats(allow_nan=False, allow_infinity=False) | st.integers(-(10**6), 10**6)
    if tp is datetime:
        return _timestamp_texts
    if tp is Any:
        return _json_anything
    origin = typing.get_origin(tp)
    if origin is list:
        return st.lists(_typed_value(typing.get_args(tp)[0], depth), max_size=2)
    if origin is dict:
        return st.dictionaries(
            _unknown_keys, _typed_value(typing.get_args(tp)[1], depth), max_size=2
        )
    assert isinstance(tp, type) and issubclass(tp, UltraCartModel), tp
    return _record(tp, depth + 1)


def _fitting_or_not(tp: Any, depth: int) -> st.SearchStrategy[Any]:
    """A value that fits ``tp``, or any other JSON value (which the model sets aside)."""
    return _typed_value(tp, depth) | _json_not_null


_records: dict[tuple[type[UltraCartModel], int], st.SearchStrategy[dict[str, Any]]] = {}


def _record(cls: type[UltraCartModel], depth: int = 0) -> st.SearchStrategy[dict[str, Any]]:
    """A JSON object for ``cls``: known keys with fitting or wrong values, and unknown keys."""
    # Built once per class and depth, not once per example.
    cached = _records.get((cls, depth))
    if cached is None:
        cached = _records[cls, depth] = _build_record(cls, depth)
    return cached


def _build_record(cls: type[UltraCartModel], depth: int) -> st.SearchStrategy[dict[str, Any]]:
    if depth > 2:
        return st.just({})  # Customer and Order contain each other
    hints = typing.get_type_hints(cls)
    known: dict[str, st.SearchStrategy[Any]] = {}
    for a in attrs.fields(cls):
        if a.name in ("extra_fields", "_wire_timestamps"):
            continue
        (tp,) = [arg for arg in typing.get_args(hints[a.name]) if arg is not type(None)]
        known[a.metadata.get("wire_name", a.name)] = _fitting_or_not(tp, depth)
    unknown = st.dictionaries(_unknown_keys, _json_anything, max_size=2)
    return st.builds(lambda k, u: {**k, **u}, st.fixed_dictionaries({}, optional=known), unknown)


_model_and_record = st.sampled_from(_model_classes()).flatmap(
    lambda cls: st.tuples(st.just(cls), _record(cls))
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_model_and_record)
def test_any_record_of_any_model_round_trips(
    case: tuple[type[UltraCartModel], dict[str, Any]],
) -> None:
    cls, data = case
    logging.getLogger("ultracart_async.wire").disabled = True  # bad values are expected here
    try:
        model = cls.from_dict(data)
        assert model.to_dict() == data
        assert orjson.loads(model.to_json()) == data
        assert cls.from_json(model.to_json()) == model
    finally:
        logging.getLogger("ultracart_async.wire").disabled = False
