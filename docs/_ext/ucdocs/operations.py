"""The operations table, found by calling the SDK rather than written by hand.

Every public method of every resource on ``UltraCartClient`` is called once against a local
recording server on 127.0.0.1 that answers 503 (with ``Retry-After: 0``) to everything, with
``RequestOptions(max_attempts=2)``. What the method sent (its HTTP method and path) names its
operation in the OpenAPI spec (``tools/ultracart-openapi.json``); whether it sent a second
attempt after the 503 says whether it is retried after an ambiguous failure; its return
annotation says what it returns. So the table cannot drift from the code: a renamed method, a
new operation in the spec without a method, or a changed retry flag changes the table, and an
operation no method reaches fails the build.

``tests/resources/test_coverage.py`` checks these rows against the spec and the resource
tests, as it checked the README's hand-written table before.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import inspect
import json
import logging
import re
import socket
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiohttp import web

ROOT = Path(__file__).resolve().parents[3]
SPEC = ROOT / "tools" / "ultracart-openapi.json"
HTTP_METHODS = ("get", "post", "put", "delete")


@dataclass(frozen=True)
class SpecOperation:
    operation_id: str
    method: str
    path: str
    tag: str


@dataclass(frozen=True)
class Row:
    """One operation and the SDK method that calls it."""

    operation_id: str
    method: str
    path: str
    resource: str  # the client attribute: "customers"
    resource_class: str  # its class, by canonical dotted name
    name: str  # the method: "list"
    returns: str  # MyST markup
    returns_text: str  # plain text, for tests
    retried: bool


@functools.cache  # one build asks three times; the spec does not change during a build
def spec_operations(spec: Path = SPEC) -> dict[str, SpecOperation]:
    data = json.loads(spec.read_text("utf-8"))
    return {
        op["operationId"]: SpecOperation(op["operationId"], method.upper(), path, op["tags"][0])
        for path, item in data["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    }


def _template_regex(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", path)
    body = "".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts)
    return re.compile(f"^{body}$")


def match_operation(ops: Mapping[str, SpecOperation], method: str, path: str) -> SpecOperation:
    """The spec operation a request was for: literal segments beat parameters
    (``/customer/customers/search`` is searchCustomers, not getCustomer)."""
    candidates = [
        op for op in ops.values() if op.method == method and _template_regex(op.path).match(path)
    ]
    if not candidates:
        raise LookupError(f"{method} {path} is no operation of the spec")
    return max(candidates, key=lambda op: len(re.sub(r"\{[^}]+\}", "", op.path)))


class _Recorder:
    """A loopback server that records each request and answers 503, ``Retry-After: 0``."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.requests: list[tuple[str, str]] = []
        self.runner: web.AppRunner | None = None
        self.port = 0

    async def _answer(self, request: web.Request) -> web.Response:
        await request.read()
        path = request.raw_path.split("?", 1)[0].removeprefix(self.prefix)
        self.requests.append((request.method, path))
        return web.Response(status=503, headers={"Retry-After": "0"})

    async def __aenter__(self) -> _Recorder:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._answer)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))  # any free port, on loopback only
        self.port = sock.getsockname()[1]
        await web.SockSite(self.runner, sock).start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self.runner is not None
        await self.runner.cleanup()


def _argument(param: inspect.Parameter, hint: object) -> object:
    """A value of the parameter's type that passes the SDK's own checks."""
    text = str(hint if hint is not inspect.Parameter.empty else param.annotation)
    first = text.split("|")[0].strip()
    if first == "int" or first.startswith("int ") or "<class 'int'>" in first:
        return 1
    if first in ("str", "<class 'str'>"):
        if "email" in param.name:
            return "jane@example.com"
        if "url" in param.name:
            return "https://example.com/webhooks/ultracart"
        return "x"
    return {}  # a body: a model or a plain dict of wire names


def type_hints(function: Callable[..., Any]) -> dict[str, Any]:
    """The evaluated annotations of a function, including names its module imports only
    for type checking (a model class named in a mixin's signature): those are looked up
    among the package's public names."""
    import ultracart_async
    from ultracart_async import models

    namespace = {**vars(models), **vars(ultracart_async)}
    function = getattr(function, "__func__", function)
    namespace.update(getattr(function, "__globals__", {}))
    return typing.get_type_hints(function, globalns=namespace)


def _call_arguments(method: Callable[..., Any]) -> list[object]:
    """Positional arguments for a call: every required one, and a body where one is taken."""
    try:
        hints = type_hints(method)
    except NameError:  # a name no public module has: fall back to the annotations' text
        hints = {}
    args: list[object] = []
    for param in inspect.signature(method).parameters.values():
        if param.kind not in (param.POSITIONAL_ONLY, param.POSITIONAL_OR_KEYWORD):
            continue
        hint = hints.get(param.name, inspect.Parameter.empty)
        takes_body = "Mapping" in str(hint if hint is not inspect.Parameter.empty else "") or (
            "Mapping" in str(param.annotation)
        )
        if param.default is inspect.Parameter.empty or takes_body:
            args.append(_argument(param, hint))
        else:
            break
    return args


def format_returns(hint: object, link: Callable[[object], str | None]) -> tuple[str, str]:
    """(MyST markup with links, plain text) for a return annotation."""
    if hint is None or hint is type(None):
        return "`None`", "None"
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is typing.Union or origin is types.UnionType:
        parts = [format_returns(arg, link) for arg in args]
        return " \\| ".join(p[0] for p in parts), " | ".join(p[1] for p in parts)
    if origin is not None and args:
        outer_md, outer = format_returns(origin, link)
        inner = [format_returns(arg, link) for arg in args]
        markup = outer_md + "\\[" + ", ".join(p[0] for p in inner) + "\\]"
        return markup, outer + "[" + ", ".join(p[1] for p in inner) + "]"
    name = getattr(hint, "__name__", str(hint))
    target = link(hint)
    if target is None:
        return f"`{name}`", name
    return f"{{class}}`~{target}`", name


async def _probe(method: Callable[..., Any], options: object, recorder: _Recorder) -> object:
    """Call one method; the result if it sent nothing (a shortcut such as ``export``)."""
    from ultracart_async import UltraCartError

    recorder.requests.clear()
    result = method(*_call_arguments(method), options=options)
    if not inspect.isawaitable(result):
        return result
    with contextlib.suppress(UltraCartError):  # the recorder answers 503: the requests count
        await result
    return None


async def _probe_all(link: Callable[[object], str | None]) -> list[Row]:
    from ultracart_async import RateWindow, RequestOptions, TokenBucketLimiter, UltraCartClient
    from ultracart_async import resources as resources_module

    ops = spec_operations()
    resource_types = tuple(getattr(resources_module, n) for n in resources_module.__all__)
    options = RequestOptions(max_attempts=2)
    rows: list[Row] = []
    async with _Recorder("/rest/v2") as recorder:
        limiter = TokenBucketLimiter([RateWindow(1_000_000, 1)], max_in_flight=4)
        base_url = f"http://127.0.0.1:{recorder.port}/rest/v2"
        async with UltraCartClient(simple_key="docs", base_url=base_url, limiter=limiter) as uc:
            for attr in sorted(a for a in dir(uc) if not a.startswith("_")):
                resource = getattr(uc, attr)
                if not isinstance(resource, resource_types):
                    continue
                for name, method in inspect.getmembers(resource, inspect.ismethod):
                    if name.startswith("_"):
                        continue
                    if await _probe(method, options, recorder) is not None:
                        continue  # sent nothing: not an operation of its own
                    rows.append(_row(ops, attr, resource, name, method, recorder, link))
    return rows


def _row(
    ops: Mapping[str, SpecOperation],
    attr: str,
    resource: object,
    name: str,
    method: Callable[..., Any],
    recorder: _Recorder,
    link: Callable[[object], str | None],
) -> Row:
    sent = set(recorder.requests)
    where = f"uc.{attr}.{name}()"
    if len(sent) != 1:
        raise RuntimeError(f"{where} sent {sorted(sent)}: expected one request, repeated or not")
    (http, path) = sent.pop()
    op = match_operation(ops, http, path)
    returns, returns_text = format_returns(type_hints(method).get("return"), link)
    resource_class = link(type(resource)) or type(resource).__qualname__
    retried = len(recorder.requests) > 1
    return Row(
        op.operation_id,
        op.method,
        op.path,
        attr,
        resource_class,
        name,
        returns,
        returns_text,
        retried,
    )


def operation_rows(link: Callable[[object], str | None] = lambda _: None) -> list[Row]:
    """Every operation of the spec with the SDK method that calls it, in the spec's order.

    Raises if an operation has no method or two methods call one operation.
    """
    # The probe's 503s are meant: keep the SDK's retry log lines out of the build's output.
    sdk_logger = logging.getLogger("ultracart_async")
    level = sdk_logger.level
    sdk_logger.setLevel(logging.ERROR)
    try:
        rows = asyncio.run(_probe_all(link))
    finally:
        sdk_logger.setLevel(level)
    ops = spec_operations()
    by_op: dict[str, Row] = {}
    for row in rows:
        if row.operation_id in by_op:
            other = by_op[row.operation_id]
            raise RuntimeError(
                f"uc.{row.resource}.{row.name}() and uc.{other.resource}.{other.name}() "
                f"both call {row.operation_id}"
            )
        by_op[row.operation_id] = row
    missing = sorted(set(ops) - set(by_op))
    if missing:
        raise RuntimeError(f"no SDK method calls these operations of the spec: {missing}")
    return [by_op[op_id] for op_id in ops]


def operations_markdown(rows: list[Row]) -> str:
    """The table, one section per resource, its rows by path."""
    ops = spec_operations()
    lines: list[str] = []
    resources = sorted({(r.resource, ops[r.operation_id].tag) for r in rows}, key=_tag_order)
    for resource, tag in resources:
        group = sorted((r for r in rows if r.resource == resource), key=_row_order)
        cls = group[0].resource_class
        lines += [f"## {tag.capitalize()}: {{class}}`uc.{resource} <{cls}>` ({len(group)})", ""]
        lines += ["| SDK method | Returns | Retried | HTTP | Path | operationId |"]
        lines += ["|---|---|---|---|---|---|"]
        for r in group:
            method = f"{{meth}}`uc.{r.resource}.{r.name}() <{cls}.{r.name}>`"
            retried = "yes" if r.retried else "no"
            lines.append(
                f"| {method} | {r.returns} | {retried} | {r.method} | `{r.path}` "
                f"| {r.operation_id} |"
            )
        lines.append("")
    return "\n".join(lines)


def _row_order(row: Row) -> tuple[str, int]:
    """By path, then GET, POST, PUT, DELETE: an endpoint's operations stay together."""
    return row.path, HTTP_METHODS.index(row.method.lower())


def _tag_order(item: tuple[str, str]) -> tuple[int, str]:
    order = ("customer", "webhook", "workflow", "user")
    return (order.index(item[1]) if item[1] in order else len(order), item[1])
