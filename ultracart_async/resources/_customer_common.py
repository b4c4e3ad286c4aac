"""What the parts of the Customer API share: the customer's path and its id check."""

from __future__ import annotations

from ._base import int_id

__all__ = ["CUSTOMER", "customer_oid", "customer_path"]

#: The path of one customer; the operations about it append to it.
CUSTOMER = "/customer/customers/{customer_profile_oid}"


def customer_oid(value: object) -> int:
    """A ``customer_profile_oid`` checked before any request is sent."""
    return int_id("customer_profile_oid", value)


def customer_path(value: object) -> dict[str, object]:
    """The path parameters of :data:`CUSTOMER`, its ``customer_profile_oid`` checked."""
    return {"customer_profile_oid": customer_oid(value)}
