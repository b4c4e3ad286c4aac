"""The error tree, drawn from the exception classes themselves: every public exception that
derives from ``UltraCartError``, under its nearest public base, with its docstring's first
sentence. A class added to ``ultracart_async._errors`` that is not exported fails the build."""

from __future__ import annotations

import importlib
import inspect

from .public import ROOT, PublicAPI, PublicName, exists
from .write import first_sentence, qualify_md_roles, rst_roles_to_md


def _check_all_exported(homes: dict[type, PublicName]) -> None:
    errors = importlib.import_module(f"{ROOT}._errors")
    for name, cls in inspect.getmembers(errors, inspect.isclass):
        if cls.__module__ == errors.__name__ and not name.startswith("_") and cls not in homes:
            raise RuntimeError(f"{ROOT}._errors.{name} is an exception no public module exports")


def error_tree_markdown(api: PublicAPI) -> str:
    """A nested Markdown list: each exception with a link and what it means."""
    root = importlib.import_module(ROOT).UltraCartError
    homes = {
        home.obj: home
        for home in api.canonical.values()
        if home.kind == "exception" and isinstance(home.obj, type) and issubclass(home.obj, root)
    }
    _check_all_exported(homes)
    children: dict[type, list[type]] = {cls: [] for cls in homes}
    for cls in homes:
        if cls is root:
            continue
        parent = next(base for base in cls.__mro__[1:] if base in homes)
        children[parent].append(cls)

    def order(cls: type) -> tuple[int, str]:
        # Leaves first would scatter the status errors; keep the source's order instead.
        try:
            line = inspect.getsourcelines(cls)[1]
        except (OSError, TypeError):
            line = 0
        return (inspect.getsourcefile(cls) != inspect.getsourcefile(root), f"{line:08d}")

    lines: list[str] = []

    def walk(cls: type, depth: int) -> None:
        home = homes[cls]
        others = [b.__name__ for b in cls.__bases__ if b not in homes and b is not Exception]
        also = f" (also a `{'`, `'.join(others)}`)" if others else ""
        scopes = [home.dotted, home.module, ROOT]
        summary = (inspect.getdoc(cls) or "").split("\n\n", 1)[0]  # the first paragraph
        text = qualify_md_roles(rst_roles_to_md(first_sentence(summary)), scopes, exists)
        lines.append(f"{'  ' * depth}- {{exc}}`~{home.dotted}`{also}: {text}")
        for child in sorted(children[cls], key=order):
            walk(child, depth + 1)

    walk(root, 0)
    return "\n".join(lines) + "\n"
