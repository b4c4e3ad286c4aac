"""The API reference: one page per public module and one per public name, written as reST
for autodoc, so the docstrings (reST, with Sphinx roles) render as they are written."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

from sphinx.pycode import ModuleAnalyzer
from sphinx.util import logging

from .public import NOT_IN_API, ROOT, PublicAPI, PublicModule, PublicName
from .write import heading, roles_as_literals, write_if_changed

LOG = logging.getLogger(__name__)

_SECTIONS = (
    ("class", "Classes"),
    ("function", "Functions"),
    ("exception", "Exceptions"),
    ("data", "Constants and types"),
)
_VALUE_LIMIT = 120


def page_of(home: PublicName) -> str:
    """The document name (relative to the API folder) of a public name's page."""
    return f"{home.module}/{home.name}"


def _summary(obj: object) -> str:
    doc = inspect.getdoc(obj) or ""
    if isinstance(obj, str | int | float | tuple | frozenset | dict | list):
        doc = ""  # a constant's getdoc() is its type's docstring
    return summary_of(doc)


def summary_of(doc: str) -> str:
    """The first paragraph, on one line, without the roles that need the object's context
    and without a literal-block marker that has no block here."""
    first = " ".join(doc.strip().split("\n\n", 1)[0].split())
    if first.endswith("::"):
        first = first[:-1]
    return roles_as_literals(first)


def _link(home: PublicName) -> str:
    role = {"class": "class", "exception": "exc", "function": "func"}.get(home.kind, "data")
    return f":{role}:`~{home.dotted}`"


def _module_page(api: PublicAPI, module: PublicModule, data_docs: dict[str, str]) -> str:
    own = api.documented_here(module)
    lines = heading(f"``{module.name}``", "=")
    lines += [f".. automodule:: {module.name}", "   :no-members:", ""]
    for kind, title in _SECTIONS:
        rows = [home for home in own if home.kind == kind]
        if not rows:
            continue
        lines += [f".. rubric:: {title}", "", ".. list-table::", "   :widths: 35 65", ""]
        for home in rows:
            data_doc = summary_of(data_docs.get(home.dotted, ""))
            summary = data_doc if kind == "data" else _summary(home.obj)
            lines += [f"   * - {_link(home)}", f"     - {summary.split(chr(10))[0]}"]
        lines.append("")
    elsewhere = [
        api.home(name, getattr(module.module, name))
        for name in module.names
        if api.home(name, getattr(module.module, name)).module != module.name
    ]
    if elsewhere:
        lines += [".. rubric:: Also exported here", ""]
        lines += ["Documented under their shortest public path:", ""]
        lines += [", ".join(_link(home) for home in elsewhere), ""]
    return "\n".join(lines)


def _is_model(obj: object) -> bool:
    base = getattr(importlib.import_module(f"{ROOT}.models"), "UltraCartModel", None)
    return inspect.isclass(obj) and base is not None and obj is not base and issubclass(obj, base)


def _has_public_base(cls: object, public: set[int]) -> bool:
    """Whether "Bases:" would name anything: a public class (or one outside the package)
    among its ancestors, ``object`` and ``Generic`` aside."""
    for base in getattr(cls, "__mro__", ())[1:]:
        if base is object or base.__name__ == "Generic":
            continue
        if id(base) in public or not base.__module__.startswith(ROOT):
            return True
    return False


def _name_page(home: PublicName, data_doc: str | None, public: set[int]) -> str:
    # Reached from its module's table, not from a toctree: a navigation tree of every name
    # (300 and more) costs the theme seconds per page, minutes per build.
    lines = [":orphan:", ""]
    lines += heading(f"``{home.dotted}``", "=")
    lines += [f".. currentmodule:: {home.module}", ""]
    if home.kind == "class":
        # A model's constructor takes every field as a keyword: listed below, not in a
        # signature of 60 arguments.
        model = _is_model(home.obj)
        lines += [f".. autoclass:: {home.name}{'(**fields)' if model else ''}", "   :members:"]
        if _has_public_base(home.obj, public):
            lines += ["   :show-inheritance:"]
        if not model:
            # Methods a class inherits from an internal mixin are its own to a user; a
            # model's inherited methods are on UltraCartModel's page.
            lines += ["   :inherited-members: dict, list, tuple, object"]
    elif home.kind == "exception":
        lines += [f".. autoexception:: {home.name}", "   :members:", "   :show-inheritance:"]
    elif home.kind == "function":
        lines += [f".. autofunction:: {home.name}"]
    else:
        lines += _data_directive(home, data_doc)
    lines.append("")
    return "\n".join(lines)


def _data_directive(home: PublicName, doc: str | None) -> list[str]:
    value = repr(home.obj)
    lines = [f".. py:data:: {home.name}"]
    if len(value) <= _VALUE_LIMIT:
        lines.append(f"   :value: {value}")
    lines.append("")
    if doc is None:
        LOG.warning("public name %s has no documentation (a #: comment or docstring)", home.dotted)
        doc = ""
    lines += [f"   {line}" if line else "" for line in doc.splitlines()]
    return lines


def data_docs(api: PublicAPI) -> dict[str, str]:
    """The ``#:`` comment or string under the assignment of each public constant, found in
    whichever module of the package defines it (not where it is re-exported)."""
    wanted = {h.name: h for h in api.canonical.values() if h.kind == "data"}
    found: dict[str, str] = {}
    package = importlib.import_module(ROOT)
    names = [ROOT] + [info.name for info in pkgutil.walk_packages(package.__path__, f"{ROOT}.")]
    for modname in names:
        module = importlib.import_module(modname)
        try:
            attr_docs = ModuleAnalyzer.for_module(modname).find_attr_docs()
        except Exception:
            continue
        for (scope, attr), comment in attr_docs.items():
            home = wanted.get(attr)
            if scope or home is None or getattr(module, attr, None) is not home.obj:
                continue
            found.setdefault(home.dotted, "\n".join(comment).strip())
    return found


def write_api(api: PublicAPI, out: Path) -> list[Path]:
    """Write the reference pages under ``out``; return every file written or kept."""
    docs = data_docs(api)
    public = {id(home.obj) for home in api.canonical.values() if home.kind != "data"}
    pages: dict[Path, str] = {}
    shown = [m for m in api.modules if m.name not in NOT_IN_API and api.documented_here(m)]
    index = heading("API reference", "=")
    index += [
        "Every public name, one page each, generated from the docstrings. Import each from "
        "the module it is listed under.",
        "",
        ".. toctree::",
        "   :maxdepth: 1",
        "",
    ]
    index += [f"   {m.name}/index" for m in shown]
    pages[out / "index.rst"] = "\n".join(index) + "\n"
    for module in shown:
        pages[out / module.name / "index.rst"] = _module_page(api, module, docs)
        for home in api.documented_here(module):
            page = _name_page(home, docs.get(home.dotted), public)
            pages[out / f"{page_of(home)}.rst"] = page
    folded = [str(path).lower() for path in pages]
    if len(set(folded)) != len(folded):
        raise RuntimeError("two API pages differ only in case: rename one of the public names")
    for path, text in pages.items():
        write_if_changed(path, text)
    return list(pages)
