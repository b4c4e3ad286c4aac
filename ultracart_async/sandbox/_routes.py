"""Routing on the raw request path: split on ``/`` first, then percent-decode each segment.

aiohttp's own router decodes the whole path before matching, so an email holding ``%2F`` would
split in two; matching segment by segment keeps ``by_email/a%2Fb@example.com`` one parameter.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar
from urllib.parse import unquote

import attrs

from ._http import ApiError, Call, Reply

__all__ = ["Handler", "Route", "RouteTable", "Router"]

Handler = Callable[..., Reply]
_H = TypeVar("_H", bound=Handler)


@attrs.frozen
class Route:
    """One operation: method, path template (relative to ``/rest/v2``), operation id, handler."""

    method: str
    template: str
    op: str
    handler: Handler
    segments: tuple[str, ...] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "segments", tuple(self.template.strip("/").split("/")))

    def match(self, parts: Sequence[str]) -> dict[str, str] | None:
        """Path parameters when ``parts`` (decoded segments) fit the template, else None."""
        if len(parts) != len(self.segments):
            return None
        params: dict[str, str] = {}
        for pattern, value in zip(self.segments, parts, strict=True):
            if pattern.startswith("{"):
                if value == "":
                    return None
                params[pattern[1:-1]] = value
            elif pattern != value:
                return None
        return params


class RouteTable:
    """The routes of one module, each declared on its handler with ``@table(method, template)``.

    A handler is named after its operation id in snake_case (``getCustomerByEmail`` is
    ``get_customer_by_email``), so the id is read from the name rather than written again.
    """

    def __init__(self) -> None:
        self._routes: list[Route] = []

    def __call__(self, method: str, template: str) -> Callable[[_H], _H]:
        """A decorator: ``handler`` answers ``method`` on ``template``."""

        def register(handler: _H) -> _H:
            op = re.sub(r"_([a-z])", lambda m: m[1].upper(), handler.__name__)
            self._routes.append(Route(method, template, op, handler))
            return handler

        return register

    def routes(self) -> tuple[Route, ...]:
        """The routes by path, then method: a 405 lists a path's methods in this order."""
        return tuple(sorted(self._routes, key=lambda route: (route.template, route.method)))


class Router:
    """Finds the route of a raw path; literal segments win over parameters at each position."""

    def __init__(self, routes: Sequence[Route]) -> None:
        def specificity(route: Route) -> tuple[int, ...]:
            return tuple(1 if seg.startswith("{") else 0 for seg in route.segments)

        # /customer/customers/search must win over /customer/customers/{customer_profile_oid}.
        self._routes = sorted(routes, key=specificity)
        self.routes: tuple[Route, ...] = tuple(routes)

    @staticmethod
    def split(raw_path: str) -> list[str]:
        """Decode each segment of a raw path on its own (``+`` stays ``+``: it is a path)."""
        try:
            return [unquote(seg, errors="strict") for seg in raw_path.split("/")]
        except UnicodeDecodeError:
            raise ApiError(400, "The request path is not valid percent-encoded UTF-8.") from None

    def resolve(self, method: str, parts: Sequence[str]) -> tuple[Route, dict[str, str]]:
        """The route and its parameters; 404 for an unknown path, 405 for a wrong method."""
        allowed: list[str] = []
        for route in self._routes:
            params = route.match(parts)
            if params is None:
                continue
            if route.method == method:
                return route, params
            allowed.append(route.method)
        if allowed:
            raise ApiError(
                405, f"Method {method} is not allowed here (allowed: {', '.join(allowed)})."
            )
        raise ApiError(404, "No such resource: " + "/".join(parts))


def make_call(route: Route, params: dict[str, str], query: dict[str, str], body: bytes) -> Call:
    """Bundle a routed request for its handler."""
    return Call(method=route.method, op=route.op, params=params, query=query, body=body)
