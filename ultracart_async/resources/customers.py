"""The Customer API: profiles, lookups, wish lists, store credit, loyalty, email lists."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, TypedDict, Unpack, overload

from .._config import RequestOptions
from .._pagination import Export, ExportProgress, Pager, PageSpec
from .._response import APIResponse
from ..models import (
    AdjustInternalCertificateRequest,
    AdjustInternalCertificateResponse,
    AdjustLoyaltyPointsRequest,
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
    EmailVerifyTokenValidateRequest,
    KeyValue,
    LookupRequest,
    QuickBooksOnlineCustomer,
)
from ._base import (
    OMITTED,
    Omitted,
    Resource,
    check_id,
    check_page_size,
    compact,
    expand_param,
    id_of,
    int_param,
    sort_param,
    target_and_body,
    text_param,
    timestamp_param,
    to_wire_body,
)

__all__ = ["CUSTOMERS_MAX_PAGE_SIZE", "CustomerListFilters", "CustomersResource"]

#: ``_limit`` maximum of the customer list, query and search operations ("Max 200").
CUSTOMERS_MAX_PAGE_SIZE = 200

_CUSTOMER = "/customer/customers/{customer_profile_oid}"
_WISHLIST_ITEM = _CUSTOMER + "/wishlist/{customer_wishlist_item_oid}"

Expand = str | builtins.list[str] | tuple[str, ...]
Sort = str | builtins.list[str] | tuple[str, ...]
When = datetime | str


class CustomerListFilters(TypedDict, total=False):
    """The filters of :meth:`CustomersResource.list`, also taken by its ``export``."""

    email: str | None
    qb_class: str | None
    quickbooks_code: str | None
    last_modified_dts_start: When | None
    last_modified_dts_end: When | None
    signup_dts_start: When | None
    signup_dts_end: When | None
    billing_first_name: str | None
    billing_last_name: str | None
    billing_company: str | None
    billing_city: str | None
    billing_state: str | None
    billing_postal_code: str | None
    billing_country_code: str | None
    billing_day_phone: str | None
    billing_evening_phone: str | None
    shipping_first_name: str | None
    shipping_last_name: str | None
    shipping_company: str | None
    shipping_city: str | None
    shipping_state: str | None
    shipping_postal_code: str | None
    shipping_country_code: str | None
    shipping_day_phone: str | None
    shipping_evening_phone: str | None
    pricing_tier_oid: int | None
    pricing_tier_name: str | None
    since: When | None
    sort: Sort | None
    expand: Expand | None
    page_size: int


def _customer_oid(value: object) -> int:
    check_id("customer_profile_oid", value)
    assert isinstance(value, int)
    return value


def _customers_spec(
    operation: str,
    method: str,
    path: str,
    *,
    params: Mapping[str, object],
    page_size: int,
    body: Any = None,
    options: RequestOptions | None,
) -> PageSpec:
    return PageSpec(
        operation=operation,
        method=method,
        path=path,
        items_key="customers",
        page_size=check_page_size(page_size, CUSTOMERS_MAX_PAGE_SIZE),
        params=compact(params),
        body=body,
        # Every customer listing only reads, POST /query included.
        idempotent=True,
        options=options,
        id_field="customer_profile_oid",
        # The profile oid is unique, so pages sorted on it do not shift under an export
        # unless rows are inserted or deleted (which the overlap check catches).
        stable_sort="customer_profile_oid",
        since_param="_since",
    )


class CustomersResource(Resource):
    """The Customer API, as ``uc.customers``.

    Operations that return one object return the payload (``get`` returns a
    :class:`~ultracart_async.models.Customer`, not its ``CustomerResponse`` envelope);
    the envelope's ``warning``, ``metadata`` and the response headers are one
    :func:`~ultracart_async.capture_responses` block away.

    Example::

        customer = await uc.customers.get(42, expand=["billing", "shipping"])
        async for customer in uc.customers.list(billing_state="CA"):
            print(customer.email)
    """

    # ------------------------------------------------------------------ listings

    def list(
        self,
        *,
        email: str | None = None,
        qb_class: str | None = None,
        quickbooks_code: str | None = None,
        last_modified_dts_start: When | None = None,
        last_modified_dts_end: When | None = None,
        signup_dts_start: When | None = None,
        signup_dts_end: When | None = None,
        billing_first_name: str | None = None,
        billing_last_name: str | None = None,
        billing_company: str | None = None,
        billing_city: str | None = None,
        billing_state: str | None = None,
        billing_postal_code: str | None = None,
        billing_country_code: str | None = None,
        billing_day_phone: str | None = None,
        billing_evening_phone: str | None = None,
        shipping_first_name: str | None = None,
        shipping_last_name: str | None = None,
        shipping_company: str | None = None,
        shipping_city: str | None = None,
        shipping_state: str | None = None,
        shipping_postal_code: str | None = None,
        shipping_country_code: str | None = None,
        shipping_day_phone: str | None = None,
        shipping_evening_phone: str | None = None,
        pricing_tier_oid: int | None = None,
        pricing_tier_name: str | None = None,
        since: When | None = None,
        sort: Sort | None = None,
        expand: Expand | None = None,
        page_size: int = CUSTOMERS_MAX_PAGE_SIZE,
        options: RequestOptions | None = None,
    ) -> Pager[Customer]:
        """Stream the customers matching the filters (``GET /customer/customers``).

        Nothing is sent until the pager is iterated (or awaited for the first page alone).
        Every filter is optional and sent under its UltraCart name.

        Args:
            last_modified_dts_start: Date filters (``last_modified_dts_*``, ``signup_dts_*``)
                take a timezone-aware ``datetime`` or an ISO 8601 string.
            since: Only customers created or modified since then (``_since``).
            sort: ``"+billing.last_name,-signup_dts"`` or a list of such keys (``_sort``).
            expand: Parts to include, e.g. ``["billing", "shipping"]`` (``_expand``); by
                default UltraCart returns a limited object.
            page_size: Records per request (``_limit``), 1 to 200.

        Example::

            async for customer in uc.customers.list(billing_state="CA", expand=["billing"]):
                print(customer.customer_profile_oid, customer.email)
        """
        params = {
            "email": text_param("email", email),
            "qb_class": text_param("qb_class", qb_class),
            "quickbooks_code": text_param("quickbooks_code", quickbooks_code),
            "last_modified_dts_start": timestamp_param(
                "last_modified_dts_start", last_modified_dts_start
            ),
            "last_modified_dts_end": timestamp_param(
                "last_modified_dts_end", last_modified_dts_end
            ),
            "signup_dts_start": timestamp_param("signup_dts_start", signup_dts_start),
            "signup_dts_end": timestamp_param("signup_dts_end", signup_dts_end),
            "billing_first_name": text_param("billing_first_name", billing_first_name),
            "billing_last_name": text_param("billing_last_name", billing_last_name),
            "billing_company": text_param("billing_company", billing_company),
            "billing_city": text_param("billing_city", billing_city),
            "billing_state": text_param("billing_state", billing_state),
            "billing_postal_code": text_param("billing_postal_code", billing_postal_code),
            "billing_country_code": text_param("billing_country_code", billing_country_code),
            "billing_day_phone": text_param("billing_day_phone", billing_day_phone),
            "billing_evening_phone": text_param("billing_evening_phone", billing_evening_phone),
            "shipping_first_name": text_param("shipping_first_name", shipping_first_name),
            "shipping_last_name": text_param("shipping_last_name", shipping_last_name),
            "shipping_company": text_param("shipping_company", shipping_company),
            "shipping_city": text_param("shipping_city", shipping_city),
            "shipping_state": text_param("shipping_state", shipping_state),
            "shipping_postal_code": text_param("shipping_postal_code", shipping_postal_code),
            "shipping_country_code": text_param("shipping_country_code", shipping_country_code),
            "shipping_day_phone": text_param("shipping_day_phone", shipping_day_phone),
            "shipping_evening_phone": text_param("shipping_evening_phone", shipping_evening_phone),
            "pricing_tier_oid": int_param("pricing_tier_oid", pricing_tier_oid),
            "pricing_tier_name": text_param("pricing_tier_name", pricing_tier_name),
            "_since": timestamp_param("since", since),
            "_sort": sort_param(sort),
            "_expand": expand_param(expand),
        }
        spec = _customers_spec(
            "customers.list",
            "GET",
            "/customer/customers",
            params=params,
            page_size=page_size,
            options=options,
        )
        return self._pager(spec, Customer)

    def export(
        self,
        *,
        concurrency: int | None = None,
        ordered: bool = True,
        overlap: int | None = None,
        on_page: Callable[[ExportProgress], object] | None = None,
        since_pass: bool = False,
        options: RequestOptions | None = None,
        **filters: Unpack[CustomerListFilters],
    ) -> Export[Customer]:
        """Export every customer matching the filters, several pages in flight at once.

        The same as ``uc.customers.list(**filters).export(...)``: it takes every filter of
        :meth:`list` and delivers each customer that exists for the whole export exactly
        once, even while rows are inserted or deleted (see :meth:`Pager.export`).

        Args:
            concurrency: Page requests in flight at most (default: the limiter's cap).
            ordered: Deliver in offset order (default) or as pages arrive.
            overlap: Records consecutive pages share, to detect shifting rows (default 5);
                0 disables.
            on_page: Called with an :class:`~ultracart_async.ExportProgress` after each page.
            since_pass: Afterwards, also stream customers modified since the export began.

        Example::

            export = uc.customers.export(concurrency=4, expand=["billing"])
            async for customer in export:
                sink.write(customer)
            print(export.stats)
        """
        return self.list(options=options, **filters).export(
            concurrency=concurrency,
            ordered=ordered,
            overlap=overlap,
            on_page=on_page,
            since_pass=since_pass,
        )

    def query(
        self,
        query: CustomerQuery | Mapping[str, Any],
        *,
        since: When | None = None,
        sort: Sort | None = None,
        expand: Expand | None = None,
        page_size: int = CUSTOMERS_MAX_PAGE_SIZE,
        options: RequestOptions | None = None,
    ) -> Pager[Customer]:
        """Stream the customers matching a :class:`~ultracart_async.models.CustomerQuery`
        (``POST /customer/customers/query``), for filters ``list`` lacks (tags, several
        emails).

        Args:
            query: The query, as a model or a dict of wire names.
            since: Only customers created or modified since then (``_since``).
            sort: Sort keys (``_sort``); see :meth:`list`.
            expand: Parts to include (``_expand``).
            page_size: Records per request (``_limit``), 1 to 200.

        Example::

            query = CustomerQuery(any_tags=["vip"], billing_country_code="US")
            async for customer in uc.customers.query(query):
                ...
        """
        body = to_wire_body("query", query, CustomerQuery)
        params = {
            "_since": timestamp_param("since", since),
            "_sort": sort_param(sort),
            "_expand": expand_param(expand),
        }
        spec = _customers_spec(
            "customers.query",
            "POST",
            "/customer/customers/query",
            params=params,
            page_size=page_size,
            body=body,
            options=options,
        )
        return self._pager(spec, Customer)

    def search(
        self,
        search_string: str | None = None,
        *,
        signup_dts_start: When | None = None,
        signup_dts_end: When | None = None,
        since: When | None = None,
        sort: Sort | None = None,
        expand: Expand | None = None,
        page_size: int = CUSTOMERS_MAX_PAGE_SIZE,
        options: RequestOptions | None = None,
    ) -> Pager[Customer]:
        """Stream the customers a free-text search finds (``GET /customer/customers/search``).

        The search runs against UltraCart's cache: fetch a customer with :meth:`get`
        before updating it, never update a search result.

        Args:
            search_string: The text to look for (``search_string``).
            signup_dts_start: Signup date range, as aware datetimes or ISO 8601 strings.
            since: Only customers created or modified since then (``_since``).
            sort: Sort keys (``_sort``); see :meth:`list`.
            expand: Parts to include (``_expand``).
            page_size: Records per request (``_limit``), 1 to 200.
        """
        params = {
            "search_string": text_param("search_string", search_string),
            "signup_dts_start": timestamp_param("signup_dts_start", signup_dts_start),
            "signup_dts_end": timestamp_param("signup_dts_end", signup_dts_end),
            "_since": timestamp_param("since", since),
            "_sort": sort_param(sort),
            "_expand": expand_param(expand),
        }
        spec = _customers_spec(
            "customers.search",
            "GET",
            "/customer/customers/search",
            params=params,
            page_size=page_size,
            options=options,
        )
        return self._pager(spec, Customer)

    async def get_for_data_tables(
        self,
        *,
        expand: Expand | None = None,
        options: RequestOptions | None = None,
    ) -> DataTablesServerSideResponse:
        """Customers in the shape of the DataTables jQuery plugin's server-side protocol
        (``POST /customer/customers/dataTables``). The body is returned whole: it has no
        UltraCart envelope."""
        response = await self._send(
            "POST",
            "/customer/customers/dataTables",
            params={"_expand": expand_param(expand)},
            # A POST only because DataTables posts its form; it reads and changes nothing.
            idempotent=True,
            options=options,
        )
        return self._unwrap(response, None, DataTablesServerSideResponse)

    # ------------------------------------------------------------------ one customer

    async def get(
        self,
        customer_profile_oid: int,
        *,
        expand: Expand | None = None,
        options: RequestOptions | None = None,
    ) -> Customer:
        """Retrieve one customer by its profile oid.

        Args:
            expand: Parts to include, e.g. ``["billing", "shipping", "loyalty"]``.

        Example::

            customer = await uc.customers.get(42, expand=["billing"])
        """
        response = await self._send(
            "GET",
            _CUSTOMER,
            path_params={"customer_profile_oid": _customer_oid(customer_profile_oid)},
            params={"_expand": expand_param(expand)},
            idempotent=True,
            options=options,
        )
        return self._unwrap(response, "customer", Customer)

    async def get_by_email(
        self,
        email: str,
        *,
        expand: Expand | None = None,
        options: RequestOptions | None = None,
    ) -> Customer:
        """Retrieve one customer by email address (sent percent-encoded, so ``+`` and ``/``
        in an address are safe).

        Example::

            customer = await uc.customers.get_by_email("jane+shop@example.com")
        """
        check_id("email", email, str)
        response = await self._send(
            "GET",
            "/customer/customers/by_email/{email}",
            path_params={"email": email},
            params={"_expand": expand_param(expand)},
            idempotent=True,
            options=options,
        )
        return self._unwrap(response, "customer", Customer)

    async def insert(
        self,
        customer: Customer | Mapping[str, Any],
        *,
        expand: Expand | None = None,
        options: RequestOptions | None = None,
    ) -> Customer:
        """Create a customer and return it as UltraCart stored it.

        Not retried after an ambiguous failure (a timeout, a reset, a 5xx): the customer
        may exist already. Pass ``options=RequestOptions(retry_unsafe=True)`` to retry.

        Example::

            created = await uc.customers.insert(
                Customer(email="jane@example.com", billing=[CustomerBilling(first_name="Jane")])
            )
        """
        body = to_wire_body("customer", customer, Customer)
        response = await self._send(
            "POST",
            "/customer/customers",
            params={"_expand": expand_param(expand)},
            json=body,
            idempotent=False,
            options=options,
        )
        return self._unwrap(response, "customer", Customer)

    @overload
    async def update(
        self,
        customer: Customer | Mapping[str, Any],
        /,
        *,
        expand: Expand | None = None,
        options: RequestOptions | None = None,
    ) -> Customer: ...
    @overload
    async def update(
        self,
        customer_profile_oid: int,
        customer: Customer | Mapping[str, Any],
        *,
        expand: Expand | None = None,
        options: RequestOptions | None = None,
    ) -> Customer: ...
    async def update(
        self,
        customer_profile_oid: int | Customer | Mapping[str, Any],
        customer: Customer | Mapping[str, Any] | Omitted = OMITTED,
        *,
        expand: Expand | None = None,
        options: RequestOptions | None = None,
    ) -> Customer:
        """Replace a customer with ``customer`` and return the stored result.

        Called as ``update(customer)``, the customer's own ``customer_profile_oid`` says
        which one to replace (so a customer from :meth:`get` or :meth:`insert` goes straight
        back); ``update(customer_profile_oid, customer)`` names it explicitly (and also
        takes a dict body). Fields the SDK does not know (``extra_fields``) are sent back as
        received, so a get, change, update round trip loses nothing.

        Raises:
            ConfigurationError: ``update(customer)`` with a customer whose
                ``customer_profile_oid`` is None, or a body that is not a Customer or dict.

        Example::

            customer = await uc.customers.get(oid)
            customer.email = "new@example.com"
            customer = await uc.customers.update(customer)
        """
        oid, body = target_and_body(
            customer_profile_oid,
            customer,
            model=Customer,
            body_name="customer",
            id_name="customer_profile_oid",
            id_attr="customer_profile_oid",
        )
        response = await self._send(
            "PUT",
            _CUSTOMER,
            path_params={"customer_profile_oid": oid},
            params={"_expand": expand_param(expand)},
            json=body,
            idempotent=True,  # the same PUT twice leaves the same customer
            options=options,
        )
        return self._unwrap(response, "customer", Customer)

    async def delete(
        self, customer_profile_oid: int | Customer, *, options: RequestOptions | None = None
    ) -> None:
        """Delete a customer, given by its ``customer_profile_oid`` or as the
        :class:`~ultracart_async.models.Customer` itself.

        Example::

            created = await uc.customers.insert(Customer(email="jane@example.com"))
            await uc.customers.delete(created)
        """
        oid = id_of("customer_profile_oid", customer_profile_oid, Customer, "customer_profile_oid")
        await self._send(
            "DELETE",
            _CUSTOMER,
            path_params={"customer_profile_oid": oid},
            idempotent=True,
            expects_body=False,
            options=options,
        )

    async def merge(
        self,
        customer_profile_oid: int,
        merge: CustomerMergeRequest | Mapping[str, Any],
        *,
        expand: Expand | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Merge another customer (named in ``merge`` by oid or email) into this one.

        The spec declares no response body, so this returns None; if UltraCart sends one
        anyway it is accepted and reachable through
        :func:`~ultracart_async.capture_responses`. Not retried after an ambiguous
        failure: a second merge would find the merged customer gone.

        Args:
            merge: A :class:`~ultracart_async.models.CustomerMergeRequest` or a dict.
            expand: Sent as ``_expand`` (declared by the spec for the merged result).
        """
        oid = _customer_oid(customer_profile_oid)
        body = to_wire_body("merge", merge, CustomerMergeRequest)
        await self._send(
            "PUT",
            _CUSTOMER + "/merge",
            path_params={"customer_profile_oid": oid},
            params={"_expand": expand_param(expand)},
            json=body,
            idempotent=False,
            expects_body=False,
            options=options,
        )

    # ------------------------------------------------------------------ email

    async def get_email_verification_token(
        self,
        request: EmailVerifyTokenRequest | Mapping[str, Any],
        *,
        options: RequestOptions | None = None,
    ) -> str:
        """Create a token to verify a customer's email address; returns the token.

        How the customer receives and returns the token is up to the merchant.
        """
        body = to_wire_body("request", request, EmailVerifyTokenRequest)
        response = await self._send(
            "POST",
            "/customer/customers/email_verify/get_token",
            json=body,
            # Repeating mints another token and returns that one; UltraCart sends nothing
            # to the customer, so a token lost with a failed attempt is never seen.
            idempotent=True,
            options=options,
        )
        return self._unwrap_value(response, "token", str)

    async def validate_email_verification_token(
        self,
        request: EmailVerifyTokenValidateRequest | Mapping[str, Any],
        *,
        options: RequestOptions | None = None,
    ) -> bool:
        """Check a token made by :meth:`get_email_verification_token`; True when valid.

        A token UltraCart rejects may come back as an error status (raised) or as
        ``success: false`` (False).
        """
        body = to_wire_body("request", request, EmailVerifyTokenValidateRequest)
        response = await self._send(
            "POST",
            "/customer/customers/email_verify/validate_token",
            json=body,
            # Not repeated: if validation consumes the token, a retry after a lost
            # success would report a good token as invalid.
            idempotent=False,
            options=options,
        )
        data = response.data
        return isinstance(data, dict) and data.get("success") is True

    async def update_email_lists(
        self,
        customer_profile_oid: int,
        changes: CustomerEmailListChanges | Mapping[str, Any],
        *,
        options: RequestOptions | None = None,
    ) -> CustomerEmailListChanges:
        """Subscribe a customer to lists and unsubscribe from others; returns the changes
        UltraCart applied (the body is the model itself, with no envelope).

        Args:
            changes: ``add_to_lists`` / ``remove_from_lists`` (email list uuids).
        """
        oid = _customer_oid(customer_profile_oid)
        body = to_wire_body("changes", changes, CustomerEmailListChanges)
        response = await self._send(
            "POST",
            _CUSTOMER + "/email_lists",
            path_params={"customer_profile_oid": oid},
            json=body,
            # Not repeated: joining a list may send a welcome or opt-in email.
            idempotent=False,
            options=options,
        )
        return self._unwrap(response, None, CustomerEmailListChanges)

    async def update_email_suppression(
        self,
        customer_profile_oid: int,
        request: CustomerEmailSuppressionRequest | Mapping[str, Any],
        *,
        options: RequestOptions | None = None,
    ) -> CustomerEmailSuppressionResult:
        """Clear a customer's bounce, spam complaint or global unsubscribe; returns what
        was cleared."""
        oid = _customer_oid(customer_profile_oid)
        body = to_wire_body("request", request, CustomerEmailSuppressionRequest)
        response = await self._send(
            "POST",
            _CUSTOMER + "/email_suppression",
            path_params={"customer_profile_oid": oid},
            json=body,
            # Not repeated: it records consent and changes the email provider's lists.
            idempotent=False,
            options=options,
        )
        return self._unwrap(response, "email_suppression", CustomerEmailSuppressionResult)

    async def get_email_lists(
        self, *, options: RequestOptions | None = None
    ) -> builtins.list[EmailList]:
        """Every email list across all storefronts."""
        response = await self._send(
            "GET", "/customer/email_lists", idempotent=True, options=options
        )
        return self._unwrap_list(response, "lists", EmailList)

    # ------------------------------------------------------------------ loyalty and credit

    async def adjust_cashback_balance(
        self,
        customer_profile_oid: int,
        adjustment: AdjustInternalCertificateRequest | Mapping[str, Any],
        *,
        options: RequestOptions | None = None,
    ) -> AdjustInternalCertificateResponse:
        """Adjust a customer's cashback balance (its internal gift certificate, created if
        needed); returns ``adjustment_amount`` and the new ``balance_amount``.

        Not retried after an ambiguous failure: a repeat would adjust twice.
        """
        oid = _customer_oid(customer_profile_oid)
        body = to_wire_body("adjustment", adjustment, AdjustInternalCertificateRequest)
        response = await self._send(
            "POST",
            _CUSTOMER + "/adjust_cashback_balance",
            path_params={"customer_profile_oid": oid},
            json=body,
            idempotent=False,
            options=options,
        )
        # The payload fields sit beside the envelope's, so the whole body is the result.
        return self._unwrap(response, None, AdjustInternalCertificateResponse)

    async def adjust_loyalty_points(
        self,
        customer_profile_oid: int,
        adjustment: AdjustLoyaltyPointsRequest | Mapping[str, Any],
        *,
        options: RequestOptions | None = None,
    ) -> AdjustLoyaltyPointsResponse:
        """Add (or, negative, remove) loyalty points; returns the new point balances.

        Not retried after an ambiguous failure: a repeat would adjust twice.
        """
        oid = _customer_oid(customer_profile_oid)
        body = to_wire_body("adjustment", adjustment, AdjustLoyaltyPointsRequest)
        response = await self._send(
            "POST",
            _CUSTOMER + "/adjust_loyalty_points",
            path_params={"customer_profile_oid": oid},
            json=body,
            idempotent=False,
            options=options,
        )
        return self._unwrap(response, None, AdjustLoyaltyPointsResponse)

    async def get_loyalty(
        self, customer_profile_oid: int, *, options: RequestOptions | None = None
    ) -> CustomerLoyalty:
        """A customer's loyalty points, tier, ledger and redemptions."""
        response = await self._send(
            "GET",
            _CUSTOMER + "/loyalty",
            path_params={"customer_profile_oid": _customer_oid(customer_profile_oid)},
            idempotent=True,
            options=options,
        )
        return self._unwrap(response, "customer_loyalty", CustomerLoyalty)

    async def get_store_credit(
        self, customer_profile_oid: int, *, options: RequestOptions | None = None
    ) -> CustomerStoreCredit:
        """A customer's store credit: available, vesting, expiring, and the ledgers."""
        response = await self._send(
            "GET",
            _CUSTOMER + "/store_credit",
            path_params={"customer_profile_oid": _customer_oid(customer_profile_oid)},
            idempotent=True,
            options=options,
        )
        return self._unwrap(response, "customer_store_credit", CustomerStoreCredit)

    async def add_store_credit(
        self,
        customer_profile_oid: int,
        credit: CustomerStoreCreditAddRequest | Mapping[str, Any],
        *,
        options: RequestOptions | None = None,
    ) -> None:
        """Add store credit to a customer (the answer is a bare envelope, so None).

        Not retried after an ambiguous failure: a repeat would credit twice.
        """
        oid = _customer_oid(customer_profile_oid)
        body = to_wire_body("credit", credit, CustomerStoreCreditAddRequest)
        await self._send(
            "POST",
            _CUSTOMER + "/store_credit",
            path_params={"customer_profile_oid": oid},
            json=body,
            idempotent=False,
            expects_body=False,
            options=options,
        )

    async def get_magic_link(
        self,
        customer_profile_oid: int,
        storefront_host_name: str,
        *,
        options: RequestOptions | None = None,
    ) -> str:
        """A URL that logs the customer into ``storefront_host_name`` without a password."""
        oid = _customer_oid(customer_profile_oid)
        check_id("storefront_host_name", storefront_host_name, str)
        response = await self._send(
            "PUT",
            _CUSTOMER + "/magic_link/{storefront_host_name}",
            path_params={"customer_profile_oid": oid, "storefront_host_name": storefront_host_name},
            # A PUT because it mints a link. Repeating mints another and returns that one;
            # a link lost with a failed attempt was never handed to anyone.
            idempotent=True,
            options=options,
        )
        return self._unwrap_value(response, "url", str)

    # ------------------------------------------------------------------ wish list

    async def get_wish_list(
        self, customer_profile_oid: int, *, options: RequestOptions | None = None
    ) -> builtins.list[CustomerWishListItem]:
        """Every item on a customer's wish list."""
        response = await self._send(
            "GET",
            _CUSTOMER + "/wishlist",
            path_params={"customer_profile_oid": _customer_oid(customer_profile_oid)},
            idempotent=True,
            options=options,
        )
        return self._unwrap_list(response, "wishlist_items", CustomerWishListItem)

    async def get_wish_list_item(
        self,
        customer_profile_oid: int,
        customer_wishlist_item_oid: int,
        *,
        options: RequestOptions | None = None,
    ) -> CustomerWishListItem:
        """One wish list item."""
        response = await self._send(
            "GET",
            _WISHLIST_ITEM,
            path_params=_wishlist_path(customer_profile_oid, customer_wishlist_item_oid),
            idempotent=True,
            options=options,
        )
        return self._unwrap(response, "wishlist_item", CustomerWishListItem)

    async def insert_wish_list_item(
        self,
        customer_profile_oid: int,
        item: CustomerWishListItem | Mapping[str, Any],
        *,
        options: RequestOptions | None = None,
    ) -> CustomerWishListItem:
        """Add an item to a customer's wish list; returns the stored item.

        Not retried after an ambiguous failure: a repeat would add the item twice.
        """
        oid = _customer_oid(customer_profile_oid)
        body = to_wire_body("item", item, CustomerWishListItem)
        response = await self._send(
            "POST",
            _CUSTOMER + "/wishlist",
            path_params={"customer_profile_oid": oid},
            json=body,
            idempotent=False,
            options=options,
        )
        return self._wish_list_item(response)

    async def update_wish_list_item(
        self,
        customer_profile_oid: int,
        customer_wishlist_item_oid: int,
        item: CustomerWishListItem | Mapping[str, Any],
        *,
        options: RequestOptions | None = None,
    ) -> CustomerWishListItem:
        """Replace a wish list item; returns the stored item."""
        path_params = _wishlist_path(customer_profile_oid, customer_wishlist_item_oid)
        body = to_wire_body("item", item, CustomerWishListItem)
        response = await self._send(
            "PUT",
            _WISHLIST_ITEM,
            path_params=path_params,
            json=body,
            idempotent=True,
            options=options,
        )
        return self._wish_list_item(response)

    async def delete_wish_list_item(
        self,
        customer_profile_oid: int,
        customer_wishlist_item_oid: int,
        *,
        options: RequestOptions | None = None,
    ) -> None:
        """Remove an item from a customer's wish list."""
        await self._send(
            "DELETE",
            _WISHLIST_ITEM,
            path_params=_wishlist_path(customer_profile_oid, customer_wishlist_item_oid),
            idempotent=True,
            expects_body=False,
            options=options,
        )

    def _wish_list_item(self, response: APIResponse) -> CustomerWishListItem:
        # The spec declares the bare item for insert and update, unlike the GET of one
        # item (CustomerWishListItemResponse). Accept the enveloped shape too, so either
        # answer gives the item.
        data = response.data
        if isinstance(data, dict) and isinstance(data.get("wishlist_item"), dict):
            return self._unwrap(response, "wishlist_item", CustomerWishListItem)
        return self._unwrap(response, None, CustomerWishListItem)

    # ------------------------------------------------------------------ lookups

    async def get_editor_values(
        self, *, options: RequestOptions | None = None
    ) -> CustomerEditorValues:
        """The choices a customer editor offers: countries, card types, terms, sales rep
        codes, QuickBooks classes, ... (the body is the model itself, with no envelope)."""
        response = await self._send(
            "GET", "/customer/editor_values", idempotent=True, options=options
        )
        return self._unwrap(response, None, CustomerEditorValues)

    async def get_quickbooks_online_customers(
        self, *, query: str | None = None, options: RequestOptions | None = None
    ) -> builtins.list[QuickBooksOnlineCustomer]:
        """Customers of the linked QuickBooks Online account.

        Args:
            query: Text to filter them by (sent as ``q``).
        """
        response = await self._send(
            "GET",
            "/customer/quickbooks_online/customers",
            params={"q": text_param("query", query)},
            idempotent=True,
            options=options,
        )
        return self._unwrap_list(response, "quickbooks_online_customers", QuickBooksOnlineCustomer)

    async def search_profile_values(
        self,
        request: LookupRequest | Mapping[str, Any],
        *,
        options: RequestOptions | None = None,
    ) -> builtins.list[KeyValue]:
        """Values stored in customer profiles that match a lookup (for type-ahead fields).

        Args:
            request: A :class:`~ultracart_async.models.LookupRequest` (``category``,
                ``matches``, ``max_hits``, ...) or a dict.
        """
        body = to_wire_body("request", request, LookupRequest)
        response = await self._send(
            "POST",
            "/customer/search",
            json=body,
            idempotent=True,  # a search sent as POST: it reads only
            options=options,
        )
        return self._unwrap_list(response, "values", KeyValue)


def _wishlist_path(
    customer_profile_oid: object, customer_wishlist_item_oid: object
) -> dict[str, object]:
    oid = _customer_oid(customer_profile_oid)
    check_id("customer_wishlist_item_oid", customer_wishlist_item_oid)
    return {"customer_profile_oid": oid, "customer_wishlist_item_oid": customer_wishlist_item_oid}
