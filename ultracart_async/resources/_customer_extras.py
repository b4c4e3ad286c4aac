"""The Customer API's extras: store credit, cashback, loyalty points and the wish list."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import models
from .._config import RequestOptions
from .._response import APIResponse
from ._base import Resource, check_id, payload, to_wire_body
from ._customer_common import CUSTOMER, customer_path

if TYPE_CHECKING:
    from ..models import (
        AdjustInternalCertificateRequest,
        AdjustInternalCertificateResponse,
        AdjustLoyaltyPointsRequest,
        AdjustLoyaltyPointsResponse,
        CustomerLoyalty,
        CustomerStoreCredit,
        CustomerStoreCreditAddRequest,
        CustomerWishListItem,
    )

__all__ = ["CustomerExtrasMethods"]

_WISHLIST_ITEM = CUSTOMER + "/wishlist/{customer_wishlist_item_oid}"


class CustomerExtrasMethods(Resource):
    """The store credit, loyalty and wish list operations of
    :class:`~ultracart_async.resources.CustomersResource`."""

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
        path_params = customer_path(customer_profile_oid)
        body = to_wire_body("adjustment", adjustment, models.AdjustInternalCertificateRequest)
        response = await self._send(
            "POST",
            CUSTOMER + "/adjust_cashback_balance",
            path_params=path_params,
            json=body,
            idempotent=False,
            options=options,
        )
        # The payload fields sit beside the envelope's, so the whole body is the result.
        return self._unwrap(response, None, models.AdjustInternalCertificateResponse)

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
        path_params = customer_path(customer_profile_oid)
        body = to_wire_body("adjustment", adjustment, models.AdjustLoyaltyPointsRequest)
        response = await self._send(
            "POST",
            CUSTOMER + "/adjust_loyalty_points",
            path_params=path_params,
            json=body,
            idempotent=False,
            options=options,
        )
        return self._unwrap(response, None, models.AdjustLoyaltyPointsResponse)

    async def get_loyalty(
        self, customer_profile_oid: int, *, options: RequestOptions | None = None
    ) -> CustomerLoyalty:
        """A customer's loyalty points, tier, ledger and redemptions."""
        path_params = customer_path(customer_profile_oid)
        response = await self._get(CUSTOMER + "/loyalty", path_params, options=options)
        return self._unwrap(response, "customer_loyalty", models.CustomerLoyalty)

    async def get_store_credit(
        self, customer_profile_oid: int, *, options: RequestOptions | None = None
    ) -> CustomerStoreCredit:
        """A customer's store credit: available, vesting, expiring, and the ledgers."""
        path_params = customer_path(customer_profile_oid)
        response = await self._get(CUSTOMER + "/store_credit", path_params, options=options)
        return self._unwrap(response, "customer_store_credit", models.CustomerStoreCredit)

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
        path_params = customer_path(customer_profile_oid)
        body = to_wire_body("credit", credit, models.CustomerStoreCreditAddRequest)
        await self._send(
            "POST",
            CUSTOMER + "/store_credit",
            path_params=path_params,
            json=body,
            idempotent=False,
            expects_body=False,
            options=options,
        )

    # ------------------------------------------------------------------ wish list

    async def get_wish_list(
        self, customer_profile_oid: int, *, options: RequestOptions | None = None
    ) -> builtins.list[CustomerWishListItem]:
        """Every item on a customer's wish list."""
        path_params = customer_path(customer_profile_oid)
        response = await self._get(CUSTOMER + "/wishlist", path_params, options=options)
        return self._unwrap_list(response, "wishlist_items", models.CustomerWishListItem)

    async def get_wish_list_item(
        self,
        customer_profile_oid: int,
        customer_wishlist_item_oid: int,
        *,
        options: RequestOptions | None = None,
    ) -> CustomerWishListItem:
        """One wish list item."""
        path_params = _wishlist_path(customer_profile_oid, customer_wishlist_item_oid)
        response = await self._get(_WISHLIST_ITEM, path_params, options=options)
        return self._unwrap(response, "wishlist_item", models.CustomerWishListItem)

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
        path_params = customer_path(customer_profile_oid)
        body = to_wire_body("item", item, models.CustomerWishListItem)
        response = await self._send(
            "POST",
            CUSTOMER + "/wishlist",
            path_params=path_params,
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
        body = to_wire_body("item", item, models.CustomerWishListItem)
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
        path_params = _wishlist_path(customer_profile_oid, customer_wishlist_item_oid)
        await self._delete(_WISHLIST_ITEM, path_params, options=options)

    def _wish_list_item(self, response: APIResponse) -> CustomerWishListItem:
        # The spec declares the bare item for insert and update, unlike the GET of one
        # item (CustomerWishListItemResponse). Accept the enveloped shape too, so either
        # answer gives the item.
        if isinstance(payload(response, "wishlist_item"), dict):
            return self._unwrap(response, "wishlist_item", models.CustomerWishListItem)
        return self._unwrap(response, None, models.CustomerWishListItem)


def _wishlist_path(
    customer_profile_oid: object, customer_wishlist_item_oid: object
) -> dict[str, object]:
    path_params = customer_path(customer_profile_oid)
    check_id("customer_wishlist_item_oid", customer_wishlist_item_oid)
    return {**path_params, "customer_wishlist_item_oid": customer_wishlist_item_oid}
