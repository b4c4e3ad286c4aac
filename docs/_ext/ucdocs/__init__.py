"""A small Sphinx extension: the pages and tables that repeat a fact the code holds are
generated from the code at the start of every build, so they cannot drift.

- ``_generated/api/``: one page per public module and one per public name (autodoc);
- ``_generated/fragments/operations.md``: the operations table (see :mod:`.operations`);
- ``_generated/fragments/cli.md``: the command line's options, from its argparse parser;
- ``_generated/fragments/errors.md``: the error tree, from the exception classes;
- ``_generated/fragments/defaults.md``: the defaults, from the settings and signatures.

It also points cross-references at the public pages: an annotation that Python spells
``ultracart_async._config.Timeouts`` links to the page of ``ultracart_async.Timeouts``.
"""

from __future__ import annotations

import builtins
import inspect
import re
import sys
import types
import typing
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.addnodes import pending_xref
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.ext import intersphinx
from sphinx.pycode import ModuleAnalyzer
from sphinx.util import logging
from sphinx.util.inspect import stringify_signature

from . import defaults as defaults_module
from .api import write_api
from .cli import cli_markdown
from .errors import error_tree_markdown
from .operations import operation_rows, operations_markdown
from .public import PublicAPI, lookup, public_api
from .write import attributes_as_directives, remove_stale, write_if_changed

LOG = logging.getLogger(__name__)
GENERATED = "_generated"
#: The public names of this build (the environment is pickled between builds: not there).
_STATE: dict[str, _Targets] = {}


class _Targets:
    """Where a cross-reference that Sphinx could not resolve should point."""

    def __init__(self, api: PublicAPI) -> None:
        self.private = api.by_private_path()
        for module in api.modules:  # a public alias: webhook_receiver.WebhookReceiver
            for name in module.names:
                home = api.home(name, getattr(module.module, name))
                self.private.setdefault(f"{module.name}.{name}", home.dotted)
        self.by_name: dict[str, list[str]] = {}
        for home in api.canonical.values():
            self.by_name.setdefault(home.name, []).append(home.dotted)

    def public(self, target: str, scopes: list[str] | None = None) -> str | None:
        target = target.lstrip("~.")
        for scope in scopes or []:  # relative to where the reference is written
            if scope and f"{scope}.{target}" in self.private:
                return self.private[f"{scope}.{target}"]
        parts = target.split(".")
        for cut in range(len(parts), 0, -1):
            head = ".".join(parts[:cut])
            if head in self.private:
                return ".".join([self.private[head], *parts[cut:]])
        if target.startswith("ultracart_async."):
            return None
        # A short name (``Pager`` or ``Pager.export``) that one public name alone carries.
        homes = self.by_name.get(parts[0], [])
        if len(homes) == 1:
            return ".".join([homes[0], *parts[1:]])
        return None


def _generate(app: Sphinx) -> None:
    src = Path(app.srcdir)
    out = src / GENERATED
    api = public_api()
    _STATE["targets"] = _Targets(api)
    written = write_api(api, out / "api")

    def link(obj: object) -> str | None:
        for home in api.canonical.values():
            if home.obj is obj and home.kind != "data":
                return home.dotted
        return None

    fragments = {
        "operations.md": operations_markdown(operation_rows(link)),
        "cli.md": cli_markdown(),
        "errors.md": error_tree_markdown(api),
        "defaults.md": defaults_module.defaults_markdown(),
    }
    for missing in defaults_module.MISSING:
        LOG.warning("defaults table: %s", missing, type="ucdocs")
    for name, text in fragments.items():
        path = out / "fragments" / name
        write_if_changed(path, text)
        written.append(path)
    remove_stale(out, written)


def _private_alias(name: str) -> str | None:
    """The expansion of a type alias defined in a module of the package (``Expand`` ->
    ``str | list[str] | tuple[str, ...]``), when exactly one module defines that name."""
    if "." in name:
        return None
    found = {
        str(value)
        for module_name, module in list(sys.modules.items())
        if module_name.startswith("ultracart_async") and module is not None
        for value in [vars(module).get(name)]
        if value is not None and _is_alias(value)
    }
    return found.pop() if len(found) == 1 else None


def _is_alias(value: object) -> bool:
    if isinstance(value, typing.TypeVar):
        return False
    return isinstance(value, types.UnionType | types.GenericAlias) or (
        type(value).__module__ == "typing"
    )


def _resolve(
    app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode: nodes.TextElement
) -> nodes.Node | None:
    if node.get("refdomain") != "py":
        return None
    targets = _STATE.get("targets")
    if targets is None:
        return None
    context = [node.get("py:module"), node.get("py:class")]
    scopes = [".".join(c for c in context[:cut] if c) for cut in (2, 1, 0)]
    for scope in scopes:
        found = lookup(f"{scope}.{node['reftarget']}" if scope else node["reftarget"])
        if isinstance(found, typing.TypeVar):
            return contnode  # a type variable (``T`` in ``Pager[T]``) has no page: plain text
    mapped = targets.public(node["reftarget"], scopes)
    if mapped is not None and mapped != node["reftarget"]:
        retry = node.deepcopy()
        retry["reftarget"] = mapped
        retry["refspecific"] = False
        found = env.get_domain("py").resolve_xref(
            env, node["refdoc"], app.builder, node["reftype"], mapped, retry, contnode
        )
        if found is not None:
            return found
    alias = _private_alias(node["reftarget"])
    if alias is not None:
        # An internal alias (``Expand``) that autodoc could not expand: show what it means.
        return (
            nodes.literal(alias, alias)
            if isinstance(contnode, nodes.literal)
            else (nodes.Text(alias))
        )
    if node["reftarget"].startswith("builtins."):
        retry = node.deepcopy()
        retry["reftarget"] = node["reftarget"].removeprefix("builtins.")
        return intersphinx.missing_reference(app, env, retry, contnode)
    return None


def _is_internal(cls: object) -> bool:
    """A class of the package that no public module exports."""
    targets = _STATE.get("targets")
    module = getattr(cls, "__module__", "") or ""
    if targets is None or not inspect.isclass(cls) or not module.startswith("ultracart_async"):
        return False
    return f"{module}.{cls.__qualname__}" not in targets.private


def _public_bases(app: Sphinx, name: str, obj: object, options: Any, bases: list[Any]) -> None:
    """The "Bases:" line names public classes only: an internal base gives way to its own."""
    changed = True
    while changed:
        changed = False
        for index, base in enumerate(bases):
            if _is_internal(base):
                bases[index : index + 1] = [b for b in base.__bases__ if b is not object]
                changed = True
                break
    if not bases:
        bases.append(object)  # autodoc would print an empty "Bases:"


_FUNCTION_DEFAULT = re.compile(r"=\s*<(?:built-in )?function ([\w.]+)(?: at 0x[0-9a-f]+)?>")
_OBJECT_DEFAULT = re.compile(r"=\s*<[^<>]*>")


def _internal_annotations(init: Any) -> bool:
    """Whether a constructor takes a class of the package that has no public page."""
    try:
        hints = typing.get_type_hints(init)
    except Exception:
        hints = None
    if hints is not None:
        return any(_is_internal(hint) for key, hint in hints.items() if key != "return")
    targets = _STATE.get("targets")
    namespace = {**vars(builtins), **getattr(init, "__globals__", {})}
    for param in inspect.signature(init).parameters.values():
        for name in re.findall(r"[A-Za-z_][\w.]*", str(param.annotation)):
            head = name.split(".")[0]
            if head in namespace:
                if _is_internal(namespace[head]):
                    return True
            elif targets is not None and head not in targets.by_name:
                return True  # imported for type checking only, and not public
    return False


def _signature(
    app: Sphinx,
    what: str,
    name: str,
    obj: object,
    options: Any,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str, str | None] | None:
    """A class that the SDK builds from internal objects (a resource, which ``uc.customers``
    hands out; a pager) shows no constructor: users never call it, and its arguments have
    no page. A default that is a function shows as the function's name, not its repr
    (which Sphinx cannot parse)."""
    if what == "class" and inspect.isclass(obj) and _internal_annotations(obj.__init__):
        return "", return_annotation
    if what == "method" and (overloads := _overloads(obj)):
        return overloads, None
    if signature and re.search(r"=\s*<", signature):
        signature = _OBJECT_DEFAULT.sub("= ...", _FUNCTION_DEFAULT.sub(r"= \1", signature))
        return signature, return_annotation
    return None


def _overloads(method: object) -> str | None:
    """The ``@overload`` signatures of a method, one per line.

    autodoc finds overloads by reading the source of the documented class's module, so it
    misses those of a method inherited from a mixin in another module (``update``, whose
    implementation takes an internal sentinel); Python records them too, so ask Python."""
    function = getattr(method, "__func__", method)
    try:
        overloads = typing.get_overloads(function)  # type: ignore[arg-type]
    except Exception:
        return None
    if not overloads:
        return None
    lines = []
    for overload in overloads:
        sig = inspect.signature(overload)
        params = list(sig.parameters.values())[1:]  # without self
        lines.append(
            stringify_signature(sig.replace(parameters=params), unqualified_typehints=True)
        )
    return "\n".join(lines)


def _documented_attributes(cls: object) -> set[str]:
    """Attributes of a class that carry a docstring of their own (autodoc shows those)."""
    names: set[str] = set()
    for klass in getattr(cls, "__mro__", ())[:-1]:
        try:
            docs = ModuleAnalyzer.for_module(klass.__module__).find_attr_docs()
        except Exception:
            continue
        names.update(attr for (scope, attr) in docs if scope == klass.__qualname__)
    return names


def _google_sections_except_attributes(app: Sphinx) -> None:
    """napoleon reads a Google "Args:"/"Attributes:" section as intended, but it also reads
    an attribute's own docstring ("Status of the task. Known values: ...") as "type: text".
    Keep napoleon for everything but attributes, whose docstrings are plain reST."""
    from sphinx.ext.napoleon import _process_docstring

    listeners = app.events.listeners["autodoc-process-docstring"]
    for listener in list(listeners):
        if listener.handler is _process_docstring:
            listeners.remove(listener)

    def process(
        app: Sphinx, what: str, name: str, obj: object, options: Any, lines: list[str]
    ) -> None:
        if what not in ("attribute", "property", "data"):
            documented = _documented_attributes(obj) if what in ("class", "exception") else set()
            lines[:] = attributes_as_directives(lines, documented)
            _process_docstring(app, what, name, obj, options, lines)  # type: ignore[arg-type]

    app.connect("autodoc-process-docstring", process)


def setup(app: Sphinx) -> dict[str, Any]:
    app.setup_extension("sphinx.ext.autodoc")
    app.setup_extension("sphinx.ext.napoleon")
    _google_sections_except_attributes(app)
    app.connect("builder-inited", _generate)
    app.connect("missing-reference", _resolve)
    app.connect("autodoc-process-bases", _public_bases)
    app.connect("autodoc-process-signature", _signature)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1"}
