"""The wire format: the one cattrs converter between UltraCart JSON and the models.

Nothing else in the SDK knows how a model looks on the wire. The rules:

* **Names.** Attribute names are the wire names; a field whose wire name is not a usable Python
  name carries it in ``attrs`` metadata (``wire_name``).
* **Unknown keys are kept.** Keys a model does not know land in ``extra_fields`` and are sent
  back by :func:`unstructure`, so a get, change, update round trip loses nothing.
* **One bad value never fails a page.** A value of the wrong type (a string where an integer
  belongs, a list where an object belongs, a timestamp that does not parse, ...) leaves its
  field ``None`` and is kept, as received, in ``extra_fields`` under its wire key, so it goes
  back out unchanged. Each such value is logged on the ``ultracart_async.wire`` logger at
  WARNING, naming the model and the field but never the value (values may be personal data),
  and handed to the caller's ``on_issue`` callback as a :class:`FieldIssue`.
* **Strict scalars.** ``true`` is not an integer and ``1`` is not a boolean; a string field
  takes only strings. A float field also takes integers, which stay ``int`` so that they are
  written back exactly as they came.
* **Open enumerations** are plain ``str``: unknown values pass through.
* **Timestamps** (fields the spec marks ``x-uc-date-time``) become ``datetime`` through
  :meth:`datetime.fromisoformat`: aware when the string has an offset, naive when it has none
  (no time zone is invented). A timestamp that is unchanged goes back out byte for byte as it
  came (``2016-04-07T14:07:36.000-04:00`` stays that way); a changed one goes out as
  :meth:`datetime.isoformat`.
* ``None`` means "not sent": :func:`unstructure` leaves ``None`` fields out, so an explicit JSON
  ``null`` from the server is not echoed back (nor shown by ``model.to_dict()``). A ``null``
  under an unknown key, or inside a ``dict``/``Any`` value, is kept.
* :func:`unstructure` builds new lists and dicts all the way down (``extra_fields`` included):
  its result shares nothing with the model, so ``model.to_dict()`` may be changed freely.

How it is fast: for each generated model, ``tools/generate_models.py`` writes a structure
function and an unstructure function into ``ultracart_async/models/_codec_<module>.py``,
loaded on the first use of one of that module's models. The structure function assigns the
slots directly with the type tests inlined, calls the functions of nested models directly, and
looks at the keys of a record for unknown ones only when it has more keys than known fields
that were present. When it raises (a bad value), the record that holds the bad value, and each
record above it, is redone field by field, slowly, to keep every good field and set the bad
ones aside; the records inside are structured again by their own (fast) functions, so the
damage stays in the smallest object that holds it. A hand-made model (an ``UltraCartModel``
subclass the generator did not write) always takes the field-by-field path. Timestamps inside
lists or dicts (none in the spec today) are parsed but not remembered, so they go out as
``isoformat()``.
"""

from __future__ import annotations

import gc
import importlib
import logging
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from datetime import datetime
from types import NoneType, UnionType
from typing import TYPE_CHECKING, Any, Final, TypeVar, Union, get_args, get_origin

import attrs

from ultracart_async.models._base import UltraCartModel, json_kind

__all__ = [
    "FieldIssue",
    "WireFormatError",
    "converter",
    "structure",
    "structure_each",
    "structure_list",
    "unstructure",
]

T = TypeVar("T")

Hook = Callable[[Any, Any], Any]
UnstructureHook = Callable[[Any], Any]

logger: Final = logging.getLogger("ultracart_async.wire")

#: The keys of the ``attrs`` field metadata this module reads.
WIRE_NAME: Final = "wire_name"


class WireFormatError(ValueError):
    """A response body is not the JSON shape the operation returns at all.

    Raised only for the top-level value (for instance a list, a string or ``null`` where an
    object was expected). Anything wrong below the top level is repaired and reported as a
    :class:`FieldIssue` instead.
    """


@attrs.frozen
class FieldIssue:
    """A value UltraCart sent that did not fit its model field.

    The field was set to ``None`` and the value kept, as received, in the model's
    ``extra_fields`` under the wire key. The value itself is deliberately not part of the
    issue: it may be personal data and issues end up in logs and metrics.
    """

    model: str
    """Name of the model class, e.g. ``"CustomerBilling"``."""

    field: str
    """Wire name of the field, or ``"[index]"`` for an item of a top-level list."""

    problem: str
    """What was wrong, in terms of JSON types only, e.g. ``"expected integer, got string"``."""


# --------------------------------------------------------------------------------------
# Issue reporting

# Why a context variable: a record whose fast path fails is structured a second time, which
# repeats the issues of its nested records. Issues are therefore collected per call, keyed by
# (id of the dict they came from, field) to drop the repeats, and reported once at the end.
# The key is sound because the input dicts stay alive for the whole call.
_pending_issues: ContextVar[dict[tuple[int, str], FieldIssue] | None] = ContextVar(
    "ultracart_async_wire_pending_issues", default=None
)


def _log_issue(issue: FieldIssue) -> None:
    logger.warning(
        "UltraCart sent an unexpected value for %s.%s (%s); the field is left None and the "
        "value is kept in extra_fields",
        issue.model,
        issue.field,
        issue.problem,
    )


def _record_issue(source: object, issue: FieldIssue) -> None:
    pending = _pending_issues.get()
    if pending is None:
        # Called through the converter directly: no dedupe scope, report right away.
        _log_issue(issue)
    else:
        pending.setdefault((id(source), issue.field), issue)


def _flush_issues(
    pending: dict[tuple[int, str], FieldIssue],
    on_issue: Callable[[FieldIssue], None] | None,
) -> None:
    for issue in pending.values():
        _log_issue(issue)
        if on_issue is not None:
            on_issue(issue)


# --------------------------------------------------------------------------------------
# The converter

if TYPE_CHECKING:
    import cattrs

    #: The one converter of the SDK. Prefer :func:`structure` and :func:`unstructure`: they
    #: add the issue reporting and the top-level checks.
    converter: cattrs.Converter

_converter: cattrs.Converter | None = None


def __getattr__(name: str) -> Any:
    # Why built on first use (PEP 562): importing cattrs costs about 10 ms, and the SDK's own
    # paths call the hooks below directly; only ``converter`` itself needs cattrs.
    if name == "converter":
        return _get_converter()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _get_converter() -> cattrs.Converter:
    global _converter
    if _converter is None:
        import cattrs

        built = cattrs.Converter()
        # So that ``converter.structure(data, Customer)`` and ``converter.unstructure(customer)``
        # follow the same rules as the functions of this module.
        built.register_structure_hook_factory(_is_model, _model_hook)
        built.register_unstructure_hook_factory(_is_model, _model_unhook)
        _converter = built
    return _converter


# --------------------------------------------------------------------------------------
# Strict leaf hooks (the slow path and the rare field types)


class _Mismatch(Exception):
    """A value does not fit its type; the message holds JSON types only, never the value."""

    @classmethod
    def of(cls, expected: str, value: object) -> _Mismatch:
        return cls(f"expected {expected}, got {json_kind(value)}")


# These take a value that is not None (the caller handles None) and return it structured.
# ``v.__class__ is int`` deliberately rejects ``True``.


def _exactly(cls: type, expected: str) -> Hook:
    """The hook of a leaf type whose values must be of class ``cls`` exactly (no subclass);
    ``expected`` names the type in the message."""

    def hook(v: Any, _: Any) -> Any:
        if v.__class__ is cls:
            return v
        raise _Mismatch.of(expected, v)

    return hook


def _float(v: Any, _: Any) -> Any:
    # An int stays an int (a valid float for type checkers) so that it is written back as it
    # came: 50 must not come back as 50.0.
    if v.__class__ is float or v.__class__ is int:
        return v
    raise _Mismatch.of("number", v)


def _datetime(v: Any, _: Any) -> Any:
    if v.__class__ is not str:
        raise _Mismatch.of("timestamp string", v)
    try:
        return datetime.fromisoformat(v)
    except ValueError:
        raise _Mismatch(
            "expected an ISO-8601 timestamp, got a string that does not parse"
        ) from None


def _any(v: Any, _: Any) -> Any:
    return v


_LEAF_HOOKS: Final[dict[Any, Hook]] = {
    str: _exactly(str, "string"),
    int: _exactly(int, "integer"),
    float: _float,
    bool: _exactly(bool, "boolean"),
    datetime: _datetime,
    Any: _any,
}


def _type_name(tp: Any) -> str:
    """A short, readable rendering of a field type for messages."""
    if tp is datetime:
        return "timestamp string"
    if tp is Any:
        return "any value"
    origin = get_origin(tp)
    if origin is list:
        return f"list[{_type_name(get_args(tp)[0])}]"
    if origin is dict:
        return f"dict[str, {_type_name(get_args(tp)[1])}]"
    return getattr(tp, "__name__", repr(tp))


def _is_optional(tp: Any) -> bool:
    return (get_origin(tp) is Union or isinstance(tp, UnionType)) and NoneType in get_args(tp)


def _strip_optional(tp: Any) -> Any:
    args = [arg for arg in get_args(tp) if arg is not NoneType]
    if len(args) != 1:
        raise TypeError(f"only X | None unions are supported on the wire, not {tp!r}")
    return args[0]


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, UltraCartModel) and attrs.has(tp)


def _list_hook(item_type: Any) -> Hook:
    item_hook = _field_hook(item_type)
    expected = f"list[{_type_name(item_type)}]"

    def structure_list_field(v: Any, _: Any) -> Any:
        if v.__class__ is not list:
            raise _Mismatch.of(expected, v)
        out = []
        for item in v:
            if item is None:
                raise _Mismatch(f"expected {expected}, an item is null")
            try:
                out.append(item_hook(item, item_type))
            except _Mismatch:
                raise _Mismatch(f"expected {expected}, an item is {json_kind(item)}") from None
        return out

    return structure_list_field


def _dict_hook(value_type: Any) -> Hook:
    value_hook = _field_hook(value_type)
    expected = f"dict[str, {_type_name(value_type)}]"

    def structure_dict_field(v: Any, _: Any) -> Any:
        if not isinstance(v, dict):
            raise _Mismatch.of(expected, v)
        out: dict[str, Any] = {}
        for key, item in v.items():
            if item is None:
                out[key] = None
            else:
                try:
                    out[key] = value_hook(item, value_type)
                except _Mismatch:
                    raise _Mismatch(f"expected {expected}, a value is {json_kind(item)}") from None
        return out

    return structure_dict_field


def _field_hook(tp: Any) -> Hook:
    """The strict structure hook of a field type, for a value that is not ``None``."""
    if _is_optional(tp):
        tp = _strip_optional(tp)
    leaf = _LEAF_HOOKS.get(tp)
    if leaf is not None:
        return leaf
    if _is_model(tp):
        return _model_hook(tp)
    origin = get_origin(tp)
    if origin is list:
        return _list_hook(get_args(tp)[0])
    if origin is dict:
        return _dict_hook(get_args(tp)[1])
    raise TypeError(f"no wire format for field type {tp!r}")


# --------------------------------------------------------------------------------------
# Per-model functions

# Why generated functions: on a fully expanded 3.6 KB customer (15 objects, 185 fields) a
# cattrs make_dict_structure_fn builds a kwargs dict for __init__ and calls one hook per
# field; assigning the slots directly with the type tests inlined, and calling the nested
# models' functions directly, costs a fraction of that. The functions of the generated models
# are written by tools/generate_models.py into ultracart_async/models/_codec_<module>.py
# (reviewed, type-checked and cached as bytecode like any module); nothing is compiled at run
# time. A model class without generated functions (a hand-made UltraCartModel subclass) takes
# the field-by-field path below, which follows the same rules. The cattrs converter stays the
# public entry point.


class NotFast(_Mismatch):
    """Raised by a generated structure function at the first value that does not fit.

    The record is then redone field by field (:meth:`_ModelWire.slow_structure`), which keeps
    every good field and sets the bad values aside.
    """


#: ``datetime.fromisoformat``, as the generated code calls it.
from_iso: Final = datetime.fromisoformat

#: ``object.__new__``: a model without running ``__init__`` (the generated code sets every
#: slot itself).
new_object: Final[Callable[[type[Any]], Any]] = object.__new__


def unknown_keys(data: dict[str, Any], known: frozenset[str]) -> dict[str, Any]:
    """The keys of ``data`` a model does not know, with their values as received."""
    return {key: value for key, value in data.items() if key not in known}


def merge_extra_fields(out: dict[str, Any], extra: dict[str, Any]) -> None:
    """Add a model's kept unknown keys to its wire form ``out``.

    A field set on the model wins over a raw value of the same name; the values are copied
    like the fields (a ``to_dict()`` result shares nothing with the model).
    """
    for key, value in extra.items():
        if key not in out:
            out[key] = unstructure(value)


def timestamp_out(stamps: dict[str, str] | None, name: str, value: Any) -> Any:
    """The wire form of a timestamp: the original string while the value is unchanged."""
    if not isinstance(value, datetime):
        # A caller may have put a string in a datetime field: send it as it is.
        return value
    if stamps is not None:
        text = stamps.get(name)
        if text is not None:
            original = from_iso(text)
            # The offset is compared too: the same instant in another zone is a change.
            if original == value and original.utcoffset() == value.utcoffset():
                return text
    return value.isoformat()


def field_hook(tp: Any) -> Hook:
    """The strict structure hook of a field type (for the rare types in generated code)."""
    return _field_hook(tp)


@attrs.frozen
class _FieldPlan:
    """How one model field is read and written on the field-by-field path."""

    name: str
    wire: str
    type: Any
    hook: Hook


def _codec(cls: type[UltraCartModel]) -> Any:
    """The generated codec module of ``cls``'s module (``_codec_<module>``), or None."""
    package, _, module = cls.__module__.rpartition(".")
    if not package:
        return None
    name = f"{package}._codec_{module}"
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise  # the codec module exists and something it imports is missing
        return None


class _ModelWire:
    """The structure and unstructure functions of one model class, found on first use.

    Why lazily: a program that touches few of the ~185 models should not load or prepare the
    others.
    """

    __slots__ = ("_plans", "cls", "fast_structure", "fast_unstructure", "generated_structure")

    def __init__(self, cls: type[UltraCartModel]) -> None:
        self.cls = cls
        self._plans: dict[str, _FieldPlan] | None = None
        codec = _codec(cls)
        structure_fn = None if codec is None else codec.STRUCTURE.get(cls)
        unstructure_fn = None if codec is None else codec.UNSTRUCTURE.get(cls)
        #: The generated function, or None for a model the generator did not write.
        self.generated_structure: Callable[[Any], Any] | None = structure_fn
        self.fast_structure: Callable[[Any], Any] = structure_fn or self.slow_structure
        self.fast_unstructure: Callable[[Any], dict[str, Any]] = (
            unstructure_fn or self.generic_unstructure
        )

    @property
    def by_wire(self) -> dict[str, _FieldPlan]:
        """The field plans by wire name (built on first use: it resolves the annotations)."""
        if self._plans is None:
            # The models use lazy annotations and import sibling modules at their bottom.
            attrs.resolve_types(self.cls)
            plans: dict[str, _FieldPlan] = {}
            for a in attrs.fields(self.cls):
                if a.name in _BASE_FIELDS:
                    continue
                tp = _strip_optional(a.type) if _is_optional(a.type) else a.type
                wire = a.metadata.get(WIRE_NAME, a.name)
                plans[wire] = _FieldPlan(a.name, wire, tp, _field_hook(tp))
            self._plans = plans
        return self._plans

    def slow_structure(self, data: dict[str, Any]) -> Any:
        """Structure ``data`` field by field, setting bad values aside (the rare path)."""
        values: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        stamps: dict[str, str] = {}
        model = self.cls.__name__
        by_wire = self.by_wire
        for key, value in data.items():
            plan = by_wire.get(key)
            if plan is None:
                extra[key] = value
                continue
            if value is None:
                values[plan.name] = None
                continue
            try:
                result = plan.hook(value, plan.type)
            except Exception as exc:
                problem = (
                    str(exc)
                    if isinstance(exc, _Mismatch)
                    else f"expected {_type_name(plan.type)}, got {json_kind(value)}"
                )
                extra[key] = value
                _record_issue(data, FieldIssue(model=model, field=key, problem=problem))
                continue
            values[plan.name] = result
            if plan.type is datetime:
                stamps[plan.name] = value
        obj = self.cls(**values)
        obj.extra_fields = extra
        obj._wire_timestamps = stamps or None
        return obj

    def generic_unstructure(self, obj: Any) -> dict[str, Any]:
        """The wire form of a model without generated functions, field by field."""
        out: dict[str, Any] = {}
        stamps = obj._wire_timestamps
        for plan in self.by_wire.values():
            value = getattr(obj, plan.name)
            if value is None:
                continue
            if plan.type is datetime:
                out[plan.wire] = timestamp_out(stamps, plan.name, value)
            else:
                out[plan.wire] = unstructure(value)
        if obj.extra_fields:
            merge_extra_fields(out, obj.extra_fields)
        return out


_BASE_FIELDS: Final = frozenset(a.name for a in attrs.fields(UltraCartModel))

_model_wires: dict[type, _ModelWire] = {}
_model_hooks: dict[type, Hook] = {}
_model_unhooks: dict[type, UnstructureHook] = {}


def _model_wire(cls: type[UltraCartModel]) -> _ModelWire:
    wire = _model_wires.get(cls)
    if wire is None:
        wire = _model_wires[cls] = _ModelWire(cls)
    return wire


def _model_hook(cls: type[UltraCartModel]) -> Hook:
    """The structure hook of a model class: one per class, shared by every referrer.

    Its functions are looked up on the first call, not here: that loads the codec module, and
    hooks are built while other models are being prepared.
    """
    hook = _model_hooks.get(cls)
    if hook is not None:
        return hook
    name = cls.__name__
    wire: _ModelWire | None = None

    def structure_model(data: Any, _: Any) -> Any:
        nonlocal wire
        if data.__class__ is not dict and not isinstance(data, dict):
            raise _Mismatch.of(f"{name} object", data)
        if wire is None:
            wire = _model_wire(cls)
        try:
            return wire.fast_structure(data)
        except Exception:
            # Any exception (a type test, a timestamp that does not parse, a nested record):
            # the field-by-field path finds the culprit and keeps the rest.
            return wire.slow_structure(data)

    structure_model.__qualname__ = f"structure_model[{name}]"
    _model_hooks[cls] = structure_model
    return structure_model


def _model_unhook(cls: type[UltraCartModel]) -> UnstructureHook:
    hook = _model_unhooks.get(cls)
    if hook is None:
        hook = _model_unhooks[cls] = _model_wire(cls).fast_unstructure
    return hook


# --------------------------------------------------------------------------------------
# Public API


def structure(
    data: Any,
    cls: type[T],
    *,
    on_issue: Callable[[FieldIssue], None] | None = None,
) -> T:
    """Build a ``cls`` from decoded JSON ``data``.

    Never raises for a bad value inside the object: see the module docstring. Each such value
    is logged and, if given, passed to ``on_issue`` once the whole object is built.

    Raises:
        WireFormatError: ``cls`` is a model and ``data`` is not a JSON object.
    """
    if _is_model(cls):
        if not isinstance(data, dict):
            raise WireFormatError(f"expected a {cls.__name__} object, got {json_kind(data)}")
        hook = _model_hook(cls)  # type: ignore[arg-type]
    else:
        hook = _field_hook(cls)
    pending: dict[tuple[int, str], FieldIssue] = {}
    token = _pending_issues.set(pending)
    try:
        result = hook(data, cls)
    except _Mismatch as exc:
        raise WireFormatError(str(exc)) from None
    finally:
        _pending_issues.reset(token)
    if pending:
        _flush_issues(pending, on_issue)
    return result  # type: ignore[no-any-return]


#: Lists at least this long are built with the cyclic garbage collector paused.
_GC_PAUSE_MIN_ITEMS = 16


def structure_list(
    data: Any,
    cls: type[T],
    *,
    on_issue: Callable[[FieldIssue], None] | None = None,
) -> list[T]:
    """Build a list of ``cls`` from a decoded JSON array, such as one page of records.

    One bad record never fails the list: bad values inside a record are set aside as in
    :func:`structure`, and an item that is not a JSON object at all (there is no record to
    keep it in) is skipped and reported as a :class:`FieldIssue` whose ``field`` is
    ``"[index]"``.

    Raises:
        WireFormatError: ``data`` is not a JSON array.
    """
    if not isinstance(data, list):
        raise WireFormatError(
            f"expected a list of {getattr(cls, '__name__', cls)}, got {json_kind(data)}"
        )
    hook = _field_hook(cls)
    name = getattr(cls, "__name__", repr(cls))
    out: list[T] = []
    pending: dict[tuple[int, str], FieldIssue] = {}
    token = _pending_issues.set(pending)
    # A page of customers allocates ~14,000 tracked objects, and the cyclic collector would
    # scan the young ones again and again while they are built (about a third of the CPU).
    # Pausing it for this synchronous loop (no await inside: no other task runs meanwhile)
    # lets it look at them once afterwards. The previous state is always restored.
    pause_gc = len(data) >= _GC_PAUSE_MIN_ITEMS and gc.isenabled()
    if pause_gc:
        gc.disable()
    try:
        for index, item in enumerate(data):
            try:
                value = hook(item, cls)
            except _Mismatch as exc:
                _record_issue(data, FieldIssue(model=name, field=f"[{index}]", problem=str(exc)))
                continue
            out.append(value)
    finally:
        if pause_gc:
            gc.enable()
        _pending_issues.reset(token)
    if pending:
        _flush_issues(pending, on_issue)
    return out


def structure_each(
    data: Any,
    cls: type[T],
    *,
    on_issue: Callable[[FieldIssue], None] | None = None,
) -> Iterator[T]:
    """Build the ``cls`` items of a decoded JSON array one at a time, as they are consumed.

    The same rules and issues as :func:`structure_list` (an issue is reported when its item
    is built). Why one at a time: a record's objects are then built just before the caller
    reads them and freed just after, while they are in the processor's cache, and they die
    before the cyclic garbage collector first looks at them; built a page at a time, a page's
    ~7,000 objects live until the caller reaches its last record, so the collector scans them
    again and again as they age (a fifth of a typed export's CPU).

    Raises:
        WireFormatError: ``data`` is not a JSON array (when iteration starts).
    """
    if not isinstance(data, list):
        raise WireFormatError(
            f"expected a list of {getattr(cls, '__name__', cls)}, got {json_kind(data)}"
        )
    # A generated function reports no issue: it raises, and the item is redone below.
    fast = _model_wire(cls).generated_structure if _is_model(cls) else None  # type: ignore[arg-type]
    for index, item in enumerate(data):
        if fast is not None:
            try:
                value = fast(item)
            except Exception:
                value = _one_of_list(data, index, cls, on_issue)
        else:
            value = _one_of_list(data, index, cls, on_issue)
        if value is not _SKIPPED:
            yield value


#: What :func:`_one_of_list` returns for an item that is not a JSON object.
_SKIPPED: Final[Any] = object()


def _one_of_list(
    data: list[Any], index: int, cls: Any, on_issue: Callable[[FieldIssue], None] | None
) -> Any:
    """Item ``index`` of ``data``, its issues reported; ``_SKIPPED`` if it is no object."""
    pending: dict[tuple[int, str], FieldIssue] = {}
    token = _pending_issues.set(pending)
    try:
        try:
            value = _field_hook(cls)(data[index], cls)
        except _Mismatch as exc:
            name = getattr(cls, "__name__", repr(cls))
            _record_issue(data, FieldIssue(model=name, field=f"[{index}]", problem=str(exc)))
            value = _SKIPPED
    finally:
        _pending_issues.reset(token)
    if pending:
        _flush_issues(pending, on_issue)
    return value


def unstructure(obj: Any) -> Any:
    """Turn a model (or a list or dict holding models) into JSON-ready wire data.

    ``None`` fields are left out, ``extra_fields`` are merged back in, and timestamps follow
    the rule in the module docstring. Lists and dicts are walked and copied; other values
    (strings, numbers, booleans, ``None``) pass through unchanged.
    """
    cls = obj.__class__
    hook = _model_unhooks.get(cls)
    if hook is not None:
        return hook(obj)
    if cls is list or cls is tuple:
        return [unstructure(item) for item in obj]
    if cls is dict:
        return {key: unstructure(value) for key, value in obj.items()}
    if _is_model(cls):
        return _model_unhook(cls)(obj)
    if isinstance(obj, datetime):
        return obj.isoformat()
    if isinstance(obj, list | tuple):
        return [unstructure(item) for item in obj]
    if isinstance(obj, dict):
        return {key: unstructure(value) for key, value in obj.items()}
    return obj
