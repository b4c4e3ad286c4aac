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
