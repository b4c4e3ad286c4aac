"""Handlers of the 29 customer operations (``/customer/...``)."""

from __future__ import annotations

import copy
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final

import orjson

from ._customers_data import (
    EXPANSIONS,
    MERCHANT_ID,
    WRITABLE_FIELDS,
    normalize_expand,
)
from ._http import (
    MAX_CUSTOMERS,
    ApiError,
    Call,
    Paging,
    Reply,
    apply_sort,
    as_amount,
    no_content,
    ok,
    ok_bare,
    page_metadata,
    paging,
    parse_sort,
    parse_ts,
    required_text,
)
from ._routes import RouteTable
from ._world import World

__all__ = ["ROUTES"]

#: Each handler declares its route with ``@_route(method, template)``.
_route: Final = RouteTable()

Predicate = Callable[[int, dict[str, Any]], bool]

# Address filters of getCustomers / CustomerQuery: wire suffix -> address field.
_ADDRESS_FIELDS: Final = {
    "first_name": "first_name",
    "last_name": "last_name",
    "company": "company",
    "city": "city",
    "state": "state_region",
    "postal_code": "postal_code",
    "country_code": "country_code",
    "day_phone": "day_phone",
    "evening_phone": "evening_phone",
}
_SCALAR_SORT_FIELDS: Final = frozenset(
    name for name in WRITABLE_FIELDS if name not in EXPANSIONS and name != "password"
) | {"customer_profile_oid", "merchant_id", "last_modified_by", "last_modified_dts"}
_ADDRESS_SORT_FIELDS: Final = frozenset(
    {
        "address1", "address2", "city", "company", "country_code", "day_phone", "evening_phone",
        "first_name", "last_name", "postal_code", "state_region", "tax_county", "title",
    }
)  # fmt: skip
_LIST_CACHE_SIZE: Final = 32
_NESTED_OIDS: Final = {
    "billing": "customer_billing_oid",
    "shipping": "customer_shipping_oid",
    "cards": "customer_profile_credit_card_id",
    "cc_emails": "customer_profile_email_oid",
    "properties": "customer_profile_property_oid",
    "attachments": "customer_profile_attachment_oid",
    "software_entitlements": "customer_software_entitlement_oid",
}


# --- filters ------------------------------------------------------------------------------------


def _fold(value: Any) -> str:
    return value.casefold() if isinstance(value, str) else ""


def _string(name: str, value: Any) -> str:
    if not isinstance(value, str):
        raise ApiError(400, f"Invalid {name}: expected a string.")
    return value


def _field_prefix(field: str, prefix: str) -> Predicate:
    return lambda _oid, c: _fold(c.get(field)).startswith(prefix)


def _field_equals(field: str, value: str) -> Predicate:
    return lambda _oid, c: _fold(c.get(field)) == value


def _email_in(wanted: set[str]) -> Predicate:
    return lambda _oid, c: _fold(c.get("email")) in wanted


def _time_bound(
    times: Mapping[int, tuple[float, float]], index: int, bound: float, *, lower: bool
) -> Predicate:
    if lower:
        return lambda oid, _c: times[oid][index] >= bound
    return lambda oid, _c: times[oid][index] <= bound


def _address_filter(kind: str, field: str, value: str, *, exact: bool) -> Predicate:
    def predicate(_oid: int, c: dict[str, Any]) -> bool:
        for address in c.get(kind) or ():
            have = _fold(address.get(field))
            if have == value if exact else have.startswith(value):
                return True
        return False

    return predicate


def _tier_filter(key: str, value: object) -> Predicate:
    def predicate(_oid: int, c: dict[str, Any]) -> bool:
        for tier in c.get("pricing_tiers") or ():
            have = tier.get(key)
            if (_fold(have) if key == "name" else have) == value:
                return True
        return False

    return predicate


def _filters(world: World, criteria: Mapping[str, Any]) -> list[Predicate]:
    """Predicates for getCustomers' query filters and CustomerQuery's fields.

    Text filters match case-insensitively by prefix (addresses: any address of that kind);
    ``emails``, ``qb_class``, ``quickbooks_code``, ``*_country_code`` and ``pricing_tier_name``
    match exactly (case-insensitively); date ranges are inclusive.
    """
    times = world.customers.times
    preds: list[Predicate] = []
    for name, raw in criteria.items():
        if raw is None or raw == "" or raw == []:
            continue
        if name == "email":
            preds.append(_field_prefix("email", _string(name, raw).casefold()))
        elif name == "emails":
            if not isinstance(raw, list) or not all(isinstance(e, str) for e in raw):
                raise ApiError(400, "Invalid emails: expected a list of strings.")
            preds.append(_email_in({e.casefold() for e in raw}))
        elif name == "qb_class":
            preds.append(_field_equals("qb_class", _string(name, raw).casefold()))
        elif name == "quickbooks_code":
            preds.append(_field_equals("qb_code", _string(name, raw).casefold()))
        elif name.endswith(("_dts_start", "_dts_end")):
            bound = parse_ts(_string(name, raw), name)
            index = 1 if name.startswith("last_modified") else 0
            preds.append(_time_bound(times, index, bound, lower=name.endswith("_start")))
        elif name.startswith(("billing_", "shipping_")):
            kind, _, suffix = name.partition("_")
            field = _ADDRESS_FIELDS.get(suffix)
            if field is not None:
                value = _string(name, raw).casefold()
                preds.append(_address_filter(kind, field, value, exact=field == "country_code"))
        elif name == "pricing_tier_oid":
            try:
                tier = int(raw)
            except (TypeError, ValueError):
                raise ApiError(400, "Invalid pricing_tier_oid: expected an integer.") from None
            preds.append(_tier_filter("pricing_tier_oid", tier))
        elif name == "pricing_tier_name":
            preds.append(_tier_filter("name", _string(name, raw).casefold()))
        elif name in ("all_tags", "any_tags"):
            if not isinstance(raw, list) or not all(isinstance(t, str) for t in raw):
                raise ApiError(400, f"Invalid {name}: expected a list of strings.")
            preds.append(_tag_filter({t.casefold() for t in raw}, need_all=name == "all_tags"))
    return preds


def _tag_filter(tags: set[str], *, need_all: bool) -> Predicate:
    def predicate(_oid: int, c: dict[str, Any]) -> bool:
        have = {_fold(t.get("tag_value")) for t in c.get("tags") or ()}
        return tags <= have if need_all else not tags.isdisjoint(have)

    return predicate


def _since(call: Call, world: World) -> list[Predicate]:
    raw = call.query.get("_since")
    if not raw:
        return []
    bound = parse_ts(raw, "_since")
    times = world.customers.times
    return [lambda o, _c: times[o][1] >= bound]


def _sort_key(world: World) -> Callable[[str], Callable[[Any], Any] | None]:
    records = world.customers.records
    times = world.customers.times

    def lookup(name: str) -> Callable[[Any], Any] | None:
        if name == "last_modified_dts":
            return lambda oid: times[oid][1]
        if name == "signup_dts":
            return lambda oid: times[oid][0]
        if name in _SCALAR_SORT_FIELDS:
            return lambda oid: records[oid].get(name)
        kind, _, field = name.partition(".")
        if kind in ("billing", "shipping") and field in _ADDRESS_SORT_FIELDS:

            def first_address(oid: int) -> Any:
                addresses = records[oid].get(kind) or [{}]
                return addresses[0].get(field)

            return first_address
        return None

    return lookup


def _select(world: World, call: Call, key: Any, preds: list[Predicate]) -> list[int]:
    """Matching oids in ``_sort`` order, cached per (query, data version)."""
    store = world.customers
    spec = parse_sort(call.query.get("_sort"), _sort_key(world))
    cache: OrderedDict[Any, list[int]] = world.customer_list_cache
    cache_key = (key, call.query.get("_sort"), call.query.get("_since"), store.version)
    hit = cache.get(cache_key)
    if hit is not None:
        cache.move_to_end(cache_key)
        return hit
    if preds:
        records = store.records
        oids = [o for o in store.order if all(p(o, records[o]) for p in preds)]
    else:
        oids = list(store.order)
    if spec:
        oids = apply_sort(oids, spec)
    cache[cache_key] = oids
    if len(cache) > _LIST_CACHE_SIZE:
        cache.popitem(last=False)
    return oids


def _customers_page(world: World, call: Call, oids: list[int], page: Paging) -> Reply:
    expand = normalize_expand(call.expand())
    chunk = oids[page.offset : page.offset + page.limit]
    render = world.customers.render
    meta = orjson.dumps(page_metadata(page, len(chunk), len(oids), "customers"))
    # Splice cached per-customer bytes: no dict is built or serialized for a page.
    body = b"".join(
        (
            b'{"customers":[',
            b",".join([render(oid, expand) for oid in chunk]),
            b'],"success":true,"metadata":',
            meta,
            b"}",
        )
    )
    return Reply(200, body)


def _frozen(criteria: Mapping[str, Any]) -> Any:
    return orjson.dumps(dict(sorted(criteria.items())))


# --- list operations ----------------------------------------------------------------------------

_GET_CUSTOMERS_FILTERS: Final = (
    "email", "qb_class", "quickbooks_code", "last_modified_dts_start", "last_modified_dts_end",
    "signup_dts_start", "signup_dts_end", "billing_first_name", "billing_last_name",
    "billing_company", "billing_city", "billing_state", "billing_postal_code",
    "billing_country_code", "billing_day_phone", "billing_evening_phone", "shipping_first_name",
    "shipping_last_name", "shipping_company", "shipping_city", "shipping_state",
    "shipping_postal_code", "shipping_country_code", "shipping_day_phone",
    "shipping_evening_phone", "pricing_tier_oid", "pricing_tier_name",
)  # fmt: skip


@_route("GET", "/customer/customers")
def get_customers(world: World, call: Call) -> Reply:
    """GET /customer/customers: every documented filter, paging, ``_since``, ``_sort``."""
    page = paging(call, MAX_CUSTOMERS)
    criteria = {k: call.query[k] for k in _GET_CUSTOMERS_FILTERS if call.query.get(k)}
    preds = _filters(world, criteria) + _since(call, world)
    oids = _select(world, call, ("list", _frozen(criteria)), preds)
    return _customers_page(world, call, oids, page)


_QUERY_FIELDS: Final = frozenset(_GET_CUSTOMERS_FILTERS) | {"emails", "all_tags", "any_tags"}


@_route("POST", "/customer/customers/query")
def get_customers_by_query(world: World, call: Call) -> Reply:
    """POST /customer/customers/query with a CustomerQuery body."""
    page = paging(call, MAX_CUSTOMERS)
    body = call.json_object()
    target = body.get("query_target")
    if target is not None and target not in ("origin", "cache"):
        raise ApiError(400, f"Invalid query_target {target!r}: expected origin or cache.")
    criteria = {k: v for k, v in body.items() if k in _QUERY_FIELDS}
    preds = _filters(world, criteria) + _since(call, world)
    oids = _select(world, call, ("query", _frozen(criteria)), preds)
    return _customers_page(world, call, oids, page)


@_route("GET", "/customer/customers/search")
def search_customers(world: World, call: Call) -> Reply:
    """GET /customer/customers/search: ``search_string`` is a case-insensitive substring of the
    email, names, company or city of any address."""
    page = paging(call, MAX_CUSTOMERS)
    needle = (call.query.get("search_string") or "").casefold()
    criteria = {k: call.query[k] for k in ("signup_dts_start", "signup_dts_end") if k in call.query}
    preds = _filters(world, criteria) + _since(call, world)
    if needle:

        def matches(_oid: int, c: dict[str, Any]) -> bool:
            if needle in _fold(c.get("email")):
                return True
            for kind in ("billing", "shipping"):
                for a in c.get(kind) or ():
                    for f in ("first_name", "last_name", "company", "city"):
                        if needle in _fold(a.get(f)):
                            return True
            return False

        preds.append(matches)
    oids = _select(world, call, ("search", needle, _frozen(criteria)), preds)
    return _customers_page(world, call, oids, page)


@_route("POST", "/customer/customers/dataTables")
def get_customers_for_data_tables(world: World, call: Call) -> Reply:
    """POST /customer/customers/dataTables: DataTables server-side paging (form fields
    ``draw``, ``start``, ``length``; defaults 1, 0, 10)."""
    form = call.form

    def number(name: str, default: int) -> int:
        try:
            return int(form.get(name, default))
        except ValueError:
            raise ApiError(400, f"Invalid {name}.") from None

    draw, start, length = number("draw", 1), number("start", 0), number("length", 10)
    store = world.customers
    expand = normalize_expand(call.expand())
    chunk = store.order[max(start, 0) : max(start, 0) + max(min(length, MAX_CUSTOMERS), 0)]
    data = b",".join([store.render(oid, expand) for oid in chunk])
    total = len(store)
    body = (
        b'{"data":['
        + data
        + b'],"draw":'
        + str(draw).encode()
        + b',"recordsFiltered":'
        + str(total).encode()
        + b',"recordsTotal":'
        + str(total).encode()
        + b"}"
    )
    return Reply(200, body)


# --- single customer ----------------------------------------------------------------------------


def _customer_oid(world: World, call: Call) -> int:
    oid = call.int_param("customer_profile_oid")
    if oid not in world.customers:
        raise ApiError(404, f"Customer profile {oid} was not found.")
    return oid


def _customer_reply(world: World, call: Call, oid: int) -> Reply:
    expand = normalize_expand(call.expand())
    body = b'{"customer":' + world.customers.render(oid, expand) + b',"success":true,"metadata":{}}'
    return Reply(200, body)


@_route("GET", "/customer/customers/{customer_profile_oid}")
def get_customer(world: World, call: Call) -> Reply:
    """GET /customer/customers/{customer_profile_oid}."""
    return _customer_reply(world, call, _customer_oid(world, call))


@_route("GET", "/customer/customers/by_email/{email}")
def get_customer_by_email(world: World, call: Call) -> Reply:
    """GET /customer/customers/by_email/{email}: exact (case-insensitive) email."""
    email = call.params["email"]
    oid = world.customers.by_email.get(email.lower())
    if oid is None:
        raise ApiError(404, f"No customer profile has the email {email!r}.")
    return _customer_reply(world, call, oid)


def _clean_customer(world: World, body: dict[str, Any], oid: int) -> dict[str, Any]:
    """The writable part of a Customer body, with nested oids assigned where missing."""
    out: dict[str, Any] = {}
    for key, value in body.items():
        if key not in WRITABLE_FIELDS or key == "password":
            # Passwords "may only be set, never read": accept and drop.
            continue
        if key == "email" and not isinstance(value, str):
            raise ApiError(400, "Invalid email: expected a string.")
        if key in EXPANSIONS and value is not None:
            expected = list if key in _NESTED_OIDS or key in ("tags", "pricing_tiers") else dict
            if not isinstance(value, expected):
                raise ApiError(400, f"Invalid {key}: expected a JSON {expected.__name__}.")
        out[key] = copy.deepcopy(value)
    for key, oid_field in _NESTED_OIDS.items():
        for item in out.get(key) or ():
            if not isinstance(item, dict):
                raise ApiError(400, f"Invalid {key}: expected a list of objects.")
            if not isinstance(item.get(oid_field), int):
                world.next_nested_oid += 1
                item[oid_field] = world.next_nested_oid
            if key in ("billing", "shipping", "cards"):
                item["customer_profile_oid"] = oid
    return out


def _check_email(world: World, email: str, oid: int) -> None:
    if not email.strip():
        raise ApiError(400, "Email is required.")
    other = world.customers.by_email.get(email.lower())
    if other is not None and other != oid:
        raise ApiError(400, f"Another customer profile ({other}) already has the email {email!r}.")


@_route("POST", "/customer/customers")
def insert_customer(world: World, call: Call) -> Reply:
    """POST /customer/customers: email required and unique; server fields assigned."""
    body = call.json_object()
    email = body.get("email")
    if not isinstance(email, str):
        raise ApiError(400, "Email is required.")
    store = world.customers
    _check_email(world, email, -1)
    oid = store.allocate_oid()
    record = _clean_customer(world, body, oid)
    now = world.now_ts()
    record = {
        "customer_profile_oid": oid,
        "merchant_id": MERCHANT_ID,
        "signup_dts": now,
        **record,
        "last_modified_dts": now,
        "last_modified_by": "api",
    }
    store.put(record)
    return _customer_reply(world, call, oid)


@_route("PUT", "/customer/customers/{customer_profile_oid}")
def update_customer(world: World, call: Call) -> Reply:
    """PUT /customer/customers/{oid}: the fields sent replace the stored ones (lists whole)."""
    oid = _customer_oid(world, call)
    body = call.json_object()
    changes = _clean_customer(world, body, oid)
    if "email" in changes:
        _check_email(world, changes["email"], oid)
    record = copy.deepcopy(world.customers.records[oid])
    record.update(changes)
    record["last_modified_dts"] = world.now_ts()
    record["last_modified_by"] = "api"
    world.customers.put(record)
    return _customer_reply(world, call, oid)


@_route("DELETE", "/customer/customers/{customer_profile_oid}")
def delete_customer(world: World, call: Call) -> Reply:
    """DELETE /customer/customers/{oid}: 204, empty body."""
    oid = _customer_oid(world, call)
    world.delete_customer(oid)
    return no_content()


@_route("PUT", "/customer/customers/{customer_profile_oid}/merge")
def merge_customer(world: World, call: Call) -> Reply:
    """PUT /customer/customers/{oid}/merge: the body names the source profile (by oid or
    email); its addresses, cards and tags move to the target and the source is deleted.
    Answers the merged customer (the spec declares no body; we send CustomerResponse)."""
    target = _customer_oid(world, call)
    body = call.json_object()
    store = world.customers
    source: int | None = None
    if isinstance(body.get("customer_profile_oid"), int):
        source = body["customer_profile_oid"]
    elif isinstance(body.get("email"), str):
        source = store.by_email.get(body["email"].lower())
    if source is None or source not in store:
        raise ApiError(404, "The customer profile to merge was not found.")
    if source == target:
        raise ApiError(400, "A customer profile cannot be merged into itself.")
    record = copy.deepcopy(store.records[target])
    donor = store.records[source]
    for key in ("billing", "shipping", "cards", "cc_emails", "properties", "attachments"):
        moved = [dict(item, customer_profile_oid=target) for item in donor.get(key) or ()]
        record[key] = list(record.get(key) or ()) + moved
    tags = {t["tag_value"] for t in record.get("tags") or () if "tag_value" in t}
    tags |= {t["tag_value"] for t in donor.get("tags") or () if "tag_value" in t}
    record["tags"] = [{"tag_value": t} for t in sorted(tags)]
    record["last_modified_dts"] = world.now_ts()
    world.delete_customer(source)
    store.put(record)
    return _customer_reply(world, call, target)


# --- customer side data -------------------------------------------------------------------------


@_route("GET", "/customer/customers/{customer_profile_oid}/loyalty")
def get_customer_loyalty(world: World, call: Call) -> Reply:
    """GET .../loyalty."""
    oid = _customer_oid(world, call)
    loyalty = world.customers.records[oid].get("loyalty") or {
        "current_points": 0,
        "pending_points": 0,
    }
    return ok({"customer_loyalty": loyalty})


@_route("POST", "/customer/customers/{customer_profile_oid}/adjust_loyalty_points")
def adjust_loyalty_points(world: World, call: Call) -> Reply:
    """POST .../adjust_loyalty_points: adds ``loyalty_points`` (may be negative)."""
    oid = _customer_oid(world, call)
    body = call.json_object()
    points = body.get("loyalty_points")
    if not isinstance(points, int) or isinstance(points, bool):
        raise ApiError(400, "loyalty_points is required and must be an integer.")
    record = copy.deepcopy(world.customers.records[oid])
    loyalty = record.setdefault("loyalty", {"current_points": 0, "pending_points": 0})
    current = int(loyalty.get("current_points", 0)) + points
    if current < 0:
        raise ApiError(400, "The adjustment would make the loyalty balance negative.")
    loyalty["current_points"] = current
    record["last_modified_dts"] = world.now_ts()
    world.customers.put(record)
    return ok(
        {
            "current_points": current,
            "loyalty_points": points,
            "pending_points": int(loyalty.get("pending_points", 0)),
        }
    )


@_route("POST", "/customer/customers/{customer_profile_oid}/adjust_cashback_balance")
def adjust_internal_certificate(world: World, call: Call) -> Reply:
    """POST .../adjust_cashback_balance: adds ``adjustment_amount`` to the cashback balance."""
    oid = _customer_oid(world, call)
    body = call.json_object()
    amount = as_amount(body.get("adjustment_amount"))
    if amount is None:
        raise ApiError(400, "adjustment_amount is required and must be a number.")
    record = copy.deepcopy(world.customers.records[oid])
    loyalty = record.setdefault("loyalty", {"current_points": 0, "pending_points": 0})
    balance = round(float(loyalty.get("internal_gift_certificate_balance") or 0) + amount, 2)
    loyalty["internal_gift_certificate_balance"] = f"{balance:.2f}"
    world.customers.put(record)
    return ok({"adjustment_amount": amount, "balance_amount": balance})


def _credit_view(world: World, oid: int) -> dict[str, Any]:
    ledger = world.store_credit.get(oid, [])
    total = round(sum(entry["amount"] for entry in ledger), 2)
    return {
        "available": total,
        "expiring": 0.0,
        "future_ledgers": [],
        "past_ledgers": ledger,
        "total": total,
        "vesting": 0.0,
    }


@_route("GET", "/customer/customers/{customer_profile_oid}/store_credit")
def get_customer_store_credit(world: World, call: Call) -> Reply:
    """GET .../store_credit."""
    oid = _customer_oid(world, call)
    return ok({"customer_store_credit": _credit_view(world, oid)})


@_route("POST", "/customer/customers/{customer_profile_oid}/store_credit")
def add_customer_store_credit(world: World, call: Call) -> Reply:
    """POST .../store_credit: positive ``amount`` required; answers BaseResponse."""
    oid = _customer_oid(world, call)
    body = call.json_object()
    amount = as_amount(body.get("amount"))
    if amount is None or amount <= 0:
        raise ApiError(400, "amount is required and must be a positive number.")
    world.next_ledger_oid += 1
    world.store_credit.setdefault(oid, []).append(
        {
            "action": "add",
            "amount": amount,
            "description": str(body.get("description", "")),
            "entry_dts": world.now_ts(),
            "gift_certificate_ledger_oid": world.next_ledger_oid,
            "gift_certificate_oid": oid * 7,
        }
    )
    return ok({})


def _wishlist(world: World, oid: int) -> dict[int, dict[str, Any]]:
    return world.wishlists.setdefault(oid, {})


@_route("GET", "/customer/customers/{customer_profile_oid}/wishlist")
def get_customer_wish_list(world: World, call: Call) -> Reply:
    """GET .../wishlist (not paged)."""
    oid = _customer_oid(world, call)
    return ok({"wishlist_items": list(_wishlist(world, oid).values())})


def _wish_item(world: World, call: Call) -> tuple[int, int]:
    oid = _customer_oid(world, call)
    item_oid = call.int_param("customer_wishlist_item_oid")
    if item_oid not in _wishlist(world, oid):
        raise ApiError(404, f"Wish list item {item_oid} was not found.")
    return oid, item_oid


_WISH_FIELDS: Final = ("comments", "merchant_item_oid", "position", "priority")


@_route("POST", "/customer/customers/{customer_profile_oid}/wishlist")
def insert_wish_list_item(world: World, call: Call) -> Reply:
    """POST .../wishlist: answers the bare CustomerWishListItem (no envelope, per the spec)."""
    oid = _customer_oid(world, call)
    body = call.json_object()
    world.next_wishlist_oid += 1
    item: dict[str, Any] = {
        "add_dts": world.now_ts(),
        "customer_profile_oid": oid,
        "customer_wishlist_item_oid": world.next_wishlist_oid,
    }
    item.update({k: body[k] for k in _WISH_FIELDS if k in body})
    _wishlist(world, oid)[world.next_wishlist_oid] = item
    return ok_bare(item)


@_route("GET", "/customer/customers/{customer_profile_oid}/wishlist/{customer_wishlist_item_oid}")
def get_customer_wish_list_item(world: World, call: Call) -> Reply:
    """GET .../wishlist/{item}."""
    oid, item_oid = _wish_item(world, call)
    return ok({"wishlist_item": _wishlist(world, oid)[item_oid]})


@_route("PUT", "/customer/customers/{customer_profile_oid}/wishlist/{customer_wishlist_item_oid}")
def update_wish_list_item(world: World, call: Call) -> Reply:
    """PUT .../wishlist/{item}: answers the bare item."""
    oid, item_oid = _wish_item(world, call)
    body = call.json_object()
    item = _wishlist(world, oid)[item_oid]
    item.update({k: body[k] for k in _WISH_FIELDS if k in body})
    return ok_bare(item)


@_route(
    "DELETE", "/customer/customers/{customer_profile_oid}/wishlist/{customer_wishlist_item_oid}"
)
def delete_wish_list_item(world: World, call: Call) -> Reply:
    """DELETE .../wishlist/{item}: 204."""
    oid, item_oid = _wish_item(world, call)
    del _wishlist(world, oid)[item_oid]
    return no_content()


@_route("POST", "/customer/customers/{customer_profile_oid}/email_lists")
def update_customer_email_lists(world: World, call: Call) -> Reply:
    """POST .../email_lists: answers the CustomerEmailListChanges it applied (bare)."""
    oid = _customer_oid(world, call)
    body = call.json_object()
    add = body.get("add_to_lists") or []
    remove = body.get("remove_from_lists") or []
    if not isinstance(add, list) or not isinstance(remove, list):
        raise ApiError(400, "add_to_lists and remove_from_lists must be lists of list uuids.")
    lists = world.email_lists.setdefault(oid, set())
    lists.update(str(x) for x in add)
    lists.difference_update(str(x) for x in remove)
    return ok_bare({"add_to_lists": add, "remove_from_lists": remove})


@_route("POST", "/customer/customers/{customer_profile_oid}/email_suppression")
def update_customer_email_suppression(world: World, call: Call) -> Reply:
    """POST .../email_suppression."""
    oid = _customer_oid(world, call)
    body = call.json_object()
    source = body.get("consent_source")
    if source is not None and source not in (
        "phone",
        "email",
        "chat",
        "in_person",
        "written",
        "other",
    ):
        raise ApiError(400, f"Invalid consent_source {source!r}.")
    record = world.customers.records[oid]
    return ok(
        {
            "email_suppression": {
                "bounce_cleared": bool(body.get("clear_bounce")),
                "customer_profile_oid": oid,
                "email": record.get("email", ""),
                "global_unsubscribe_cleared": bool(body.get("clear_global_unsubscribe")),
                "global_unsubscribed": False,
                "spam_complaint": False,
                "spam_complaint_cleared": bool(body.get("clear_spam_complaint")),
            }
        }
    )


@_route("PUT", "/customer/customers/{customer_profile_oid}/magic_link/{storefront_host_name}")
def get_magic_link(world: World, call: Call) -> Reply:
    """PUT .../magic_link/{storefront_host_name} ("a PUT call intentionally")."""
    oid = _customer_oid(world, call)
    host = call.params["storefront_host_name"]
    token = world.token("magic", oid, host)
    return ok({"url": f"https://{host}/magic-link?token={token}"})


@_route("POST", "/customer/customers/email_verify/get_token")
def get_email_verification_token(world: World, call: Call) -> Reply:
    """POST /customer/customers/email_verify/get_token."""
    email = required_text(call.json_object(), "email")
    token = world.token("verify", email.lower())
    world.email_tokens[token] = email
    return ok({"token": token})


@_route("POST", "/customer/customers/email_verify/validate_token")
def validate_email_verification_token(world: World, call: Call) -> Reply:
    """POST /customer/customers/email_verify/validate_token: 400 for an unknown token."""
    body = call.json_object()
    token = body.get("token")
    if not isinstance(token, str) or token not in world.email_tokens:
        raise ApiError(400, "The email verification token is not valid.")
    return ok({})


@_route("GET", "/customer/editor_values")
def get_customer_editor_values(world: World, call: Call) -> Reply:
    """GET /customer/editor_values: the bare CustomerEditorValues (no envelope, per the spec)."""
    return ok_bare(
        {
            "affiliates": [
                {"affiliate_oid": 5000 + i, "email": f"affiliate{i}@example.com"} for i in range(3)
            ],
            "card_exp_months": [f"{m:02d}" for m in range(1, 13)],
            "card_exp_years": [str(y) for y in range(2026, 2036)],
            "card_types": ["AMEX", "Discover", "MasterCard", "Visa"],
            "countries": [
                {"iso_2_code": "US", "name": "United States"},
                {"iso_2_code": "CA", "name": "Canada"},
                {"iso_2_code": "DE", "name": "Germany"},
            ],
            "loyalty_program_type": "points",
            "qb_classes": ["Online", "Retail", "Wholesale"],
            "sales_rep_codes": [f"REP{i:02d}" for i in range(20)],
            "terms": ["COD", "Due on receipt", "Net 15", "Net 30"],
        }
    )


@_route("GET", "/customer/email_lists")
def get_customer_email_lists(world: World, call: Call) -> Reply:
    """GET /customer/email_lists."""
    names = ("Newsletter", "Wholesale news", "Back in stock", "Promotions")
    return ok(
        {
            "lists": [
                {
                    "allow_csv_download": True,
                    "created_dts": "2020-01-15T09:30:00-05:00",
                    "deleted": False,
                    "email_list_uuid": world.token("list", name),
                    "member_count": 100 * (i + 1),
                    "merchant_id": MERCHANT_ID,
                    "name": name,
                    "public_list": i % 2 == 0,
                }
                for i, name in enumerate(names)
            ]
        }
    )


@_route("GET", "/customer/quickbooks_online/customers")
def get_quick_books_online_customers(world: World, call: Call) -> Reply:
    """GET /customer/quickbooks_online/customers: profiles with a QBO id; ``q`` is a
    case-insensitive substring of email or display name (at most 100 answered)."""
    needle = (call.query.get("q") or "").casefold()
    out = []
    for _oid, c in world.customers.iter_records():
        qbo = c.get("quickbooks_online_customer_id")
        if not qbo:
            continue
        billing = (c.get("billing") or [{}])[0]
        name = f"{billing.get('first_name', '')} {billing.get('last_name', '')}".strip()
        if needle and needle not in _fold(c.get("email")) and needle not in name.casefold():
            continue
        out.append({"customer_id": qbo, "display_name": name, "email": c.get("email", "")})
        if len(out) >= 100:
            break
    return ok({"quickbooks_online_customers": out})


@_route("POST", "/customer/search")
def search_customer_profile_values(world: World, call: Call) -> Reply:
    """POST /customer/search (LookupRequest): distinct values of ``category`` (a top-level
    field or ``billing_<field>``/``shipping_<field>``) starting with ``matches``."""
    body = call.json_object()
    category = required_text(body, "category")
    prefix = str(body.get("matches") or "").casefold()
    max_hits: int = body["max_hits"] if isinstance(body.get("max_hits"), int) else 10
    kind, _, field = category.partition("_")
    values: set[str] = set()
    for _oid, c in world.customers.iter_records():
        if kind in ("billing", "shipping") and field:
            candidates: Iterable[Any] = (a.get(field) for a in c.get(kind) or ())
        else:
            candidates = (c.get(category),)
        for value in candidates:
            if isinstance(value, str) and value.casefold().startswith(prefix):
                values.add(value)
    hits = sorted(values)[: max(max_hits, 0)]
    return ok({"values": [{"key": v, "value": v} for v in hits]})


ROUTES: Final = _route.routes()
