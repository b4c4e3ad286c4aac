"""Generate ``ultracart_async/models/`` from the OpenAPI spec in ``tools/ultracart-openapi.json``.

Usage::

    python tools/generate_models.py           # (re)write the model modules
    python tools/generate_models.py --check   # exit 1 if the committed modules are stale

The output is deterministic (everything is sorted) and already in ``ruff format`` style, so
``--check`` is a plain text comparison and does not depend on the installed ruff version.

Layout: one module per API group (the spec's operation tags), plus

* ``common.py``: the response envelopes (``BaseResponse``, ``ErrorResponse``, ``Error``,
  ``Warning``, ``ResponseMetadata``, ``ResultSet``) and every schema reachable from more than
  one group;
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
BASE_CLASS = "UltraCartModel"
#: The hand-written module (not generated) that defines the base class.
BASE_MODULE = "_base"
#: Files of the output directory that this tool does not write and ``--check`` leaves alone.
HAND_WRITTEN = frozenset({f"{BASE_MODULE}.py"})
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


def _type_of(prop: Mapping[str, Any]) -> tuple[str, frozenset[str], bool]:
    """(annotation without ``| None``, referenced schemas, is a timestamp) for a property."""
    if "$ref" in prop:
        name = _ref_name(prop["$ref"])
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


def _class_doc(name: str, sent_by: list[str], returned_by: list[str]) -> str:
    lines = [f"The UltraCart ``{name}`` object."]
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
            name=name,
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
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", cls)
    return f"{snake}_{field_name}_VALUES".upper()


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
    names = sorted(set(names), key=_isort_key)
    single = f"from .{module} import {', '.join(names)}"
    if len(single) <= LINE_LENGTH:
        return [single]
    return [f"from .{module} import (", *(f"    {name}," for name in names), ")"]


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
    out.extend(_import_block(BASE_MODULE, imports[BASE_MODULE]))
    if imports.get(COMMON):
        out.extend(_import_block(COMMON, imports[COMMON]))
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
            block = _import_block(sibling, imports[sibling])
            block[0] += "  # noqa: E402"
            out.extend(block)
    return "\n".join(out) + "\n"


def _init_source(by_module: Mapping[str, list[str]]) -> str:
    out: list[str] = [HEADER.rstrip("\n")]
    out.extend(
        _docstring(
            "UltraCart models: attrs classes generated from the OpenAPI spec.\n\n"
            "Every class is re-exported here; import from ``ultracart_async.models``.",
            "",
        )
    )
    out.append("")
    everything: list[str] = []
    for module in sorted(by_module):
        names = by_module[module]
        if not names:
            continue
        everything += names
        out += [f"from .{module} import (", *(f"    {n}," for n in sorted(names, key=_isort_key))]
        out.append(")")
    out += ["", "__all__ = ["]
    out.extend(f"    {_literal(name)}," for name in sorted(everything))
    out.append("]")
    return "\n".join(out) + "\n"


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
