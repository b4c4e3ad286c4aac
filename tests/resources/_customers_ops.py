"""The customers operations of the table-driven tests: call, request, answer, result; the
paged ones; the bad input each refuses."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from ultracart_async.models import (
    AdjustInternalCertificateRequest,
    AdjustInternalCertificateResponse,
    AdjustLoyaltyPointsResponse,
    Customer,
    CustomerEditorValues,
    CustomerEmailListChanges,
    CustomerEmailSuppressionRequest,
    CustomerEmailSuppressionResult,
    CustomerLoyalty,
    CustomerMergeRequest,
    CustomerQuery,
    CustomerStoreCredit,
    CustomerStoreCreditAddRequest,
    CustomerWishListItem,
    DataTablesServerSideResponse,
    EmailList,
    EmailVerifyTokenRequest,
    KeyValue,
    LookupRequest,
    Order,
    QuickBooksOnlineCustomer,
)

from ._ops import Bad, Op, Paged

BASE = "/rest/v2"
C = BASE + "/customer/customers"
DATA = Path(__file__).parent.parent / "data"


# ---------------------------------------------------------------------- the non-paged ops

CUSTOMER_JSON = {"customer_profile_oid": 42, "email": "jane@example.com"}
CUSTOMER = Customer(customer_profile_oid=42, email="jane@example.com")
ITEM_JSON = {"customer_profile_oid": 42, "customer_wishlist_item_oid": 9, "merchant_item_oid": 77}
ITEM = CustomerWishListItem(
    customer_profile_oid=42, customer_wishlist_item_oid=9, merchant_item_oid=77
)

OPS = [
    Op(
        "getCustomer",
        call=lambda uc, o: uc.customers.get(42, expand=["billing", "shipping"], options=o),
        method="GET",
        path=C + "/42",
        query={"_expand": "billing,shipping"},
        answer={"customer": CUSTOMER_JSON, "success": True},
        expected=CUSTOMER,
        idempotent=True,
    ),
    Op(
        "getCustomerByEmail",
        call=lambda uc, o: uc.customers.get_by_email(
            "jane+shop/x@example.com", expand="billing", options=o
        ),
        method="GET",
        path=C + "/by_email/jane%2Bshop%2Fx%40example.com",
        query={"_expand": "billing"},
        answer={"customer": CUSTOMER_JSON, "success": True},
        expected=CUSTOMER,
        idempotent=True,
    ),
    Op(
        "insertCustomer",
        call=lambda uc, o: uc.customers.insert(
            Customer(email="jane@example.com"), expand=["billing"], options=o
        ),
        method="POST",
        path=C,
        query={"_expand": "billing"},
        body={"email": "jane@example.com"},
        answer={"customer": CUSTOMER_JSON, "success": True},
        expected=CUSTOMER,
        idempotent=False,
    ),
    Op(
        "updateCustomer",
        call=lambda uc, o: uc.customers.update(42, {"email": "jane@example.com"}, options=o),
        method="PUT",
        path=C + "/42",
        body={"email": "jane@example.com"},
        answer={"customer": CUSTOMER_JSON, "success": True},
        expected=CUSTOMER,
        idempotent=True,
    ),
    Op(
        "deleteCustomer",
        call=lambda uc, o: uc.customers.delete(42, options=o),
        method="DELETE",
        path=C + "/42",
        idempotent=True,
    ),
    Op(
        "mergeCustomer",
        call=lambda uc, o: uc.customers.merge(
            42, CustomerMergeRequest(email="old@example.com"), expand="billing", options=o
        ),
        method="PUT",
        path=C + "/42/merge",
        query={"_expand": "billing"},
        body={"email": "old@example.com"},
        idempotent=False,
    ),
    Op(
        "getCustomersForDataTables",
        call=lambda uc, o: uc.customers.get_for_data_tables(expand=["billing"], options=o),
        method="POST",
        path=C + "/dataTables",
        query={"_expand": "billing"},
        answer={"data": [CUSTOMER_JSON], "draw": 1, "recordsFiltered": 1, "recordsTotal": 5},
        expected=DataTablesServerSideResponse(
            data=[CUSTOMER], draw=1, recordsFiltered=1, recordsTotal=5
        ),
        idempotent=True,
    ),
    Op(
        "getEmailVerificationToken",
        call=lambda uc, o: uc.customers.get_email_verification_token(
            EmailVerifyTokenRequest(email="jane@example.com", password="pw"), options=o
        ),
        method="POST",
        path=C + "/email_verify/get_token",
        body={"email": "jane@example.com", "password": "pw"},
        answer={"token": "tok-1", "success": True},
        expected="tok-1",
        idempotent=True,
    ),
    Op(
        "validateEmailVerificationToken",
        call=lambda uc, o: uc.customers.validate_email_verification_token(
            {"token": "tok-1"}, options=o
        ),
        method="POST",
        path=C + "/email_verify/validate_token",
        body={"token": "tok-1"},
        answer={"success": True},
        expected=True,
        idempotent=False,
    ),
    Op(
        "adjustInternalCertificate",
        call=lambda uc, o: uc.customers.adjust_cashback_balance(
            42,
            AdjustInternalCertificateRequest(adjustment_amount=5.5, description="promo"),
            options=o,
        ),
        method="POST",
        path=C + "/42/adjust_cashback_balance",
        body={"adjustment_amount": 5.5, "description": "promo"},
        answer={"adjustment_amount": 5.5, "balance_amount": 12.25, "success": True},
        expected=AdjustInternalCertificateResponse(
            adjustment_amount=5.5, balance_amount=12.25, success=True
        ),
        idempotent=False,
    ),
    Op(
        "adjustLoyaltyPoints",
        call=lambda uc, o: uc.customers.adjust_loyalty_points(
            42, {"loyalty_points": 100, "description": "bonus"}, options=o
        ),
        method="POST",
        path=C + "/42/adjust_loyalty_points",
        body={"loyalty_points": 100, "description": "bonus"},
        answer={"current_points": 150, "loyalty_points": 100, "pending_points": 0, "success": True},
        expected=AdjustLoyaltyPointsResponse(
            current_points=150, loyalty_points=100, pending_points=0, success=True
        ),
        idempotent=False,
    ),
    Op(
        "updateCustomerEmailLists",
        call=lambda uc, o: uc.customers.update_email_lists(
            42,
            CustomerEmailListChanges(add_to_lists=["list-a"], remove_from_lists=["list-b"]),
            options=o,
        ),
        method="POST",
        path=C + "/42/email_lists",
        body={"add_to_lists": ["list-a"], "remove_from_lists": ["list-b"]},
        answer={"add_to_lists": ["list-a"], "remove_from_lists": ["list-b"]},
        expected=CustomerEmailListChanges(add_to_lists=["list-a"], remove_from_lists=["list-b"]),
        idempotent=False,
    ),
    Op(
        "updateCustomerEmailSuppression",
        call=lambda uc, o: uc.customers.update_email_suppression(
            42,
            CustomerEmailSuppressionRequest(clear_bounce=True, consent_source="admin"),
            options=o,
        ),
        method="POST",
        path=C + "/42/email_suppression",
        body={"clear_bounce": True, "consent_source": "admin"},
        answer={
            "email_suppression": {"customer_profile_oid": 42, "bounce_cleared": True},
            "success": True,
        },
        expected=CustomerEmailSuppressionResult(customer_profile_oid=42, bounce_cleared=True),
        idempotent=False,
    ),
    Op(
        "getCustomerLoyalty",
        call=lambda uc, o: uc.customers.get_loyalty(42, options=o),
        method="GET",
        path=C + "/42/loyalty",
        answer={
            "customer_loyalty": {"current_points": 10, "loyalty_tier_name": "Gold"},
            "success": True,
        },
        expected=CustomerLoyalty(current_points=10, loyalty_tier_name="Gold"),
        idempotent=True,
    ),
    Op(
        "getMagicLink",
        call=lambda uc, o: uc.customers.get_magic_link(42, "shop.example.com", options=o),
        method="PUT",
        path=C + "/42/magic_link/shop.example.com",
        answer={"url": "https://shop.example.com/login?t=abc", "success": True},
        expected="https://shop.example.com/login?t=abc",
        idempotent=True,
    ),
    Op(
        "getCustomerStoreCredit",
        call=lambda uc, o: uc.customers.get_store_credit(42, options=o),
        method="GET",
        path=C + "/42/store_credit",
        answer={"customer_store_credit": {"available": 10.5, "total": 20}, "success": True},
        expected=CustomerStoreCredit(available=10.5, total=20),
        idempotent=True,
    ),
    Op(
        "addCustomerStoreCredit",
        call=lambda uc, o: uc.customers.add_store_credit(
            42, CustomerStoreCreditAddRequest(amount=10.0, description="refund"), options=o
        ),
        method="POST",
        path=C + "/42/store_credit",
        body={"amount": 10.0, "description": "refund"},
        answer={"success": True},
        idempotent=False,
    ),
    Op(
        "getCustomerWishList",
        call=lambda uc, o: uc.customers.get_wish_list(42, options=o),
        method="GET",
        path=C + "/42/wishlist",
        answer={"wishlist_items": [ITEM_JSON, {**ITEM_JSON, "customer_wishlist_item_oid": 10}]},
        expected=[
            ITEM,
            CustomerWishListItem(
                customer_profile_oid=42, customer_wishlist_item_oid=10, merchant_item_oid=77
            ),
        ],
        idempotent=True,
    ),
    Op(
        "getCustomerWishListItem",
        call=lambda uc, o: uc.customers.get_wish_list_item(42, 9, options=o),
        method="GET",
        path=C + "/42/wishlist/9",
        answer={"wishlist_item": ITEM_JSON, "success": True},
        expected=ITEM,
        idempotent=True,
    ),
    Op(
        "insertWishListItem",  # the spec's answer is the bare item, no envelope
        call=lambda uc, o: uc.customers.insert_wish_list_item(
            42, CustomerWishListItem(merchant_item_oid=77), options=o
        ),
        method="POST",
        path=C + "/42/wishlist",
        body={"merchant_item_oid": 77},
        answer=ITEM_JSON,
        expected=ITEM,
        idempotent=False,
    ),
    Op(
        "updateWishListItem",
        call=lambda uc, o: uc.customers.update_wish_list_item(
            42, 9, {"merchant_item_oid": 77}, options=o
        ),
        method="PUT",
        path=C + "/42/wishlist/9",
        body={"merchant_item_oid": 77},
        answer=ITEM_JSON,
        expected=ITEM,
        idempotent=True,
    ),
    Op(
        "deleteWishListItem",
        call=lambda uc, o: uc.customers.delete_wish_list_item(42, 9, options=o),
        method="DELETE",
        path=C + "/42/wishlist/9",
        idempotent=True,
    ),
    Op(
        "getCustomerEditorValues",
        call=lambda uc, o: uc.customers.get_editor_values(options=o),
        method="GET",
        path=BASE + "/customer/editor_values",
        answer={"card_types": ["VISA"], "terms": ["Net 30"]},
        expected=CustomerEditorValues(card_types=["VISA"], terms=["Net 30"]),
        idempotent=True,
    ),
    Op(
        "getCustomerEmailLists",
        call=lambda uc, o: uc.customers.get_email_lists(options=o),
        method="GET",
        path=BASE + "/customer/email_lists",
        answer={"lists": [{"email_list_uuid": "u1", "name": "News"}], "success": True},
        expected=[EmailList(email_list_uuid="u1", name="News")],
        idempotent=True,
    ),
    Op(
        "getQuickBooksOnlineCustomers",
        call=lambda uc, o: uc.customers.get_quickbooks_online_customers(query="Jane D", options=o),
        method="GET",
        path=BASE + "/customer/quickbooks_online/customers",
        query={"q": "Jane D"},
        answer={"quickbooks_online_customers": [{"customer_id": "7", "display_name": "Jane D"}]},
        expected=[QuickBooksOnlineCustomer(customer_id="7", display_name="Jane D")],
        idempotent=True,
    ),
    Op(
        "searchCustomerProfileValues",
        call=lambda uc, o: uc.customers.search_profile_values(
            LookupRequest(category="billing_city", matches="San", max_hits=5), options=o
        ),
        method="POST",
        path=BASE + "/customer/search",
        body={"category": "billing_city", "matches": "San", "max_hits": 5},
        answer={"values": [{"key": "San Diego", "value": "San Diego"}], "success": True},
        expected=[KeyValue(key="San Diego", value="San Diego")],
        idempotent=True,
    ),
]


RECORDS = [{"customer_profile_oid": n, "email": f"c{n}@example.com"} for n in (1, 2, 3)]

PAGED = [
    Paged(
        "getCustomers",
        lambda uc: uc.customers.list(
            email="jane+x@example.com",
            billing_state="CA",
            signup_dts_start=datetime(2024, 1, 1, tzinfo=UTC),
            since="2024-01-01T00:00:00-05:00",
            sort=["+email", "-signup_dts"],
            expand=["billing", "shipping"],
            pricing_tier_oid=3,
            page_size=2,
        ),
        "GET",
        C,
        {
            "email": "jane+x@example.com",
            "billing_state": "CA",
            "signup_dts_start": "2024-01-01T00:00:00+00:00",
            "_since": "2024-01-01T00:00:00-05:00",
            "_sort": "+email,-signup_dts",
            "_expand": "billing,shipping",
            "pricing_tier_oid": "3",
        },
        "customers",
        RECORDS,
        Customer,
        raw_query_has=["_sort=%2Bemail,-signup_dts", "email=jane%2Bx%40example.com"],
    ),
    Paged(
        "getCustomersByQuery",
        lambda uc: uc.customers.query(
            CustomerQuery(any_tags=["vip"], billing_country_code="US"),
            since=datetime(2024, 5, 1, 12, 30, tzinfo=timezone(timedelta(hours=-4))),
            sort="-last_modified_dts",
            expand="billing",
            page_size=2,
        ),
        "POST",
        C + "/query",
        {
            "_since": "2024-05-01T12:30:00-04:00",
            "_sort": "-last_modified_dts",
            "_expand": "billing",
        },
        "customers",
        RECORDS,
        Customer,
        body={"any_tags": ["vip"], "billing_country_code": "US"},
    ),
    Paged(
        "searchCustomers",
        lambda uc: uc.customers.search(
            "jane",
            signup_dts_start="2020-01-01",
            signup_dts_end=datetime(2024, 1, 1, 0, 0, 0, 250000, tzinfo=UTC),
            expand=["billing"],
            page_size=2,
        ),
        "GET",
        C + "/search",
        {
            "search_string": "jane",
            "signup_dts_start": "2020-01-01",
            "signup_dts_end": "2024-01-01T00:00:00.250+00:00",
            "_expand": "billing",
        },
        "customers",
        RECORDS,
        Customer,
    ),
]


BAD: list[Bad] = [
    (lambda uc: uc.customers.get("12"), "customer_profile_oid must be an int, got str"),
    (lambda uc: uc.customers.get(None), "customer_profile_oid is required"),
    (lambda uc: uc.customers.get(True), "customer_profile_oid must be an int, got bool"),
    (lambda uc: uc.customers.get(-1), "customer_profile_oid must not be negative"),
    (lambda uc: uc.customers.get(1, expand=5), "expand must be a list of strings"),
    (lambda uc: uc.customers.get_by_email(""), "email must not be empty"),
    (lambda uc: uc.customers.get_by_email(42), "email must be a str, got int"),
    (
        lambda uc: uc.customers.insert("jane@example.com"),
        "customer must be a Customer or a dict, got str",
    ),
    (lambda uc: uc.customers.insert(Order()), "customer must be a Customer or a dict, got Order"),
    (
        lambda uc: uc.customers.update(42, None),
        "customer must be a Customer or a dict, got NoneType",
    ),
    (lambda uc: uc.customers.update("42", {}), "customer_profile_oid must be an int"),
    (lambda uc: uc.customers.delete(None), "customer_profile_oid is required"),
    (lambda uc: uc.customers.merge(42, "old@example.com"), "merge must be a CustomerMergeRequest"),
    (lambda uc: uc.customers.list(page_size=201), "page_size must be between 1 and 200, got 201"),
    (lambda uc: uc.customers.list(page_size=0), "page_size must be between 1 and 200, got 0"),
    (lambda uc: uc.customers.list(email=5), "email must be a str, got int"),
    (
        lambda uc: uc.customers.list(pricing_tier_oid="3"),
        "pricing_tier_oid must be an int, got str",
    ),
    (
        lambda uc: uc.customers.list(since=datetime(2024, 1, 1)),
        "since must be a timezone-aware datetime",
    ),
    (
        lambda uc: uc.customers.list(signup_dts_start=20240101),
        "signup_dts_start must be a datetime or an ISO 8601 string",
    ),
    (lambda uc: uc.customers.list(sort=[1]), "sort must hold strings"),
    (lambda uc: uc.customers.list(sort=""), "sort must name at least one field"),
    (lambda uc: uc.customers.query(None), "query must be a CustomerQuery or a dict"),
    (lambda uc: uc.customers.query({}, page_size=500), "page_size must be between 1 and 200"),
    (lambda uc: uc.customers.search(5), "search_string must be a str"),
    (lambda uc: uc.customers.export(page_size=1000), "page_size must be between 1 and 200"),
    (
        lambda uc: uc.customers.get_wish_list_item(42, "9"),
        "customer_wishlist_item_oid must be an int",
    ),
    (lambda uc: uc.customers.delete_wish_list_item(None, 9), "customer_profile_oid is required"),
    (lambda uc: uc.customers.get_magic_link(42, ""), "storefront_host_name must not be empty"),
    (
        lambda uc: uc.customers.adjust_loyalty_points(42, 100),
        "adjustment must be a AdjustLoyaltyPointsRequest",
    ),
    (lambda uc: uc.customers.get_quickbooks_online_customers(query=1), "query must be a str"),
    (
        lambda uc: uc.customers.search_profile_values([]),
        "request must be a LookupRequest or a dict",
    ),
]
