"""Seeded customer profiles and the store that serves them.

Each customer is kept as one plain dict holding every expansion. Its JSON is rendered lazily, in
parts (the bare object plus one ``,"name":value`` fragment per expansion), and cached; a page is
spliced from those bytes, so serving a page costs little CPU. A write drops that customer's cache.
"""

from __future__ import annotations

import bisect
import random
from collections.abc import Iterable, Iterator
from typing import Any, Final

import orjson

from ._http import format_ts, ts_or_none

__all__ = ["EXPANSIONS", "CustomerStore", "normalize_expand"]

#: ``_expand`` parts in the order they are appended to a customer (the documented 15, plus
#: ``activity`` and ``edi`` which are objects of the Customer schema), each with its JSON type:
#: a list part the customer lacks is served as ``[]``. Unknown parts are ignored.
_EXPANSION_TYPES: Final[dict[str, type]] = {
    "activity": dict,
    "attachments": list,
    "billing": list,
    "cards": list,
    "cc_emails": list,
    "edi": dict,
    "loyalty": dict,
    "orders_summary": dict,
    "pricing_tiers": list,
    "privacy": dict,
    "properties": list,
    "quotes_summary": dict,
    "reviewer": dict,
    "shipping": list,
    "software_entitlements": list,
    "tags": list,
    "tax_codes": dict,
}
#: Every ``_expand`` part the sandbox serves, in the order they are appended to a customer.
EXPANSIONS: Final[tuple[str, ...]] = tuple(_EXPANSION_TYPES)
_EXPANSION_SET: Final = frozenset(EXPANSIONS)
_LIST_EXPANSIONS: Final = frozenset(
    name for name, json_type in _EXPANSION_TYPES.items() if json_type is list
)

#: Customer fields a client may write (the Customer schema less ``orders``/``quotes``).
WRITABLE_FIELDS: Final = frozenset(
    {
        "activity", "affiliate_oid", "allow_3rd_party_billing", "allow_cod",
        "allow_drop_shipping", "allow_purchase_order", "allow_quote_request",
        "allow_selection_of_address_type", "attachments", "auto_approve_cod",
        "auto_approve_purchase_order", "automatic_merchant_notes", "billing", "birth_date",
        "business_notes", "cards", "cc_emails", "dhl_account_number", "dhl_duty_account_number",
        "do_not_send_mail", "edi", "email", "exempt_shipping_handling_charge", "fax",
        "fedex_account_number", "free_shipping", "free_shipping_minimum", "loyalty",
        "maximum_item_count", "minimum_item_count", "minimum_subtotal", "no_coupons",
        "no_free_shipping", "no_realtime_charge", "orders_summary", "password", "pricing_tiers",
        "privacy", "properties", "qb_class", "qb_code", "qb_tax_exemption_reason_code",
        "quickbooks_online_customer_id", "quotes_summary", "referral_source", "reviewer",
        "sales_rep_code", "send_signup_notification", "shipping", "signup_dts",
        "software_entitlements", "suppress_buysafe", "tags", "tax_codes", "tax_exempt", "tax_id",
        "terms", "track_separately", "unapproved", "ups_account_number", "website_url",
    }
)  # fmt: skip

MERCHANT_ID: Final = "DEMO"
#: The generated data's "now": fixed, so the same seed gives the same bytes on any day.
DATA_EPOCH: Final = 1_767_225_600  # 2026-01-01T00:00:00Z
_YEAR: Final = 365 * 86400

_FIRST: Final = (
    "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David",
    "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah",
    "Chloé", "José", "Zoë", "Jürgen", "Amélie", "Søren", "Björn", "François", "Ingrid", "Renée",
    "Łukasz", "Dvořák", "Siobhán", "Nguyễn", "Анна", "Дмитрий", "明", "伟", "さくら", "Ólafur",
)  # fmt: skip
_FIRST_ASCII: Final = (
    "james", "mary", "robert", "patricia", "john", "jennifer", "michael", "linda", "david",
    "elizabeth", "william", "barbara", "richard", "susan", "joseph", "jessica", "thomas", "sarah",
    "chloe", "jose", "zoe", "juergen", "amelie", "soren", "bjorn", "francois", "ingrid", "renee",
    "lukasz", "dvorak", "siobhan", "nguyen", "anna", "dmitry", "ming", "wei", "sakura", "olafur",
)  # fmt: skip
_LAST: Final = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
    "Martinez", "Hernandez", "Lopez", "Wilson", "Anderson", "Taylor", "Moore", "Jackson", "Martin",
    "Müller", "García", "Pérez", "O'Brien", "Ødegaard", "Schröder", "Nuñez", "Kowalczyk",
    "王", "李", "张伟", "Иванов", "Sørensen", "Đặng", "Zürcher", "Çelik",
)  # fmt: skip
_LAST_ASCII: Final = (
    "smith", "johnson", "williams", "brown", "jones", "garcia", "miller", "davis", "rodriguez",
    "martinez", "hernandez", "lopez", "wilson", "anderson", "taylor", "moore", "jackson", "martin",
    "mueller", "garcia", "perez", "obrien", "odegaard", "schroeder", "nunez", "kowalczyk",
    "wang", "li", "zhangwei", "ivanov", "sorensen", "dang", "zuercher", "celik",
)  # fmt: skip
_DOMAINS: Final = ("example.com", "example.org", "example.net", "mail.example.com", "shop.example")
_COMPANIES: Final = (
    "Acme Corp", "Globex", "Initech", "Umbrella LLC", "Stark Industries", "Wayne Enterprises",
    "Café Crème SARL", "Bäckerei Schmidt GmbH", "北京贸易有限公司", "Sunny 🌞 Farms",
    "Nordisk Ærø A/S", "Hooli", "Vandelay Industries", "Pied Piper",
)  # fmt: skip
# (city, state_region, country_code, postal code prefix, phone prefix)
_PLACES: Final = (
    ("Atlanta", "GA", "US", "303", "+1404"),
    ("Boston", "MA", "US", "021", "+1617"),
    ("Chicago", "IL", "US", "606", "+1312"),
    ("Denver", "CO", "US", "802", "+1303"),
    ("Austin", "TX", "US", "787", "+1512"),
    ("Seattle", "WA", "US", "981", "+1206"),
    ("New York", "NY", "US", "100", "+1212"),
    ("Portland", "OR", "US", "972", "+1503"),
    ("Montréal", "QC", "CA", "H2X", "+1514"),
    ("München", "Bayern", "DE", "803", "+4989"),
    ("Zürich", "ZH", "CH", "800", "+4144"),
    ("São Paulo", "SP", "BR", "015", "+5511"),
    ("上海", "Shanghai", "CN", "200", "+8621"),
    ("København", "Hovedstaden", "DK", "210", "+4533"),
)
_STREETS: Final = (
    "Main St", "Oak Ave", "Maple Dr", "Peachtree Rd", "Elm St", "Cedar Ln", "Rue de la Paix",
    "Hauptstraße", "Sunset Blvd", "Pine St", "Lake Shore Dr", "Broadway",
)  # fmt: skip
_TAGS: Final = ("vip", "wholesale", "newsletter", "retail", "b2b", "loyal", "churn-risk", "émigré")
_TIERS: Final = ((101, "Wholesale"), (102, "Distributor"), (103, "VIP"), (104, "Employee"))
_CARD_TYPES: Final = ("Visa", "MasterCard", "AMEX", "Discover")
_QB_CLASSES: Final = ("Retail", "Wholesale", "Online")
_TERMS: Final = ("Net 30", "Net 15", "COD", "Due on receipt")
_REFERRALS: Final = ("Google", "Friend", "Trade show", "Newsletter", "Podcast")
_PROPERTY_NAMES: Final = ("favorite_color", "shoe_size", "source_campaign", "préférence")
_SKUS: Final = ("APP-PRO", "APP-BASIC", "PLUGIN-X", "SUITE-2024")


def _phone(rng: random.Random, prefix: str) -> tuple[str, str]:
    digits = f"{int(rng.random() * 10_000_000):07d}"
    e164 = prefix + digits
    return f"{prefix[-3:]}-{digits[:3]}-{digits[3:]}", e164


def _address(
    rng: random.Random, kind: str, oid: int, address_oid: int, first: str, last: str, when: str
) -> dict[str, Any]:
    city, state, country, postal, phone_prefix = _PLACES[int(rng.random() * len(_PLACES))]
    day, day_e164 = _phone(rng, phone_prefix)
    address: dict[str, Any] = {
        "address1": f"{1 + int(rng.random() * 9998)} {_STREETS[int(rng.random() * len(_STREETS))]}",
        "city": city,
        "country_code": country,
        f"customer_{kind}_oid": address_oid,
        "customer_profile_oid": oid,
        "day_phone": day,
        "day_phone_e164": day_e164,
        f"default_{kind}": True,
        "first_name": first,
        "last_name": last,
        "last_used_dts": when,
        "postal_code": f"{postal}{int(rng.random() * 100):02d}",
        "state_region": state,
    }
    if rng.random() < 0.4:
        address["address2"] = f"Suite {100 + int(rng.random() * 899)}"
    if rng.random() < 0.35:
        address["company"] = _COMPANIES[int(rng.random() * len(_COMPANIES))]
    if rng.random() < 0.3:
        evening, evening_e164 = _phone(rng, phone_prefix)
        address["evening_phone"] = evening
        address["evening_phone_e164"] = evening_e164
    if country == "US" and rng.random() < 0.5:
        address["tax_county"] = "Fulton"
    if rng.random() < 0.15:
        address["title"] = "Purchasing Manager"
    return address


def generate_customer(
    rng: random.Random, oid: int, now: int
) -> tuple[dict[str, Any], tuple[float, float]]:
    """One fully expanded customer and its (signup, last modified) epoch seconds.

    Every draw comes from ``rng``, so the same generator state yields the same customer.
    """
    r = rng.random
    fi = int(r() * len(_FIRST))
    li = int(r() * len(_LAST))
    first, last = _FIRST[fi], _LAST[li]
    local = f"{_FIRST_ASCII[fi]}.{_LAST_ASCII[li]}{oid}"
    if r() < 0.15:
        local += "+shop"
    email = f"{local}@{_DOMAINS[int(r() * len(_DOMAINS))]}"
    signup = now - int(r() * 8 * _YEAR) - 86400
    modified = signup + int(r() * (now - signup))
    # Formatting is the costliest step of generation: format each distinct instant once.
    signup_s = format_ts(signup)
    modified_s = format_ts(modified)
    c: dict[str, Any] = {
        "customer_profile_oid": oid,
        "merchant_id": MERCHANT_ID,
        "email": email,
        "signup_dts": signup_s,
        "last_modified_dts": modified_s,
        "last_modified_by": "sandbox" if r() < 0.5 else "api",
        "allow_3rd_party_billing": r() < 0.1,
        "allow_cod": r() < 0.1,
        "allow_drop_shipping": r() < 0.2,
        "allow_purchase_order": r() < 0.2,
        "allow_quote_request": r() < 0.3,
        "allow_selection_of_address_type": r() < 0.2,
        "auto_approve_cod": False,
        "auto_approve_purchase_order": r() < 0.1,
        "do_not_send_mail": r() < 0.1,
        "exempt_shipping_handling_charge": r() < 0.05,
        "free_shipping": False,
        "minimum_item_count": 0,
        "minimum_subtotal": 0.0,
        "no_coupons": r() < 0.05,
        "no_free_shipping": r() < 0.05,
        "no_realtime_charge": r() < 0.05,
        "qb_tax_exemption_reason_code": 0,
        "send_signup_notification": False,
        "suppress_buysafe": True,
        "tax_exempt": r() < 0.08,
        "track_separately": r() < 0.1,
        "unapproved": r() < 0.03,
    }
    if r() < 0.15:
        c["free_shipping"] = True
        c["free_shipping_minimum"] = round(25 + r() * 75, 2)
    if r() < 0.4:
        c["qb_class"] = _QB_CLASSES[int(r() * len(_QB_CLASSES))]
        c["qb_code"] = f"{_LAST_ASCII[li].upper()}-{oid}"
    if r() < 0.3:
        c["quickbooks_online_customer_id"] = f"QBO{oid % 100_000:05d}"
    if r() < 0.5:
        c["referral_source"] = _REFERRALS[int(r() * len(_REFERRALS))]
    if r() < 0.3:
        c["sales_rep_code"] = f"REP{int(r() * 20):02d}"
    if r() < 0.35:
        c["terms"] = _TERMS[int(r() * len(_TERMS))]
    if r() < 0.25:
        c["website_url"] = f"https://www.{_LAST_ASCII[li]}{oid % 1000}.example"
    if r() < 0.2:
        c["tax_id"] = f"{int(r() * 1e9):09d}"
    if r() < 0.3:
        c["business_notes"] = "Prefers phone contact — call before shipping. ☎"
    if r() < 0.15:
        c["automatic_merchant_notes"] = "Check stock of special sizes before release."
    if r() < 0.1:
        c["affiliate_oid"] = 5000 + int(r() * 50)
    if r() < 0.4:
        c["birth_date"] = format_ts(now - int((18 + r() * 60) * _YEAR))
    if r() < 0.1:
        c["fax"] = "404-555-0100"
    if r() < 0.08:
        c["ups_account_number"] = f"UPS{int(r() * 1e6):06d}"
        c["fedex_account_number"] = f"FX{int(r() * 1e8):08d}"
    if r() < 0.15:
        c["maximum_item_count"] = 100 + int(r() * 900)

    # Expansions: address arrays first, the rest after.
    for kind, p_single in (("billing", 0.8), ("shipping", 0.7)):
        count = 1 if r() < p_single else 2
        c[kind] = [
            _address(rng, kind, oid, oid * 4 + i, first, last, modified_s) for i in range(count)
        ]
        for extra in c[kind][1:]:
            extra[f"default_{kind}"] = False
    c["cards"] = [
        {
            "card_expiration_month": 1 + int(r() * 12),
            "card_expiration_year": 2026 + int(r() * 6),
            "card_number": f"************{int(r() * 10000):04d}",
            "card_number_token": f"tok_{oid:x}{i}{int(r() * 1e9):09d}",
            "card_type": _CARD_TYPES[int(r() * len(_CARD_TYPES))],
            "customer_profile_credit_card_id": oid * 3 + i,
            "customer_profile_oid": oid,
            "last_used_dts": modified_s,
        }
        for i in range(int(r() * 3))
    ]
    c["cc_emails"] = [
        {
            "customer_profile_email_oid": oid * 2 + i,
            "email": f"accounts{i}+{oid}@{_DOMAINS[0]}",
            "label": "Accounts payable",
            "receipt_notification": True,
            "refund_notification": r() < 0.5,
            "shipment_notification": r() < 0.5,
        }
        for i in range(1 if r() < 0.25 else 0)
    ]
    c["tags"] = [{"tag_value": tag} for tag in sorted(set(rng.sample(_TAGS, int(r() * 4))))]
    c["properties"] = [
        {
            "customer_profile_property_oid": oid * 4 + i,
            "name": _PROPERTY_NAMES[i],
            "value": f"value-{int(r() * 100)}",
        }
        for i in range(int(r() * 3))
    ]
    c["pricing_tiers"] = [
        {"name": name, "pricing_tier_oid": tier_oid} for tier_oid, name in _TIERS if r() < 0.15
    ]
    points = int(r() * 5000)
    c["loyalty"] = {
        "current_points": points,
        "internal_gift_certificate_balance": f"{r() * 100:.2f}",
        "internal_gift_certificate_oid": oid * 7,
        "ledger_entries": [
            {
                "created_by": "sandbox",
                "created_dts": (ledger_s := format_ts(modified - i * 86400)),
                "description": "Points for order",
                "email": email,
                "ledger_dts": ledger_s,
                "loyalty_ledger_oid": oid * 5 + i,
                "loyalty_points": 10 + int(r() * 200),
                "order_id": f"{MERCHANT_ID}-{oid:010d}{i}",
                "vesting_dts": format_ts(modified - i * 86400 + 30 * 86400),
            }
            for i in range(int(r() * 3))
        ],
        "pending_points": int(r() * 200),
        "redemptions": [],
    }
    c["privacy"] = {
        "last_update_dts": modified_s,
        "marketing": r() < 0.6,
        "preference": r() < 0.7,
        "statistics": r() < 0.8,
    }
    c["reviewer"] = {
        "auto_approve": r() < 0.2,
        "average_overall_rating": round(1 + r() * 4, 1),
        "expert": r() < 0.05,
        "location": _PLACES[int(r() * len(_PLACES))][0],
        "nickname": first,
        "number_helpful_review_votes": int(r() * 40),
        "rank": int(r() * 1000),
        "reviews_contributed": int(r() * 12),
    }
    c["software_entitlements"] = [
        {
            "activation_code": f"{int(r() * 16**12):012X}",
            "activation_dts": format_ts(signup + 86400),
            "customer_software_entitlement_oid": oid * 2 + i,
            "purchased_via_item_id": _SKUS[int(r() * len(_SKUS))],
            "purchased_via_order_id": f"{MERCHANT_ID}-{oid:010d}",
            "software_sku": _SKUS[int(r() * len(_SKUS))],
        }
        for i in range(1 if r() < 0.2 else 0)
    ]
    order_count = int(r() * 40)
    orders_summary: dict[str, Any] = {"order_count": order_count, "total": 0.0}
    if order_count:
        orders_summary = {
            "first_order_dts": format_ts(signup + 3600),
            "last_order_dts": modified_s,
            "order_count": order_count,
            "total": round(order_count * (20 + r() * 180), 2),
        }
    c["orders_summary"] = orders_summary
    c["quotes_summary"] = {"quote_count": int(r() * 3), "total": round(r() * 500, 2)}
    c["attachments"] = [
        {
            "customer_profile_attachment_oid": oid * 2 + i,
            "description": "Resale certificate",
            "file_name": f"resale-{oid}.pdf",
            "mime_type": "application/pdf",
            "upload_dts": format_ts(signup + 7200),
        }
        for i in range(1 if r() < 0.1 else 0)
    ]
    c["tax_codes"] = {"avalara_customer_code": f"AVA{oid}", "taxjar_customer_id": f"tj_{oid:x}"}
    if r() < 0.1:
        c["edi"] = {
            "channel_partner_oid": 300 + int(r() * 5),
            "distribution_center_number": f"DC{int(r() * 90) + 10}",
            "store_number": f"{int(r() * 9000) + 1000}",
        }
    c["activity"] = {
        "active": r() < 0.8,
        "global_unsubscribed": False,
        "last_activity_dts": modified_s,
        "memberships": [{"name": "Newsletter", "type": "list", "uuid": f"{oid:032x}"}],
        "metrics": [
            {
                "all_time": round(r() * 2000, 2),
                "all_time_formatted": "$1,234.00",
                "last_30": round(r() * 100, 2),
                "last_30_formatted": "$12.00",
                "name": "Revenue",
                "prior_30": round(r() * 100, 2),
                "prior_30_formatted": "$10.00",
                "type": "currency",
            }
        ],
        "spam_complaint": False,
    }
    return c, (float(signup), float(modified))


def normalize_expand(raw: str | None) -> tuple[str, ...]:
    """The known ``_expand`` parts of a comma list, in canonical order; unknown parts ignored."""
    if not raw:
        return ()
    wanted = {part.strip() for part in raw.split(",")}
    return tuple(name for name in EXPANSIONS if name in wanted)


class CustomerStore:
    """The live customers, their secondary indexes and their cached JSON fragments."""

    def __init__(self, seed: int, count: int) -> None:
        self._rng = random.Random(f"ultracart-sandbox:customers:{seed}")
        self.records: dict[int, dict[str, Any]] = {}
        #: Live oids, ascending: the default order of every customer list.
        self.order: list[int] = []
        self.by_email: dict[str, int] = {}
        #: Epoch seconds of ``signup_dts`` and ``last_modified_dts``, for filters and ``_since``.
        self.times: dict[int, tuple[float, float]] = {}
        #: Bumped by every write; list caches key on it.
        self.version: int = 0
        self._bare: dict[int, bytes] = {}
        self._parts: dict[int, dict[str, bytes]] = {}
        self._next_oid = 1_000_000
        for _ in range(count):
            self.add_generated(self._rng, DATA_EPOCH)

    # -- reading --------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.order)

    def __contains__(self, oid: object) -> bool:
        return oid in self.records

    def get(self, oid: int) -> dict[str, Any] | None:
        """The full stored record (not a copy) or None."""
        return self.records.get(oid)

    def view(self, oid: int, expand: tuple[str, ...]) -> dict[str, Any]:
        """The record as a client would see it with ``expand``, as a dict."""
        return dict(orjson.loads(self.render(oid, expand)))

    def render(self, oid: int, expand: tuple[str, ...]) -> bytes:
        """The customer's JSON bytes with exactly the parts in ``expand`` (canonical order)."""
        bare = self._bare.get(oid)
        if bare is None:
            record = self.records[oid]
            bare = orjson.dumps(
                {k: v for k, v in record.items() if k not in _EXPANSION_SET and k != "password"}
            )
            self._bare[oid] = bare
        if not expand:
            return bare
        parts = self._parts.get(oid)
        if parts is None:
            record = self.records[oid]
            parts = {
                name: b',"' + name.encode() + b'":' + orjson.dumps(record[name])
                for name in EXPANSIONS
                if name in record
            }
            for name in _LIST_EXPANSIONS - parts.keys():
                # An expanded list the customer does not have is an empty list, not missing.
                parts[name] = b',"' + name.encode() + b'":[]'
            self._parts[oid] = parts
        chunks = [parts[name] for name in expand if name in parts]
        if not chunks:
            return bare
        # Splice the fragments in before the bare object's closing brace.
        return bare[:-1] + b"".join(chunks) + b"}"

    def iter_records(self) -> Iterator[tuple[int, dict[str, Any]]]:
        """(oid, record) in the default order."""
        for oid in self.order:
            yield oid, self.records[oid]

    def warm(self, expand: Iterable[str] = EXPANSIONS) -> None:
        """Render every customer now so the first pages served are as cheap as the later ones."""
        parts = tuple(expand)
        for oid in self.order:
            self.render(oid, parts)

    # -- writing --------------------------------------------------------------------------------

    def allocate_oid(self) -> int:
        """A fresh oid above every oid ever used (oids are never reused)."""
        self._next_oid += 1 + int(self._rng.random() * 3)
        return self._next_oid

    def add_generated(self, rng: random.Random, now: int) -> int:
        """Generate one customer (fresh oid) and store it; returns the oid."""
        oid = self.allocate_oid()
        record, times = generate_customer(rng, oid, now)
        self.put(record, times=times)
        return oid

    def put(self, record: dict[str, Any], *, times: tuple[float, float] | None = None) -> None:
        """Insert or replace ``record`` (keyed by its ``customer_profile_oid``).

        ``times`` (signup, last modified as epoch seconds) saves parsing when already known.
        """
        oid = int(record["customer_profile_oid"])
        previous = self.records.get(oid)
        if previous is None:
            if not self.order or oid > self.order[-1]:
                self.order.append(oid)
            else:
                bisect.insort(self.order, oid)
        else:
            old_email = str(previous.get("email", "")).lower()
            if self.by_email.get(old_email) == oid:
                del self.by_email[old_email]
        self.records[oid] = record
        email = record.get("email")
        if isinstance(email, str):
            self.by_email[email.lower()] = oid
        self.times[oid] = times or (
            _epoch(record.get("signup_dts")),
            _epoch(record.get("last_modified_dts")),
        )
        self._bare.pop(oid, None)
        self._parts.pop(oid, None)
        self.version += 1

    def delete(self, oid: int) -> dict[str, Any] | None:
        """Remove a customer; returns its record, or None when it did not exist."""
        record = self.records.pop(oid, None)
        if record is None:
            return None
        index = bisect.bisect_left(self.order, oid)
        del self.order[index]
        email = str(record.get("email", "")).lower()
        if self.by_email.get(email) == oid:
            del self.by_email[email]
        self.times.pop(oid, None)
        self._bare.pop(oid, None)
        self._parts.pop(oid, None)
        self.version += 1
        return record


def _epoch(value: Any) -> float:
    parsed = ts_or_none(value)
    return parsed if parsed is not None else 0.0
