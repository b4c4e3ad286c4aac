"""The Customer API's operations on one customer: get, insert, update, delete and merge
its profile, its login link, and its email (verification, lists, suppression)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, overload

from .. import models
from .._config import RequestOptions
from ._base import (
    OMITTED,
    Expand,
    Omitted,
    Resource,
    check_id,
    expand_param,
    id_of,
    payload,
    target_and_body,
    to_wire_body,
)
from ._customer_common import CUSTOMER, customer_oid, customer_path

if TYPE_CHECKING:
    from ..models import (
        Customer,
        CustomerEmailListChanges,
        CustomerEmailSuppressionRequest,
        CustomerEmailSuppressionResult,
        CustomerMergeRequest,
        EmailList,
        EmailVerifyTokenRequest,
        EmailVerifyTokenValidateRequest,
    )

__all__ = ["CustomerProfileMethods"]


class CustomerProfileMethods(Resource):
    """The profile and email operations of
    :class:`~ultracart_async.resources.CustomersResource`."""

    # ------------------------------------------------------------------ profile

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
        path_params = customer_path(customer_profile_oid)
        params = {"_expand": expand_param(expand)}
        response = await self._get(CUSTOMER, path_params, params=params, options=options)
        return self._unwrap(response, "customer", models.Customer)

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
        response = await self._get(
            "/customer/customers/by_email/{email}",
            {"email": email},
            params={"_expand": expand_param(expand)},
            options=options,
        )
        return self._unwrap(response, "customer", models.Customer)

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
        body = to_wire_body("customer", customer, models.Customer)
        response = await self._send(
            "POST",
            "/customer/customers",
            params={"_expand": expand_param(expand)},
            json=body,
            idempotent=False,
            options=options,
        )
        return self._unwrap(response, "customer", models.Customer)

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
            model=models.Customer,
            body_name="customer",
            id_name="customer_profile_oid",
            id_attr="customer_profile_oid",
        )
        response = await self._send(
            "PUT",
            CUSTOMER,
            path_params={"customer_profile_oid": oid},
            params={"_expand": expand_param(expand)},
            json=body,
            idempotent=True,  # the same PUT twice leaves the same customer
            options=options,
        )
        return self._unwrap(response, "customer", models.Customer)

    async def delete(
        self, customer_profile_oid: int | Customer, *, options: RequestOptions | None = None
    ) -> None:
        """Delete a customer, given by its ``customer_profile_oid`` or as the
        :class:`~ultracart_async.models.Customer` itself.

        Example::

            created = await uc.customers.insert(Customer(email="jane@example.com"))
            await uc.customers.delete(created)
        """
        oid = id_of(
            "customer_profile_oid", customer_profile_oid, models.Customer, "customer_profile_oid"
        )
        await self._delete(CUSTOMER, {"customer_profile_oid": oid}, options=options)

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
        path_params = customer_path(customer_profile_oid)
        body = to_wire_body("merge", merge, models.CustomerMergeRequest)
        await self._send(
            "PUT",
            CUSTOMER + "/merge",
            path_params=path_params,
            params={"_expand": expand_param(expand)},
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
        oid = customer_oid(customer_profile_oid)
        check_id("storefront_host_name", storefront_host_name, str)
        response = await self._send(
            "PUT",
            CUSTOMER + "/magic_link/{storefront_host_name}",
            path_params={"customer_profile_oid": oid, "storefront_host_name": storefront_host_name},
            # A PUT because it mints a link. Repeating mints another and returns that one;
            # a link lost with a failed attempt was never handed to anyone.
            idempotent=True,
            options=options,
        )
        return self._unwrap_value(response, "url", str)

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
        body = to_wire_body("request", request, models.EmailVerifyTokenRequest)
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
        body = to_wire_body("request", request, models.EmailVerifyTokenValidateRequest)
        response = await self._send(
            "POST",
            "/customer/customers/email_verify/validate_token",
            json=body,
            # Not repeated: if validation consumes the token, a retry after a lost
            # success would report a good token as invalid.
            idempotent=False,
            options=options,
        )
        return payload(response, "success") is True

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
        path_params = customer_path(customer_profile_oid)
        body = to_wire_body("changes", changes, models.CustomerEmailListChanges)
        response = await self._send(
            "POST",
            CUSTOMER + "/email_lists",
            path_params=path_params,
            json=body,
            # Not repeated: joining a list may send a welcome or opt-in email.
            idempotent=False,
            options=options,
        )
        return self._unwrap(response, None, models.CustomerEmailListChanges)

    async def update_email_suppression(
        self,
        customer_profile_oid: int,
        request: CustomerEmailSuppressionRequest | Mapping[str, Any],
        *,
        options: RequestOptions | None = None,
    ) -> CustomerEmailSuppressionResult:
        """Clear a customer's bounce, spam complaint or global unsubscribe; returns what
        was cleared."""
        path_params = customer_path(customer_profile_oid)
        body = to_wire_body("request", request, models.CustomerEmailSuppressionRequest)
        response = await self._send(
            "POST",
            CUSTOMER + "/email_suppression",
            path_params=path_params,
            json=body,
            # Not repeated: it records consent and changes the email provider's lists.
            idempotent=False,
            options=options,
        )
        return self._unwrap(response, "email_suppression", models.CustomerEmailSuppressionResult)

    async def get_email_lists(
        self, *, options: RequestOptions | None = None
    ) -> builtins.list[EmailList]:
        """Every email list across all storefronts."""
        response = await self._get("/customer/email_lists", options=options)
        return self._unwrap_list(response, "lists", models.EmailList)
