# Generated from tools/ultracart-openapi.json by tools/generate_models.py: do not edit.
# Regenerate with `python tools/generate_models.py`.
"""Models shared by every API group: the response envelopes and shared types."""

from __future__ import annotations

import attrs

from ._base import UltraCartModel

__all__ = [
    "BaseResponse",
    "Error",
    "ErrorResponse",
    "Property",
    "ResponseMetadata",
    "ResponseWarning",
    "ResultSet",
    "UltraCartModel",
]


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class BaseResponse(UltraCartModel):
    """The UltraCart ``BaseResponse`` object.

    Returned by: addCustomerStoreCredit.
    """

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class Error(UltraCartModel):
    """The UltraCart ``Error`` object."""

    developer_message: str | None = None
    """A technical message meant to be read by a developer."""

    error_code: str | None = None
    """HTTP status code."""

    more_info: str | None = None
    """Additional information often a link to additional documentation."""

    object_id: str | None = None
    """Object id that the error is associated with."""

    user_message: str | None = None
    """An end-user friendly message suitable for display to the customer."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class ErrorResponse(UltraCartModel):
    """The UltraCart ``ErrorResponse`` object."""

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class Property(UltraCartModel):
    """The UltraCart ``Property`` object."""

    name: str | None = None

    value: str | None = None


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class ResponseMetadata(UltraCartModel):
    """The UltraCart ``ResponseMetadata`` object."""

    payload_name: str | None = None
    """Payload name."""

    result_set: ResultSet | None = None
    """See :class:`ResultSet`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class ResponseWarning(UltraCartModel):
    """The UltraCart ``Warning`` object, named ``ResponseWarning`` here because ``Warning`` is a
    Python builtin.
    """

    more_info: str | None = None
    """Additional information often a link to additional documentation."""

    warning_code: str | None = None
    """A stable machine-readable code identifying the warning. See API docs for known values."""

    warning_message: str | None = None
    """A technical message meant to be read by a developer."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class ResultSet(UltraCartModel):
    """The UltraCart ``ResultSet`` object."""

    count: int | None = None
    """Number of results in this set."""

    limit: int | None = None
    """Maximum number of results that can be returned in a set."""

    more: bool | None = None
    """True if there are more results to query."""

    next_offset: int | None = None
    """The next offset that you should query to retrieve more results."""

    offset: int | None = None
    """Offset of this result set (zero based)."""

    total_records: int | None = None
    """The total number of records in the result set. May be null if the number is not known and the
    client should continue iterating as long as more is true.
    """
