"""The defaults tables, read from the settings classes and the constructors' signatures.

Each row is a parameter with a default: the value is the one in the code, the meaning is the
first sentence of that parameter's entry in the docstring's ``Args:`` or ``Attributes:``
section. Changing a default in the code changes this page; nothing is typed twice.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import attrs

from .public import exists, lookup
from .write import first_sentence, md_cell, qualify_md_roles, rst_roles_to_md

#: Parameters with a default that the docstring does not describe; the build warns of each.
MISSING: list[str] = []
_SECTION = re.compile(r"^(Args|Arguments|Attributes|Parameters):\s*$")
_ENTRY = re.compile(r"^(\*{0,2}\w+)(?: \([^)]*\))?:\s*(.*)$")


def google_entries(obj: object) -> dict[str, str]:
    """``{name: description}`` from a Google-style ``Args:``/``Attributes:`` section."""
    lines = (inspect.getdoc(obj) or "").splitlines()
    entries: dict[str, str] = {}
    inside = False
    current: str | None = None
    for line in lines:
        if _SECTION.match(line):
            inside, current = True, None
            continue
        if not inside:
            continue
        if line and not line.startswith(" "):
            inside = False  # the section ended at the next unindented text
            continue
        stripped = line.strip()
        match = (
            _ENTRY.match(stripped)
            if line.startswith("    ") and not line.startswith("        ")
            else None
        )
        if match:
            current = match.group(1).lstrip("*")
            entries[current] = match.group(2)
        elif current and stripped:
            entries[current] += " " + stripped
    return entries


def show(value: object, name: str) -> str:
    """A default as code, with bytes in MiB and windows spelt out."""
    if isinstance(value, bool) or value is None:
        return f"`{value}`"
    if isinstance(value, int) and value >= 1024 * 1024 and ("bytes" in name or "size" in name):
        return f"`{value:_}` ({value / (1024 * 1024):g} MiB)"
    if isinstance(value, tuple) and value and all(attrs.has(type(v)) for v in value):
        return ", ".join(f"`{v!r}`" for v in value)
    return f"`{value!r}`"


@dataclass(frozen=True)
class Setting:
    """Where a group of defaults lives: a settings class or a callable's keyword arguments."""

    title: str
    path: str  # "ultracart_async.Timeouts", "ultracart_async.TokenBucketLimiter"
    skip: tuple[str, ...] = ()
    none_means: str | None = None  # for RequestOptions: None falls back to the client's


SETTINGS = (
    Setting("Timeouts", "ultracart_async.Timeouts"),
    Setting("Retries", "ultracart_async.RetryPolicy"),
    Setting("Per call", "ultracart_async.RequestOptions", none_means="the client's setting"),
    Setting("The client", "ultracart_async.UltraCartClient"),
    Setting("The in-process rate limiter", "ultracart_async.TokenBucketLimiter"),
    Setting("The shared (Redis) rate limiter", "ultracart_async.redis_limiter.RedisLimiter"),
    Setting("Concurrent export", "ultracart_async.Pager.export"),
    Setting("The webhook receiver", "ultracart_async.webhook_receiver.WebhookReceiver"),
    Setting("Webhook dedupe", "ultracart_async.webhook_receiver.WebhookDeduplicator"),
    Setting("The customer sync", "ultracart_async.sync.sync_customers"),
)


def _resolve(path: str) -> Any:
    obj = lookup(path)
    if obj is None:
        raise RuntimeError(f"defaults table: {path} names nothing")
    return obj


def _rows(setting: Setting) -> Iterator[tuple[str, object]]:
    obj = _resolve(setting.path)
    if inspect.isclass(obj) and attrs.has(obj):
        for field in attrs.fields(obj):
            if field.default is not attrs.NOTHING and field.name not in setting.skip:
                yield field.name, field.default
        return
    target = obj.__init__ if inspect.isclass(obj) else obj
    for param in inspect.signature(target).parameters.values():
        if param.default is param.empty or param.name in setting.skip:
            continue
        yield param.name, param.default


def _describe(setting: Setting, describe: Callable[[str], str]) -> list[str]:
    obj = _resolve(setting.path)
    docs = google_entries(obj)
    if inspect.isclass(obj) and not attrs.has(obj):
        docs = {**google_entries(obj.__init__), **docs}
    short = setting.path.rsplit(".", 1)[-1]
    role = (
        "meth"
        if "." in setting.path.removeprefix("ultracart_async.")
        and not inspect.isclass(obj)
        and inspect.isfunction(obj)
        and obj.__qualname__.count(".")
        else ("func" if inspect.isfunction(obj) else "class")
    )
    lines = [f"## {setting.title}", "", f"Set with {{{role}}}`~{setting.path}`:", ""]
    lines += ["| setting | default | what |", "|---|---|---|"]
    for name, value in _rows(setting):
        shown = setting.none_means if value is None and setting.none_means else show(value, name)
        # The sentence that says what None means is the one a reader needs.
        what = docs.get(name, "")
        what = describe(what if value is None else first_sentence(what))
        if not what:
            MISSING.append(f"{setting.path}: the docstring's Args/Attributes omit {name!r}")
        lines.append(f"| `{short}({name}=)` | {md_cell(shown)} | {md_cell(what)} |")
    lines.append("")
    return lines


def defaults_markdown() -> str:
    MISSING.clear()
    lines: list[str] = []
    for setting in SETTINGS:
        parts = setting.path.split(".")
        scopes = [".".join(parts[:cut]) for cut in range(len(parts), 0, -1)]

        def describe(text: str, scopes: list[str] = scopes) -> str:
            return qualify_md_roles(rst_roles_to_md(text), scopes, exists)

        lines += _describe(setting, describe)
    return "\n".join(lines)
