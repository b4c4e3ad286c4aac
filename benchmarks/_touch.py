"""The consumers of the streaming figures: each reads every field of every record.

A typed stream could defer work (structure nested objects on first access, say) and look
faster than it is if the benchmark's consumer read one field. So every typed contender runs
its records through a consumer that reads every declared field of every object, nested ones
and list items included, and counts the non-null scalar values it saw. The official SDK's
records go through the same walk over its own models, so both sides pay for reading.

:func:`json_leaves` counts the same thing on the decoded JSON; the worker checks on its
warm-up page that the walk over the models sees exactly as many values as the JSON holds, so a
consumer that skipped a field would fail the run instead of flattering it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_touchers: dict[type, Callable[[Any], int]] = {}


def _toucher(cls: type) -> Callable[[Any], int]:
    """A function reading every field of ``cls`` as user code would (``obj.field``).

    Generated once per class, so the walk costs no more than the attribute reads, the
    ``None`` tests and the recursion into nested models and lists.
    """
    import types
    import typing

    import attrs

    attrs.resolve_types(cls)
    namespace: dict[str, Any] = {"_get": _toucher_of}
    lines = [f"def touch_{cls.__name__}(o):", "    n = 0"]
    for index, a in enumerate(attrs.fields(cls)):
        if a.name == "_wire_timestamps":
            continue
        tp = a.type
        if isinstance(tp, types.UnionType):  # X | None
            tp = next(t for t in typing.get_args(tp) if t is not type(None))
        origin = typing.get_origin(tp)
        item = typing.get_args(tp)[0] if origin is list else None
        lines.append(f"    v = o.{a.name}")
        if origin is dict:
            # extra_fields and dict-typed fields: their values as they came.
            lines += ["    if v:", "        n += len(v)"]
        elif isinstance(item, type) and attrs.has(item):
            namespace[f"t{index}"] = item
            lines += [
                "    if v is not None:",
                "        for x in v:",
                f"            n += _get(t{index})(x)",
            ]
        elif origin is list:
            lines += ["    if v is not None:", "        n += len(v)"]
        elif isinstance(tp, type) and attrs.has(tp):
            namespace[f"t{index}"] = tp
            lines += ["    if v is not None:", f"        n += _get(t{index})(v)"]
        else:
            lines += ["    if v is not None:", "        n += 1"]
    lines.append("    return n")
    exec("\n".join(lines), namespace)
    fn: Callable[[Any], int] = namespace[f"touch_{cls.__name__}"]
    return fn


def _toucher_of(cls: type) -> Callable[[Any], int]:
    fn = _touchers.get(cls)
    if fn is None:
        fn = _touchers[cls] = _toucher(cls)
    return fn


def touch_ours(obj: Any) -> int:
    """Read every field of an ``ultracart_async`` model tree; the non-null scalars seen."""
    return _toucher_of(obj.__class__)(obj)


def touch_official(obj: Any) -> int:
    """Read every attribute of an official SDK (``ultracart``) model tree, the same way."""
    from ultracart.model_utils import OpenApiModel

    def walk(model: Any) -> int:
        seen = 0
        get = model.get
        for name in model.attribute_map:
            value = get(name)
            if value is None:
                continue
            cls = value.__class__
            if cls is list:
                for item in value:
                    seen += walk(item) if isinstance(item, OpenApiModel) else 1
            elif cls is dict:
                seen += len(value)
            elif isinstance(value, OpenApiModel):
                seen += walk(value)
            else:
                seen += 1
        return seen

    return walk(obj)


def json_leaves(value: Any) -> int:
    """The non-null scalar values in decoded JSON (objects and arrays walked)."""
    if isinstance(value, dict):
        return sum(json_leaves(v) for v in value.values())
    if isinstance(value, list):
        return sum(json_leaves(v) for v in value)
    return 0 if value is None else 1
