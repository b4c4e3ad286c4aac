"""Helpers of the pagination tests."""

from __future__ import annotations

from typing import Any

from ultracart_async import UltraCartClient
from ultracart_async.models import Customer
from ultracart_async.pagination import Pager, PageSpec


def customers_pager(uc: UltraCartClient, page_size: int = 200, **params: Any) -> Pager[Customer]:
    """A pager of ``/customer/customers`` built from its spec, as the customers resource pages."""
    spec = PageSpec(
        operation="customers.list",
        method="GET",
        path="/customer/customers",
        items_key="customers",
        page_size=page_size,
        params=params,
        id_field="customer_profile_oid",
        stable_sort="customer_profile_oid",
        since_param="_since",
    )
    return Pager(uc._transport, spec, Customer)
