"""Hypothesis strategies shared by the fuzz tests."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

#: Any JSON scalar, with integers beyond 64 bits' signed range and long-ish strings.
json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**64 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)


def json_values(*, max_size: int, key_size: int, max_leaves: int) -> st.SearchStrategy[Any]:
    """Any JSON value: scalars nested in lists and objects of at most ``max_size`` items."""
    return st.recursive(
        json_scalars,
        lambda children: (
            st.lists(children, max_size=max_size)
            | st.dictionaries(st.text(max_size=key_size), children, max_size=max_size)
        ),
        max_leaves=max_leaves,
    )


#: Keys the models know (customers, orders, workflow tasks, users), so that fuzzed objects
#: reach the typed fields, not only ``extra_fields``.
MODEL_KEYS = [
    "customer_profile_oid",
    "email",
    "billing",
    "shipping",
    "cards",
    "orders",
    "tags",
    "properties",
    "last_modified_dts",
    "signup_dts",
    "loyalty",
    "pricing_tiers",
    "allow_purchase_order",
    "store_credit",
    "order_id",
    "items",
    "summary",
    "creation_dts",
    "payment",
    "customer_profile",
    "workflow_task_uuid",
    "user_id",
    "groups",
]


def model_objects(
    values: st.SearchStrategy[Any], *, key_size: int, max_size: int
) -> st.SearchStrategy[dict[str, Any]]:
    """Objects of at most ``max_size`` ``values``, under keys the models know or any text."""
    keys = st.sampled_from(MODEL_KEYS) | st.text(max_size=key_size)
    return st.dictionaries(keys, values, max_size=max_size)
