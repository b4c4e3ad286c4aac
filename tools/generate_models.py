"""Generate ``ultracart_async/models/`` from the OpenAPI spec in ``tools/ultracart-openapi.json``.

Usage::

    python tools/generate_models.py           # (re)write the model modules
    python tools/generate_models.py --check   # exit 1 if the committed modules are stale

The output is deterministic (everything is sorted) and already in ``ruff format`` style, so
``--check`` is a plain text comparison and does not depend on the installed ruff version.

Layout: one module per API group (the spec's operation tags), plus

* ``common.py``: the response envelopes (``BaseResponse``, ``ErrorResponse``, ``Error``,
  ``ResponseWarning``, ``ResponseMetadata``, ``ResultSet``) and every schema reachable from more
  than one group;
* ``order.py``: the ``Order`` tree that ``Customer.orders`` / ``Customer.quotes`` pull into the
  customer group (about 70 schemas that would otherwise swamp ``customer.py``).

The base class ``UltraCartModel`` (equality, the redacting repr, ``to_dict``/``from_dict``
and friends) is hand-written in ``_base.py``, which this tool imports into every module but
never writes; ``--check`` leaves it alone.

``customer.py`` and ``order.py`` refer to each other (``Customer.orders`` and
``Order.customer_profile``), so imports between group modules sit at the bottom of each module,
after every class is defined; annotations are lazy (``from __future__ import annotations``).
"""

from __future__ import annotations

import argparse
import builtins
import json
import keyword
import re
import sys
import textwrap
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "tools" / "ultracart-openapi.json"
OUT_DIR = ROOT / "ultracart_async" / "models"

COMMON = "common"
#: Spec tags, in the order the group modules are listed in ``__init__``.
GROUPS = ("customer", "webhook", "workflow", "user")
#: A sub-module split out of a group: (module, group, root schema).
SUBGROUPS = (("order", "customer", "Order"),)
#: Always in ``common.py``, whoever uses them.
ENVELOPES = frozenset(
    {"BaseResponse", "ErrorResponse", "Error", "Warning", "ResponseMetadata", "ResultSet"}
)
#: Schemas whose name would shadow a Python builtin, and the class name they get instead.
#: OpenAPI Generator prefixes such names with ``Model`` (``ModelWarning``); a name that says
#: what the object is reads better: ``Warning`` is the warning of a response envelope
#: (``BaseResponse.warning``), beside ``ResponseMetadata``. A new clash fails generation
#: until it is given a name here.
RENAMED_SCHEMAS: Mapping[str, str] = {"Warning": "ResponseWarning"}
BASE_CLASS = "UltraCartModel"
#: The hand-written module (not generated) that defines the base class.
BASE_MODULE = "_base"
#: Files of the output directory that this tool does not write and ``--check`` leaves alone.
HAND_WRITTEN = frozenset({f"{BASE_MODULE}.py"})
#: The wire functions of ``customer.py``'s models are generated into ``_codec_customer.py``.
CODEC_PREFIX = "_codec_"
#: JSON scalar types: the test a value must pass on the fast path (``{v}``: the value).
SCALAR_TESTS: Mapping[str, str] = {
    "str": "{v}.__class__ is not str",
    "int": "{v}.__class__ is not int",
    "bool": "{v}.__class__ is not bool",
    # An int stays an int (50 must go back out as 50, not 50.0).
    "float": "{v}.__class__ is not float and {v}.__class__ is not int",
}
#: Attribute names the base class takes; a wire field with one of these names is renamed.
RESERVED_NAMES = frozenset(
    {"extra_fields", "_wire_timestamps", "to_dict", "to_json", "from_dict", "from_json"}
)

MODULE_DOCS = {
    COMMON: "Models shared by every API group: the response envelopes and shared types.",
    "customer": "Models of the customer API group (``/customer/...``).",
    "order": (
        "The ``Order`` tree, reached from the customer group through ``Customer.orders``, "
        "``Customer.quotes``; it refers back through ``Order.customer_profile``."
    ),
    "webhook": "Models of the webhook API group (``/webhook/...``).",
    "workflow": "Models of the workflow API group (``/workflow/...``).",
    "user": "Models of the user API group (``/user/...``).",
}

HEADER = (
    "# Generated from tools/ultracart-openapi.json by tools/generate_models.py: do not edit.\n"
    "# Regenerate with `python tools/generate_models.py`.\n"
)

#: Wire names of fields whose values are secrets: kept out of the models' reprs. The same
#: pattern as ``ultracart_async/models/_base.py``'s ``SECRET_PATTERN``, which hides unknown
#: secret-looking keys of ``extra_fields``; a copy, because this tool must run when the package
#: cannot be imported (stale or missing models), and a test keeps the two equal.
SECRET_PATTERN = r"password|secret|token|api_key|jwt|card_number|card_verification|cvv"
SECRET_FIELD = re.compile(SECRET_PATTERN, re.IGNORECASE)

LINE_LENGTH = 100
DOC_WIDTH = LINE_LENGTH - 8  # 4 spaces of indent, 3 quotes and a little slack


class SpecError(Exception):
    """The spec uses a construct this generator does not handle."""


@dataclass(frozen=True)
class FieldDef:
    """One property of a schema, as it will be generated."""

    name: str
    wire: str
    annotation: str
    refs: frozenset[str]
    doc: str
    enum: tuple[str, ...] | None


@dataclass
class ClassDef:
    """One schema, as it will be generated."""

    name: str
    module: str
    fields: list[FieldDef]
    doc: str
    uses_datetime: bool = False
    refs: set[str] = field(default_factory=set)


# --------------------------------------------------------------------------------------
# Reading the spec


def _ref_name(ref: str) -> str:
    prefix = "#/components/schemas/"
    if not ref.startswith(prefix):
        raise SpecError(f"unsupported $ref {ref!r}")
    return ref[len(prefix) :]


def _refs_in(node: Any) -> set[str]:
    """Every schema named by a ``$ref`` anywhere inside ``node``."""
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                found.add(_ref_name(value))
            else:
                found |= _refs_in(value)
    elif isinstance(node, list):
        for item in node:
            found |= _refs_in(item)
    return found


def _operations(spec: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    for path in sorted(spec["paths"]):
        for method in sorted(spec["paths"][path]):
            op = spec["paths"][path][method]
            if isinstance(op, dict) and "operationId" in op:
                yield op


def _reach(
    edges: Mapping[str, set[str]], roots: Iterable[str], stop: str | None = None
) -> set[str]:
    """Schemas reachable from ``roots``; ``stop`` is reached but not walked through."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        if name != stop:
            todo.extend(edges[name])
    return seen


def assign_modules(spec: Mapping[str, Any]) -> dict[str, str]:
    """Map every schema name to the module (without ``.py``) it is generated into."""
    schemas: dict[str, Any] = spec["components"]["schemas"]
    edges = {name: _refs_in(schema) for name, schema in schemas.items()}
    roots: dict[str, set[str]] = defaultdict(set)
    for op in _operations(spec):
        for tag in op.get("tags", ()):
            if tag not in GROUPS:
                raise SpecError(f"operation {op['operationId']} has unknown tag {tag!r}")
            roots[tag] |= _refs_in(op)
    used_by: dict[str, set[str]] = defaultdict(set)
    for group, group_roots in roots.items():
        for name in _reach(edges, group_roots):
            used_by[name].add(group)

    modules: dict[str, str] = {}
    for name in schemas:
        groups = used_by.get(name, set())
        # A schema no operation reaches has no group of its own: common is the neutral home.
        modules[name] = groups.pop() if len(groups) == 1 and name not in ENVELOPES else COMMON
    for module, group, root in SUBGROUPS:
        if root not in schemas:
            continue
        direct = _reach(edges, roots[group], stop=root) - {root}
        for name in _reach(edges, [root]):
            if modules[name] == group and name not in direct:
                modules[name] = module
    return modules


def _python_name(wire: str, taken: set[str]) -> str:
    """A valid, unreserved attribute name for the wire key ``wire`` (usually ``wire`` itself)."""
    name = re.sub(r"\W", "_", wire)
    if not name or name[0].isdigit():
        name = f"f_{name}"
    if keyword.iskeyword(name) or name in RESERVED_NAMES:
        name = f"{name}_"
    # attrs strips a leading underscore from __init__ parameter names: avoid the surprise.
    name = name.lstrip("_") or "f"
    while name in taken:
        name = f"{name}_"
    return name


def _class_name(schema: str) -> str:
    """The Python class name of a schema: its own name, unless that shadows a builtin."""
    renamed = RENAMED_SCHEMAS.get(schema)
    if renamed is not None:
        return renamed
    if schema in vars(builtins):
        raise SpecError(
            f"schema {schema!r} would shadow the Python builtin of that name: give it a class "
            "name in RENAMED_SCHEMAS"
        )
    return schema


def _type_of(prop: Mapping[str, Any]) -> tuple[str, frozenset[str], bool]:
    """(annotation without ``| None``, referenced schemas, is a timestamp) for a property."""
    if "$ref" in prop:
        name = _class_name(_ref_name(prop["$ref"]))
        return name, frozenset({name}), False
    kind = prop.get("type")
    if kind == "string":
        if prop.get("x-uc-date-time"):
            return "datetime", frozenset(), True
        return "str", frozenset(), False
    if kind == "integer":
        return "int", frozenset(), False
    if kind == "number":
        return "float", frozenset(), False
    if kind == "boolean":
        return "bool", frozenset(), False
    if kind == "array":
        inner, refs, is_ts = _type_of(prop.get("items", {}))
        return f"list[{inner}]", refs, is_ts
    if kind == "object" or "additionalProperties" in prop:
        extra = prop.get("additionalProperties", True)
        if isinstance(extra, dict) and extra:
            inner, refs, is_ts = _type_of(extra)
            return f"dict[str, {inner}]", refs, is_ts
        return "dict[str, Any]", frozenset(), False
    if kind is None and not prop:
        return "Any", frozenset(), False
    raise SpecError(f"unsupported property schema {prop!r}")


def _clean_description(text: str) -> str:
    text = " ".join(text.split())
    # Many UltraCart descriptions end in "..": one period reads better in a docstring.
    return re.sub(r"\.\.+$", ".", text)


def _field_doc(prop: Mapping[str, Any], wire: str, name: str, annotation: str, is_ts: bool) -> str:
    parts: list[str] = []
    if prop.get("description"):
        parts.append(_clean_description(prop["description"]))
    if "$ref" in prop:
        parts.append(f"See :class:`{annotation}`.")
    if is_ts:
        parts.append("Timestamp (ISO-8601 on the wire).")
    if "maxLength" in prop:
        parts.append(f"At most {prop['maxLength']} characters.")
    if "enum" in prop:
        known = ", ".join(f"``{value!r}``" for value in prop["enum"])
        parts.append(f"Known values: {known}; other values are kept as they are.")
    if "default" in prop:
        parts.append(f"Server default: ``{prop['default']!r}``.")
    if name != wire:
        parts.append(f"Wire name: ``{wire}``.")
    return " ".join(parts)


def _class_doc(schema: str, sent_by: list[str], returned_by: list[str]) -> str:
    lines = [f"The UltraCart ``{schema}`` object."]
    class_name = _class_name(schema)
    if class_name != schema:
        lines[0] = (
            f"The UltraCart ``{schema}`` object, named ``{class_name}`` here because "
            f"``{schema}`` is a Python builtin."
        )
    if returned_by:
        lines.append(f"Returned by: {', '.join(returned_by)}.")
    if sent_by:
        lines.append(f"Request body of: {', '.join(sent_by)}.")
    return "\n\n".join(lines)


def build_classes(spec: Mapping[str, Any]) -> list[ClassDef]:
    """Every schema as a :class:`ClassDef`, sorted by module then name."""
    schemas: dict[str, Any] = spec["components"]["schemas"]
    modules = assign_modules(spec)
    sent_by: dict[str, list[str]] = defaultdict(list)
    returned_by: dict[str, list[str]] = defaultdict(list)
    for op in _operations(spec):
        op_id = op["operationId"]
        for name in sorted(_refs_in(op.get("requestBody", {}))):
            sent_by[name].append(op_id)
        for code, response in op.get("responses", {}).items():
            if code.startswith("2"):
                for name in sorted(_refs_in(response)):
                    returned_by[name].append(op_id)

    classes: list[ClassDef] = []
    for name in sorted(schemas):
        schema = schemas[name]
        if schema.get("type", "object") != "object" or not isinstance(
            schema.get("properties", {}), dict
        ):
            raise SpecError(f"schema {name} is not a plain object")
        if not name.isidentifier() or keyword.iskeyword(name):
            raise SpecError(f"schema name {name!r} is not a valid class name")
        cls = ClassDef(
            name=_class_name(name),
            module=modules[name],
            fields=[],
            doc=_class_doc(name, sorted(set(sent_by[name])), sorted(set(returned_by[name]))),
        )
        taken: set[str] = set()
        for wire in sorted(schema.get("properties", {})):
            prop = schema["properties"][wire]
            py_name = _python_name(wire, taken)
            taken.add(py_name)
            annotation, refs, is_ts = _type_of(prop)
            cls.uses_datetime |= is_ts
            cls.refs |= refs
            enum = prop.get("enum") or prop.get("items", {}).get("enum")
            cls.fields.append(
                FieldDef(
                    name=py_name,
                    wire=wire,
                    annotation=annotation,
                    refs=refs,
                    doc=_field_doc(prop, wire, py_name, annotation, is_ts),
                    enum=tuple(str(value) for value in enum) if enum else None,
                )
            )
        classes.append(cls)
    # By class name: a renamed schema sits where its Python name sorts.
    classes.sort(key=lambda c: c.name)
    return classes


# --------------------------------------------------------------------------------------
# Writing Python


def _docstring(text: str, indent: str) -> list[str]:
    """A docstring literal for ``text``, wrapped to the line length, as source lines."""
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if text.endswith('"'):
        text = text[:-1] + '\\"'
    paragraphs = text.split("\n\n")
    wrapped: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        if index:
            wrapped.append("")
        # The first line also carries the opening quotes.
        wrapped.extend(
            textwrap.wrap(
                paragraph,
                width=LINE_LENGTH - len(indent) - 3,
                break_long_words=False,
                break_on_hyphens=False,
            )
        )
    if len(wrapped) == 1 and len(indent) + len(wrapped[0]) + 6 <= LINE_LENGTH:
        return [f'{indent}"""{wrapped[0]}"""']
    out = [f'{indent}"""{wrapped[0]}']
    out.extend(f"{indent}{line}" if line else "" for line in wrapped[1:])
    out.append(f'{indent}"""')
    return out


def _constant_name(cls: str, field_name: str) -> str:
    return f"{_snake(cls)}_{field_name}_VALUES".upper()


def _enum_constant(cls: ClassDef, fdef: FieldDef) -> list[str]:
    assert fdef.enum is not None
    const = _constant_name(cls.name, fdef.name)
    if len(fdef.enum) == 1:
        # ruff format joins a one-element tuple whatever its trailing comma.
        lines = [f"{const}: Final[tuple[str, ...]] = ({_literal(fdef.enum[0])},)"]
    else:
        lines = [f"{const}: Final[tuple[str, ...]] = ("]
        lines.extend(f"    {_literal(value)}," for value in fdef.enum)
        lines.append(")")
    lines.extend(
        _docstring(
            f"Known values of :attr:`{cls.name}.{fdef.name}`; UltraCart may send others.", ""
        )
    )
    return lines


def _call_lines(head: str, args: list[str]) -> list[str]:
    """``head(args)`` laid out the way ruff format lays it out."""
    joined = ", ".join(args)
    if len(f"{head}({joined})") <= LINE_LENGTH:
        return [f"{head}({joined})"]
    if len(f"        {joined}") <= LINE_LENGTH:
        return [f"{head}(", f"        {joined}", "    )"]
    return [f"{head}(", *(f"        {arg}," for arg in args), "    )"]


def _class_source(cls: ClassDef) -> list[str]:
    lines = [
        # eq=False, repr=False: the base class's __eq__ and __repr__ serve every model.
        "@attrs.define(slots=True, kw_only=True, eq=False, repr=False)",
        f"class {cls.name}({BASE_CLASS}):",
        *_docstring(cls.doc, "    "),
    ]
    for fdef in cls.fields:
        annotation = f"{fdef.annotation} | None"
        lines.append("")
        options = ["default=None"]
        if SECRET_FIELD.search(fdef.wire):
            # Passwords, keys and tokens stay out of reprs, so a logged model leaks nothing.
            options.append("repr=False")
        if fdef.name != fdef.wire:
            options.append(f'metadata={{"wire_name": {_literal(fdef.wire)}}}')
        if options == ["default=None"]:
            lines.append(f"    {fdef.name}: {annotation} = None")
        else:
            lines.extend(_call_lines(f"    {fdef.name}: {annotation} = attrs.field", options))
        if fdef.doc:
            lines.extend(_docstring(fdef.doc, "    "))
    return lines


def _import_block(module: str, names: Iterable[str]) -> list[str]:
    """``from <module> import <names>``, wrapped the way ruff formats it (``module`` as written
    after ``from``: ``.customer`` or ``ultracart_async._wire``)."""
    names = sorted(set(names), key=_isort_key)
    single = f"from {module} import {', '.join(names)}"
    if len(single) <= LINE_LENGTH:
        return [single]
    return [f"from {module} import (", *(f"    {name}," for name in names), ")"]


def _isort_key(name: str) -> tuple[int, str, str]:
    # ruff's isort (order-by-type, case-insensitive): CONSTANTS, Classes, then the rest.
    if name.isupper() and len(name) > 1:
        rank = 0
    elif name[:1].isupper():
        rank = 1
    else:
        rank = 2
    return (rank, name.lower(), name)


def _literal(text: str) -> str:
    """A double-quoted Python string literal, as ruff format writes it."""
    return json.dumps(text, ensure_ascii=False)


def _module_source(module: str, classes: list[ClassDef], modules: Mapping[str, str]) -> str:
    uses_datetime = any(c.uses_datetime for c in classes)
    uses_any = any("Any" in f.annotation for c in classes for f in c.fields)
    constants = [(c, f) for c in classes for f in c.fields if f.enum]
    local = {c.name for c in classes}
    imports: dict[str, set[str]] = defaultdict(set)
    imports[BASE_MODULE].add(BASE_CLASS)
    for cls in classes:
        for ref in cls.refs - local:
            imports[modules[ref]].add(ref)

    exported = sorted(
        [c.name for c in classes]
        + [_constant_name(c.name, f.name) for c, f in constants]
        + ([BASE_CLASS] if module == COMMON else [])
    )
    uses_final = bool(constants)
    typing_names = sorted(({"Final"} if uses_final else set()) | ({"Any"} if uses_any else set()))

    out: list[str] = [HEADER.rstrip("\n")]
    out.extend(_docstring(MODULE_DOCS[module], ""))
    out += ["", "from __future__ import annotations", ""]
    if uses_datetime:
        out.append("from datetime import datetime")
    if typing_names:
        out.append(f"from typing import {', '.join(typing_names)}")
    if uses_datetime or typing_names:
        out.append("")
    out += ["import attrs", ""]
    # The base module sorts first: ruff's isort puts "_" before letters.
    out.extend(_import_block(f".{BASE_MODULE}", imports[BASE_MODULE]))
    if imports.get(COMMON):
        out.extend(_import_block(f".{COMMON}", imports[COMMON]))
    out += ["", "__all__ = ["]
    out.extend(f"    {_literal(name)}," for name in exported)
    out.append("]")
    for cls, fdef in constants:
        out += ["", *_enum_constant(cls, fdef)]
    for cls in classes:
        out += ["", "", *_class_source(cls)]
    siblings = sorted(m for m in imports if m not in (COMMON, BASE_MODULE))
    if siblings:
        out += [
            "",
            "",
            "# Why at the bottom: the group modules refer to each other (Customer.orders,",
            "# Order.customer_profile); importing once every class above exists breaks the cycle.",
        ]
        for sibling in siblings:
            block = _import_block(f".{sibling}", imports[sibling])
            block[0] += "  # noqa: E402"
            out.extend(block)
    return "\n".join(out) + "\n"


def _init_source(by_module: Mapping[str, list[str]]) -> str:
    out: list[str] = [HEADER.rstrip("\n")]
    out.extend(
        _docstring(
            "UltraCart models: attrs classes generated from the OpenAPI spec.\n\n"
            "Every class is re-exported here; import from ``ultracart_async.models``. A group "
            "module (``customer``, ``order``, ...) is imported on the first use of one of its "
            "names: building the ~185 classes costs about 0.1 s, which a program that never "
            "uses a model (the CLI's JSON export writes the pages as received) should not pay.",
            "",
        )
    )
    out += [
        "",
        "from __future__ import annotations",
        "",
        "import importlib",
        "from typing import TYPE_CHECKING, Any",
        "",
    ]
    everything: list[str] = []
    module_of: dict[str, str] = {}
    lazy: list[str] = []
    for module in sorted(by_module):
        names = by_module[module]
        if not names:
            continue
        everything += names
        block = [f"from .{module} import (", *(f"    {n}," for n in sorted(names, key=_isort_key))]
        block.append(")")
        if module == BASE_MODULE:
            out.extend(block)
        else:
            lazy.extend(f"    {line}" for line in block)
            module_of.update((name, module) for name in names)
    out += ["", "if TYPE_CHECKING:", *lazy]
    out += ["", "__all__ = ["]
    out.extend(f"    {_literal(name)}," for name in sorted(everything))
    out.append("]")
    out += ["", "#: The group module of each name, imported on the first use of one of its names."]
    out.append("_MODULE_OF: dict[str, str] = {")
    out.extend(f"    {_literal(name)}: {_literal(module_of[name])}," for name in sorted(module_of))
    out.append("}")
    out += [
        "",
        "",
        "def __getattr__(name: str) -> Any:",
        '    """Import the group module that defines ``name`` (PEP 562), once."""',
        "    module = _MODULE_OF.get(name)",
        "    if module is None:",
        '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
        '    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)',
        "    globals()[name] = value",
        "    return value",
        "",
        "",
        "def __dir__() -> list[str]:",
        "    return sorted(set(globals()) | set(__all__))",
    ]
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------------------
# Writing the wire functions (``_codec_<module>.py``)

# Why generated here rather than compiled from strings at run time: the code is reviewed and
# diffed like any other, type-checked, cached as bytecode, and a program pays nothing to
# build it. Why one straight-line function per model: on a fully expanded customer (15
# objects, 185 fields) a generic loop over field descriptions costs several times more than
# assigning the slots directly with the type tests inlined and calling the nested models'
# functions directly. The rules themselves (what is accepted, what is kept) live in
# ``ultracart_async/_wire.py``, which falls back to its field-by-field path whenever one of
# these functions raises.


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def _kind(annotation: str, classes: Mapping[str, ClassDef]) -> tuple[str, str]:
    """How a field is read and written: (kind, the scalar type or model class name)."""
    if annotation in SCALAR_TESTS:
        return "scalar", annotation
    if annotation == "datetime":
        return "datetime", ""
    if annotation == "Any":
        return "any", ""
    if annotation in classes:
        return "model", annotation
    inner = annotation.removeprefix("list[").removesuffix("]")
    if annotation.startswith("list[") and inner in SCALAR_TESTS:
        return "scalar_list", inner
    if annotation.startswith("list[") and inner in classes:
        return "model_list", inner
    # dict[str, X], lists of timestamps or of lists: rare, through _wire's generic hooks.
    return "other", ""


def _structure_field(cls: ClassDef, fdef: FieldDef, classes: Mapping[str, ClassDef]) -> list[str]:
    kind, of = _kind(fdef.annotation, classes)
    lines = [f"    v = g({_literal(fdef.wire)})", "    if v is None:", "        n += 1"]
    if kind == "scalar":
        lines += [f"    elif {SCALAR_TESTS[of].format(v='v')}:", "        raise NotFast"]
    elif kind == "datetime":
        # fromisoformat raises for a value that is not a string: that is the type test.
        lines += [
            "    else:",
            "        p = from_iso(v)",
            "        if ts is None:",
            "            ts = {}",
            f"        ts[{_literal(fdef.name)}] = v",
            "        v = p",
        ]
    elif kind == "model":
        lines += ["    else:", f"        v = structure_{_snake(of)}(v)"]
    elif kind == "scalar_list":
        lines += [
            "    else:",
            "        if v.__class__ is not list:",
            "            raise NotFast",
            "        for x in v:",
            f"            if {SCALAR_TESTS[of].format(v='x')}:",
            "                raise NotFast",
            "        v = v.copy()",
        ]
    elif kind == "model_list":
        # A loop, not a comprehension: most lists are short, and a comprehension costs a
        # function object and a call in Python 3.11.
        lines += [
            "    else:",
            "        if v.__class__ is not list:",
            "            raise NotFast",
            "        r = []",
            "        for x in v:",
            f"            r.append(structure_{_snake(of)}(x))",
            "        v = r",
        ]
    elif kind == "other":
        lines += ["    else:", f"        v = {_hook_name(cls, fdef)}(v, None)"]
    # kind "any": the value is kept as it came.
    lines.append(f"    self.{fdef.name} = v")
    return lines


def _hook_name(cls: ClassDef, fdef: FieldDef) -> str:
    return f"_hook_{_snake(cls.name)}_{fdef.name}"


def _structure_function(cls: ClassDef, classes: Mapping[str, ClassDef]) -> list[str]:
    kinds = {_kind(f.annotation, classes)[0] for f in cls.fields}
    lines = [
        *_def_lines(f"structure_{_snake(cls.name)}", "o: Any", cls.name),
        "    if o.__class__ is not dict and not isinstance(o, dict):",
        "        raise NotFast",
        *_assign_call("    ", f"self: {cls.name}", "new_object", cls.name),
    ]
    if cls.fields:
        lines.append("    g = o.get")
    if "datetime" in kinds:
        lines.append("    ts: dict[str, str] | None = None")
    if "model_list" in kinds:
        lines.append("    r: list[Any]")
    # How many fields are absent or null: when len(o) + n is the number of fields, every key
    # of o is a known one, without looking at the keys.
    lines.append("    n = 0")
    for fdef in cls.fields:
        lines += _structure_field(cls, fdef, classes)
    known = f"_KNOWN_{_snake(cls.name).upper()}"
    lines += [
        f"    if len(o) + n == {len(cls.fields)} or {known}.issuperset(o):",
        "        self.extra_fields = {}",
        "    else:",
        f"        self.extra_fields = unknown_keys(o, {known})",
        f"    self._wire_timestamps = {'ts' if 'datetime' in kinds else 'None'}",
        "    return self",
    ]
    return lines


def _unstructure_function(cls: ClassDef, classes: Mapping[str, ClassDef]) -> list[str]:
    kinds = {_kind(f.annotation, classes)[0] for f in cls.fields}
    lines = [
        *_def_lines(f"unstructure_{_snake(cls.name)}", f"obj: {cls.name}", "dict[str, Any]"),
        "    out: dict[str, Any] = {}",
    ]
    if cls.fields:
        lines.append("    v: Any")
    if "datetime" in kinds:
        lines.append("    stamps = obj._wire_timestamps")
    for fdef in cls.fields:
        kind, _ = _kind(fdef.annotation, classes)
        wire = _literal(fdef.wire)
        lines += [f"    v = obj.{fdef.name}", "    if v is not None:"]
        if kind == "datetime":
            args = f"stamps, {_literal(fdef.name)}, v"
            lines += _assign_call("        ", f"out[{wire}]", "timestamp_out", args)
            continue
        if kind == "scalar_list":
            value = "list(v)"
        elif kind == "model_list":
            value = "[unstructure(x) for x in v]"
        elif kind == "scalar":
            value = "v"
        else:
            # Models, dicts and Any values dispatch on the runtime value, which also copes
            # with a caller who put a plain dict where a model belongs, and copies every list
            # and dict: the output shares nothing with the model.
            value = "unstructure(v)"
        lines.append(f"        out[{wire}] = {value}")
    lines += [
        "    if obj.extra_fields:",
        "        merge_extra_fields(out, obj.extra_fields)",
        "    return out",
    ]
    return lines


def _assign_call(indent: str, target: str, function: str, args: str) -> list[str]:
    """``target = function(args)`` laid out the way ruff format lays it out."""
    line = f"{indent}{target} = {function}({args})"
    if len(line) <= LINE_LENGTH:
        return [line]
    return [f"{indent}{target} = {function}(", f"{indent}    {args}", f"{indent})"]


def _def_lines(name: str, parameter: str, returns: str) -> list[str]:
    """``def name(parameter) -> returns:`` laid out the way ruff format lays it out."""
    line = f"def {name}({parameter}) -> {returns}:"
    if len(line) <= LINE_LENGTH:
        return [line]
    return [f"def {name}(", f"    {parameter},", f") -> {returns}:"]


def _tuple_lines(head: str, items: list[str]) -> list[str]:
    """``head(items)`` with ``items`` a one-per-line set literal, as ruff format writes it."""
    if not items:
        return [f"{head}()"]
    one_line = f"{head}({{{', '.join(items)}}})"
    if len(one_line) <= LINE_LENGTH:
        return [one_line]
    return [f"{head}(", "    {", *(f"        {item}," for item in items), "    }", ")"]


def _codec_source(module: str, classes: list[ClassDef], all_classes: Mapping[str, ClassDef]) -> str:
    out = _codec_head(module, classes, all_classes)
    for cls in classes:
        out += ["", "", *_structure_function(cls, all_classes)]
        out += ["", "", *_unstructure_function(cls, all_classes)]
    out += _codec_tail(classes, all_classes)
    return "\n".join(out) + "\n"


def _codec_head(
    module: str, classes: list[ClassDef], all_classes: Mapping[str, ClassDef]
) -> list[str]:
    """The docstring, the imports and the known keys of a codec module."""
    kinds = {_kind(f.annotation, all_classes)[0] for c in classes for f in c.fields}
    helpers = {"NotFast", "merge_extra_fields", "new_object", "unknown_keys"}
    if "datetime" in kinds:
        helpers |= {"from_iso", "timestamp_out"}
    if kinds & {"model", "model_list", "other", "any"}:
        helpers.add("unstructure")
    if "other" in kinds:
        helpers.add("field_hook")
    out: list[str] = [HEADER.rstrip("\n")]
    out.extend(
        _docstring(
            f"Wire functions of the models in ``{module}.py``, one pair per model.\n\n"
            "``structure_<model>(data)`` builds a model from decoded JSON on the fast path: "
            "it raises :class:`~ultracart_async._wire.NotFast` at the first value that does "
            "not fit, and ``ultracart_async._wire`` then redoes that record field by field. "
            "``unstructure_<model>(model)`` gives the wire JSON. The rules are "
            "``ultracart_async._wire``'s (read its docstring); this module is loaded on the "
            "first use of one of these models.",
            "",
        )
    )
    out += ["", "from __future__ import annotations", ""]
    out += ["from collections.abc import Callable", "from typing import Any, Final", ""]
    out.extend(_import_block("ultracart_async._wire", helpers))
    out.append("")
    out.extend(_import_block(f".{module}", (c.name for c in classes)))
    for cls in classes:
        known = f"_KNOWN_{_snake(cls.name).upper()}: Final = frozenset"
        out += ["", *_tuple_lines(known, [_literal(f.wire) for f in cls.fields])]
    return out


def _codec_tail(classes: list[ClassDef], all_classes: Mapping[str, ClassDef]) -> list[str]:
    """The registry of a codec module, its imports of the others, and its rare hooks."""
    out = ["", "", "#: The functions above by model class, for ``ultracart_async._wire``."]
    out.append("STRUCTURE: Final[dict[type[Any], Callable[[Any], Any]]] = {")
    out.extend(f"    {c.name}: structure_{_snake(c.name)}," for c in classes)
    out.append("}")
    out.append("UNSTRUCTURE: Final[dict[type[Any], Callable[[Any], dict[str, Any]]]] = {")
    out.extend(f"    {c.name}: unstructure_{_snake(c.name)}," for c in classes)
    out.append("}")
    local = {c.name for c in classes}
    others: dict[str, set[str]] = defaultdict(set)
    for cls in classes:
        for fdef in cls.fields:
            kind, of = _kind(fdef.annotation, all_classes)
            if kind in ("model", "model_list") and of not in local:
                others[all_classes[of].module].add(f"structure_{_snake(of)}")
    if others:
        out += [
            "",
            "# Why at the bottom: the codec modules call each other (Customer.orders,",
            "# Order.customer_profile); importing once every function above exists breaks",
            "# the cycle.",
        ]
        for other in sorted(others):
            block = _import_block(f".{CODEC_PREFIX}{other}", others[other])
            block[0] += "  # noqa: E402"
            out.extend(block)
    rare = [
        (c, f) for c in classes for f in c.fields if _kind(f.annotation, all_classes)[0] == "other"
    ]
    if rare:
        out += [
            "",
            "# Hooks for the rare field types, after every class they may name is imported.",
        ]
        for cls, fdef in rare:
            out.append(f"{_hook_name(cls, fdef)}: Final = field_hook({fdef.annotation} | None)")
    return out


def generate(spec: Mapping[str, Any]) -> dict[str, str]:
    """Render every module: a map from file name (``customer.py``) to source text."""
    classes = build_classes(spec)
    modules = {c.name: c.module for c in classes}
    grouped: dict[str, list[ClassDef]] = defaultdict(list)
    for cls in classes:
        grouped[cls.module].append(cls)
    grouped.setdefault(COMMON, [])
    files: dict[str, str] = {}
    exported: dict[str, list[str]] = {}
    for module in sorted(grouped):
        source = _module_source(module, grouped[module], modules)
        files[f"{module}.py"] = source
        namespace_names = [c.name for c in grouped[module]]
        namespace_names += [
            _constant_name(c.name, f.name) for c in grouped[module] for f in c.fields if f.enum
        ]
        exported[module] = namespace_names
    exported[BASE_MODULE] = [BASE_CLASS]
    files["__init__.py"] = _init_source(exported)
    by_name = {c.name: c for c in classes}
    snakes = {_snake(c.name) for c in classes}
    if len(snakes) != len(classes):
        raise SpecError("two schema names give the same function name in the codec modules")
    for module in sorted(grouped):
        if grouped[module]:
            source = _codec_source(module, grouped[module], by_name)
            files[f"{CODEC_PREFIX}{module}.py"] = source
    return files


# --------------------------------------------------------------------------------------
# Command line


def _stale(files: Mapping[str, str], out_dir: Path) -> list[str]:
    problems: list[str] = []
    for name, source in sorted(files.items()):
        path = out_dir / name
        if not path.exists():
            problems.append(f"{path}: missing")
        elif path.read_text(encoding="utf-8") != source:
            problems.append(f"{path}: differs from the generated text")
    for path in sorted(out_dir.glob("*.py")):
        if path.name not in files and path.name not in HAND_WRITTEN:
            problems.append(f"{path}: not generated by this tool (delete it?)")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Generate the models, or with ``--check`` report whether they are up to date."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the output is stale")
    parser.add_argument("--spec", type=Path, default=SPEC_PATH, help="OpenAPI JSON to read")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="package directory to write")
    args = parser.parse_args(argv)

    spec = json.loads(args.spec.read_text(encoding="utf-8"))
    files = generate(spec)
    if args.check:
        problems = _stale(files, args.out)
        if problems:
            print("Generated models are out of date:", file=sys.stderr)
            for problem in problems:
                print(f"  {problem}", file=sys.stderr)
            print("Run `python tools/generate_models.py` and commit the result.", file=sys.stderr)
            return 1
        print(f"{len(files)} generated model modules are up to date.")
        return 0

    args.out.mkdir(parents=True, exist_ok=True)
    for name, source in files.items():
        path = args.out / name
        if not path.exists() or path.read_text(encoding="utf-8") != source:
            path.write_text(source, encoding="utf-8", newline="\n")
            print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
