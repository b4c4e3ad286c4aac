"""The Customer API: profiles, lookups, wish lists, store credit, loyalty, email lists.

:class:`CustomersResource` is one client, ``uc.customers``, whose operations live by topic:
the listings, their filters and the editor's lookups here; one customer's profile and email
in ``_customer_profile``; store credit, loyalty and the wish list in ``_customer_extras``.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Annotated, Any, TypedDict, Unpack

from .. import models
from .._config import RequestOptions
from ..pagination import Export, ExportProgress, Pager, PageSpec
from ._base import (
    EXPAND,
    INT,
    SINCE,
    SORT,
    TEXT,
    TIMESTAMP,
    Expand,
    Sort,
    When,
    check_page_size,
    compact,
    expand_param,
    query_from,
    sort_param,
    spelled_out,
    text_param,
    timestamp_param,
    to_wire_body,
)
from ._customer_extras import CustomerExtrasMethods
from ._customer_profile import CustomerProfileMethods

if TYPE_CHECKING:
    from ..models import (
        Customer,
        CustomerEditorValues,
        CustomerQuery,
        DataTablesServerSideResponse,
        KeyValue,
        LookupRequest,
        QuickBooksOnlineCustomer,
    )

__all__ = ["CUSTOMERS_MAX_PAGE_SIZE", "CustomerListFilters", "CustomersResource"]

#: ``_limit`` maximum of the customer list, query and search operations ("Max 200").
CUSTOMERS_MAX_PAGE_SIZE = 200


class CustomerListFilters(TypedDict, total=False):
    """The filters of :meth:`CustomersResource.list`, also taken by its ``export``.

    The one place they are written: the methods take them as ``**filters``, and each
    key's annotation (a ``Query``) says how it is checked and sent.
    """

    email: Annotated[str | None, TEXT]
    qb_class: Annotated[str | None, TEXT]
    quickbooks_code: Annotated[str | None, TEXT]
    last_modified_dts_start: Annotated[When | None, TIMESTAMP]
    last_modified_dts_end: Annotated[When | None, TIMESTAMP]
    signup_dts_start: Annotated[When | None, TIMESTAMP]
    signup_dts_end: Annotated[When | None, TIMESTAMP]
    billing_first_name: Annotated[str | None, TEXT]
    billing_last_name: Annotated[str | None, TEXT]
    billing_company: Annotated[str | None, TEXT]
    billing_city: Annotated[str | None, TEXT]
    billing_state: Annotated[str | None, TEXT]
    billing_postal_code: Annotated[str | None, TEXT]
    billing_country_code: Annotated[str | None, TEXT]
    billing_day_phone: Annotated[str | None, TEXT]
    billing_evening_phone: Annotated[str | None, TEXT]
    shipping_first_name: Annotated[str | None, TEXT]
    shipping_last_name: Annotated[str | None, TEXT]
    shipping_company: Annotated[str | None, TEXT]
    shipping_city: Annotated[str | None, TEXT]
    shipping_state: Annotated[str | None, TEXT]
    shipping_postal_code: Annotated[str | None, TEXT]
    shipping_country_code: Annotated[str | None, TEXT]
    shipping_day_phone: Annotated[str | None, TEXT]
    shipping_evening_phone: Annotated[str | None, TEXT]
    pricing_tier_oid: Annotated[int | None, INT]
    pricing_tier_name: Annotated[str | None, TEXT]
    since: Annotated[When | None, SINCE]
    sort: Annotated[Sort | None, SORT]
    expand: Annotated[Expand | None, EXPAND]
    page_size: int


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
        id_integer=True,
        # The profile oid is unique, so pages sorted on it do not shift under an export
        # unless rows are inserted or deleted (which the overlap check catches).
        stable_sort="customer_profile_oid",
        since_param="_since",
    )


class CustomersResource(CustomerProfileMethods, CustomerExtrasMethods):
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

    @spelled_out(CustomerListFilters, page_size=CUSTOMERS_MAX_PAGE_SIZE)
    def list(
        self,
        *,
        options: RequestOptions | None = None,
        **filters: Unpack[CustomerListFilters],
    ) -> Pager[Customer]:
        """Stream the customers matching the filters (``GET /customer/customers``).

        Nothing is sent until the pager is iterated (or awaited for the first page alone).
        The filters are the keys of :class:`CustomerListFilters` (``email``,
        ``billing_state``, ``pricing_tier_oid``, ...): each optional, each sent under its
        UltraCart name.

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
        page_size = filters.pop("page_size", CUSTOMERS_MAX_PAGE_SIZE)
        params = query_from(CustomerListFilters, filters, method="CustomersResource.list")
        spec = _customers_spec(
            "customers.list",
            "GET",
            "/customer/customers",
            params=params,
            page_size=page_size,
            options=options,
        )
        return self._pager(spec, lambda: models.Customer)

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
        body = to_wire_body("query", query, models.CustomerQuery)
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
        return self._pager(spec, lambda: models.Customer)

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
        return self._pager(spec, lambda: models.Customer)

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
        return self._unwrap(response, None, models.DataTablesServerSideResponse)

    # ------------------------------------------------------------------ lookups

    async def get_editor_values(
        self, *, options: RequestOptions | None = None
    ) -> CustomerEditorValues:
        """The choices a customer editor offers: countries, card types, terms, sales rep
        codes, QuickBooks classes, ... (the body is the model itself, with no envelope)."""
        response = await self._get("/customer/editor_values", options=options)
        return self._unwrap(response, None, models.CustomerEditorValues)

    async def get_quickbooks_online_customers(
        self, *, query: str | None = None, options: RequestOptions | None = None
    ) -> builtins.list[QuickBooksOnlineCustomer]:
        """Customers of the linked QuickBooks Online account.

        Args:
            query: Text to filter them by (sent as ``q``).
        """
        params = {"q": text_param("query", query)}
        response = await self._get(
            "/customer/quickbooks_online/customers", params=params, options=options
        )
        return self._unwrap_list(
            response, "quickbooks_online_customers", models.QuickBooksOnlineCustomer
        )

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
        body = to_wire_body("request", request, models.LookupRequest)
        response = await self._send(
            "POST",
            "/customer/search",
            json=body,
            idempotent=True,  # a search sent as POST: it reads only
            options=options,
        )
        return self._unwrap_list(response, "values", models.KeyValue)
