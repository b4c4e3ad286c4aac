# Generated from tools/ultracart-openapi.json by tools/generate_models.py: do not edit.
# Regenerate with `python tools/generate_models.py`.
"""Wire functions of the models in ``common.py``, one pair per model.

``structure_<model>(data)`` builds a model from decoded JSON on the fast path: it raises
:class:`~ultracart_async._wire.NotFast` at the first value that does not fit, and
``ultracart_async._wire`` then redoes that record field by field. ``unstructure_<model>(model)``
gives the wire JSON. The rules are ``ultracart_async._wire``'s (read its docstring); this module
is loaded on the first use of one of these models.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from ultracart_async._wire import NotFast, merge_extra_fields, new_object, unknown_keys, unstructure

from .common import (
    BaseResponse,
    Error,
    ErrorResponse,
    Property,
    ResponseMetadata,
    ResponseWarning,
    ResultSet,
)

_KNOWN_BASE_RESPONSE: Final = frozenset({"error", "metadata", "success", "warning"})

_KNOWN_ERROR: Final = frozenset(
    {
        "developer_message",
        "error_code",
        "more_info",
        "object_id",
        "user_message",
    }
)

_KNOWN_ERROR_RESPONSE: Final = frozenset({"error", "metadata", "success", "warning"})

_KNOWN_PROPERTY: Final = frozenset({"name", "value"})

_KNOWN_RESPONSE_METADATA: Final = frozenset({"payload_name", "result_set"})

_KNOWN_RESPONSE_WARNING: Final = frozenset({"more_info", "warning_code", "warning_message"})

_KNOWN_RESULT_SET: Final = frozenset(
    {
        "count",
        "limit",
        "more",
        "next_offset",
        "offset",
        "total_records",
    }
)


def structure_base_response(o: Any) -> BaseResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: BaseResponse = new_object(BaseResponse)
    g = o.get
    n = 0
    v = g("error")
    if v is None:
        n += 1
    else:
        v = structure_error(v)
    self.error = v
    v = g("metadata")
    if v is None:
        n += 1
    else:
        v = structure_response_metadata(v)
    self.metadata = v
    v = g("success")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.success = v
    v = g("warning")
    if v is None:
        n += 1
    else:
        v = structure_response_warning(v)
    self.warning = v
    if len(o) + n == 4 or _KNOWN_BASE_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_BASE_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_base_response(obj: BaseResponse) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.error
    if v is not None:
        out["error"] = unstructure(v)
    v = obj.metadata
    if v is not None:
        out["metadata"] = unstructure(v)
    v = obj.success
    if v is not None:
        out["success"] = v
    v = obj.warning
    if v is not None:
        out["warning"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_error(o: Any) -> Error:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: Error = new_object(Error)
    g = o.get
    n = 0
    v = g("developer_message")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.developer_message = v
    v = g("error_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.error_code = v
    v = g("more_info")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.more_info = v
    v = g("object_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.object_id = v
    v = g("user_message")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.user_message = v
    if len(o) + n == 5 or _KNOWN_ERROR.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ERROR)
    self._wire_timestamps = None
    return self


def unstructure_error(obj: Error) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.developer_message
    if v is not None:
        out["developer_message"] = v
    v = obj.error_code
    if v is not None:
        out["error_code"] = v
    v = obj.more_info
    if v is not None:
        out["more_info"] = v
    v = obj.object_id
    if v is not None:
        out["object_id"] = v
    v = obj.user_message
    if v is not None:
        out["user_message"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_error_response(o: Any) -> ErrorResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: ErrorResponse = new_object(ErrorResponse)
    g = o.get
    n = 0
    v = g("error")
    if v is None:
        n += 1
    else:
        v = structure_error(v)
    self.error = v
    v = g("metadata")
    if v is None:
        n += 1
    else:
        v = structure_response_metadata(v)
    self.metadata = v
    v = g("success")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.success = v
    v = g("warning")
    if v is None:
        n += 1
    else:
        v = structure_response_warning(v)
    self.warning = v
    if len(o) + n == 4 or _KNOWN_ERROR_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ERROR_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_error_response(obj: ErrorResponse) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.error
    if v is not None:
        out["error"] = unstructure(v)
    v = obj.metadata
    if v is not None:
        out["metadata"] = unstructure(v)
    v = obj.success
    if v is not None:
        out["success"] = v
    v = obj.warning
    if v is not None:
        out["warning"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_property(o: Any) -> Property:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: Property = new_object(Property)
    g = o.get
    n = 0
    v = g("name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.name = v
    v = g("value")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.value = v
    if len(o) + n == 2 or _KNOWN_PROPERTY.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_PROPERTY)
    self._wire_timestamps = None
    return self


def unstructure_property(obj: Property) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.name
    if v is not None:
        out["name"] = v
    v = obj.value
    if v is not None:
        out["value"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_response_metadata(o: Any) -> ResponseMetadata:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: ResponseMetadata = new_object(ResponseMetadata)
    g = o.get
    n = 0
    v = g("payload_name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.payload_name = v
    v = g("result_set")
    if v is None:
        n += 1
    else:
        v = structure_result_set(v)
    self.result_set = v
    if len(o) + n == 2 or _KNOWN_RESPONSE_METADATA.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_RESPONSE_METADATA)
    self._wire_timestamps = None
    return self


def unstructure_response_metadata(obj: ResponseMetadata) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.payload_name
    if v is not None:
        out["payload_name"] = v
    v = obj.result_set
    if v is not None:
        out["result_set"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_response_warning(o: Any) -> ResponseWarning:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: ResponseWarning = new_object(ResponseWarning)
    g = o.get
    n = 0
    v = g("more_info")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.more_info = v
    v = g("warning_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.warning_code = v
    v = g("warning_message")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.warning_message = v
    if len(o) + n == 3 or _KNOWN_RESPONSE_WARNING.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_RESPONSE_WARNING)
    self._wire_timestamps = None
    return self


def unstructure_response_warning(obj: ResponseWarning) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.more_info
    if v is not None:
        out["more_info"] = v
    v = obj.warning_code
    if v is not None:
        out["warning_code"] = v
    v = obj.warning_message
    if v is not None:
        out["warning_message"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_result_set(o: Any) -> ResultSet:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: ResultSet = new_object(ResultSet)
    g = o.get
    n = 0
    v = g("count")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.count = v
    v = g("limit")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.limit = v
    v = g("more")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.more = v
    v = g("next_offset")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.next_offset = v
    v = g("offset")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.offset = v
    v = g("total_records")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.total_records = v
    if len(o) + n == 6 or _KNOWN_RESULT_SET.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_RESULT_SET)
    self._wire_timestamps = None
    return self


def unstructure_result_set(obj: ResultSet) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.count
    if v is not None:
        out["count"] = v
    v = obj.limit
    if v is not None:
        out["limit"] = v
    v = obj.more
    if v is not None:
        out["more"] = v
    v = obj.next_offset
    if v is not None:
        out["next_offset"] = v
    v = obj.offset
    if v is not None:
        out["offset"] = v
    v = obj.total_records
    if v is not None:
        out["total_records"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


#: The functions above by model class, for ``ultracart_async._wire``.
STRUCTURE: Final[dict[type[Any], Callable[[Any], Any]]] = {
    BaseResponse: structure_base_response,
    Error: structure_error,
    ErrorResponse: structure_error_response,
    Property: structure_property,
    ResponseMetadata: structure_response_metadata,
    ResponseWarning: structure_response_warning,
    ResultSet: structure_result_set,
}
UNSTRUCTURE: Final[dict[type[Any], Callable[[Any], dict[str, Any]]]] = {
    BaseResponse: unstructure_base_response,
    Error: unstructure_error,
    ErrorResponse: unstructure_error_response,
    Property: unstructure_property,
    ResponseMetadata: unstructure_response_metadata,
    ResponseWarning: unstructure_response_warning,
    ResultSet: unstructure_result_set,
}
