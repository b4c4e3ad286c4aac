"""Wire-level helpers shared by the sandbox's handlers: calls, replies, errors, paging, sorting.

Written from the API facts (``ultracart-api.md``), never from the client's code.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Final, TypeVar

import attrs
import orjson

JSON_CONTENT_TYPE: Final = "application/json; charset=UTF-8"

#: Documented ``_limit`` maxima; 200 is our choice where UltraCart states none (webhooks, logs).
MAX_CUSTOMERS: Final = 200
MAX_WORKFLOW_TASKS: Final = 500
MAX_ASSIGNMENTS: Final = 200
MAX_WEBHOOKS: Final = 200
MAX_WEBHOOK_LOGS: Final = 200
DEFAULT_LIMIT: Final = 100


class ApiError(Exception):
    """Raised by a handler to answer with UltraCart's error shape."""

    def __init__(self, status: int, message: str, *, user_message: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.user_message = user_message if user_message is not None else message


_T = TypeVar("_T")


def found(value: _T | None, what: str) -> _T:
    """``value``, or a 404 ``"<what> was not found."`` when the lookup found nothing."""
    if value is None:
        raise ApiError(404, f"{what} was not found.")
    return value


def required_text(body: Mapping[str, Any], name: str) -> str:
    """``body[name]`` when it is a non-empty string, else a 400 ``"<name> is required."``."""
    value = body.get(name)
    if not isinstance(value, str) or not value:
        raise ApiError(400, f"{name} is required.")
    return value


def error_body(developer_message: str, user_message: str | None = None) -> bytes:
    """The JSON body UltraCart sends with a 4xx/5xx (``ErrorResponse``)."""
    return orjson.dumps(
        {
            "error": {
                "developer_message": developer_message,
                "user_message": user_message if user_message is not None else developer_message,
            },
            "metadata": {},
            "success": False,
        }
    )


def header_safe(message: str) -> str:
    """Make ``message`` fit in a header: one line of ASCII (the body keeps the full text)."""
    cleaned = " ".join(message.split())
    return cleaned.encode("ascii", "replace").decode("ascii")


@attrs.frozen
class Call:
    """One routed request as a handler sees it: already authenticated and parsed."""

    method: str
    op: str
    params: Mapping[str, str]
    query: Mapping[str, str]
    body: bytes
    form: Mapping[str, str] = attrs.field(factory=dict)

    def json(self) -> Any:
        """The body as JSON; 400 when it is absent or malformed."""
        if not self.body.strip():
            raise ApiError(400, "A request body is required.")
        try:
            return orjson.loads(self.body)
        except orjson.JSONDecodeError as exc:
            raise ApiError(400, f"Malformed JSON body: {exc}") from None

    def json_object(self) -> dict[str, Any]:
        """The body as a JSON object; 400 for anything else."""
        value = self.json()
        if not isinstance(value, dict):
            raise ApiError(400, "The request body must be a JSON object.")
        return value

    def int_param(self, name: str) -> int:
        """A path parameter that must be an integer (oids); 400 otherwise."""
        raw = self.params[name]
        if not raw.isascii() or not raw.lstrip("-").isdigit():
            raise ApiError(400, f"Invalid {name}: {raw!r} is not an integer.")
        return int(raw)

    def int_query(self, name: str, default: int | None = None) -> int | None:
        """An integer query parameter; 400 when it is not one."""
        raw = self.query.get(name)
        if raw is None or raw == "":
            return default
        try:
            return int(raw)
        except ValueError:
            raise ApiError(400, f"Invalid {name}: {raw!r} is not an integer.") from None

    def bool_query(self, name: str) -> bool | None:
        """A boolean query parameter (``true``/``false``, any case); 400 otherwise."""
        raw = self.query.get(name)
        if raw is None or raw == "":
            return None
        lowered = raw.lower()
        if lowered in ("true", "1"):
            return True
        if lowered in ("false", "0"):
            return False
        raise ApiError(400, f"Invalid {name}: {raw!r} is not a boolean.")

    def expand(self) -> str | None:
        """The raw ``_expand`` value."""
        return self.query.get("_expand")


@attrs.frozen
class Reply:
    """What a handler answers: a status, raw body bytes and extra headers."""

    status: int
    body: bytes = b""
    content_type: str | None = JSON_CONTENT_TYPE
    headers: Mapping[str, str] = attrs.field(factory=dict)


def ok(payload: Mapping[str, Any]) -> Reply:
    """200 with ``payload`` plus ``success``/``metadata`` (the usual envelope)."""
    body = dict(payload)
    body["success"] = True
    body.setdefault("metadata", {})
    return Reply(200, orjson.dumps(body))


def ok_bare(value: Any) -> Reply:
    """200 with a body that has no envelope (operations whose spec returns the model itself)."""
    return Reply(200, orjson.dumps(value))


def no_content() -> Reply:
    """204 with an empty body, what UltraCart answers to a delete."""
    return Reply(204, b"", content_type=None)


# --- paging -------------------------------------------------------------------------------------


@attrs.frozen
class Paging:
    """``_limit``/``_offset`` of one request, validated against the operation's maximum."""

    limit: int
    offset: int


def paging(call: Call, max_limit: int) -> Paging:
    """Read ``_limit``/``_offset``; 400 when out of range (``_limit`` above the documented max)."""
    limit = call.int_query("_limit", DEFAULT_LIMIT)
    offset = call.int_query("_offset", 0)
    assert limit is not None
    assert offset is not None
    if limit < 1:
        raise ApiError(400, f"Invalid _limit {limit}: it must be at least 1.")
    if limit > max_limit:
        raise ApiError(400, f"Invalid _limit {limit}: the maximum is {max_limit}.")
    if offset < 0:
        raise ApiError(400, f"Invalid _offset {offset}: it must be at least 0.")
    return Paging(limit, offset)


def result_set(page: Paging, count: int, total: int) -> dict[str, Any]:
    """``metadata.result_set`` in the key order UltraCart sends; no ``next_offset`` at the end."""
    more = page.offset + count < total
    out: dict[str, Any] = {"count": count, "offset": page.offset, "limit": page.limit}
    out["more"] = more
    if more:
        out["next_offset"] = page.offset + count
    out["total_records"] = total
    return out


def page_metadata(page: Paging, count: int, total: int, payload_name: str) -> dict[str, Any]:
    """The whole ``metadata`` object of a paged list."""
    return {"result_set": result_set(page, count, total), "payload_name": payload_name}


def paged_reply(
    payload_name: str,
    items: Sequence[Any],
    page: Paging,
    extra: Mapping[str, Any] | None = None,
) -> Reply:
    """A paged list of plain dicts: slice, envelope, metadata."""
    chunk = list(items[page.offset : page.offset + page.limit])
    body: dict[str, Any] = {payload_name: chunk}
    if extra:
        body.update(extra)
    body["success"] = True
    body["metadata"] = page_metadata(page, len(chunk), len(items), payload_name)
    return Reply(200, orjson.dumps(body))


# --- sorting ------------------------------------------------------------------------------------

SortKey = Callable[[Any], Any]


def parse_sort(
    raw: str | None, fields: Callable[[str], SortKey | None]
) -> list[tuple[SortKey, bool]]:
    """Parse ``_sort`` (``+a,-b,c``) into (key, descending) pairs.

    An unencoded ``+`` reaches us as a space (form decoding), which UltraCart answers with 400.
    """
    if raw is None or raw == "":
        return []
    if " " in raw:
        raise ApiError(
            400,
            f"Invalid _sort {raw!r}: it contains a space. URL-encode the + (as %2B) "
            "in front of an ascending field.",
        )
    out: list[tuple[SortKey, bool]] = []
    for item in raw.split(","):
        descending = item.startswith("-")
        name = item[1:] if item[:1] in ("+", "-") else item
        key = fields(name) if name else None
        if key is None:
            raise ApiError(400, f"Invalid _sort field {name!r}.")
        out.append((key, descending))
    return out


def _null_safe(key: SortKey) -> SortKey:
    def wrapped(item: Any) -> Any:
        value = key(item)
        if value is None:
            return (0, 0)
        if isinstance(value, str):
            return (1, value.casefold())
        return (1, value)

    return wrapped


def apply_sort(items: list[Any], spec: Iterable[tuple[SortKey, bool]]) -> list[Any]:
    """Sort ``items`` (already in tiebreaker order) by ``spec``; stable, so ties keep that order."""
    result = items
    for key, descending in reversed(list(spec)):
        # Python's sort is stable: sorting by the last key first yields a lexicographic order,
        # and the incoming order (primary key ascending) breaks the remaining ties.
        # reverse=True keeps ties in their incoming order too (the primary key stays ascending).
        result = sorted(result, key=_null_safe(key), reverse=descending)
    return result


# --- timestamps ---------------------------------------------------------------------------------

_DST_CACHE: dict[int, tuple[int, int]] = {}


def _dst_bounds(year: int) -> tuple[int, int]:
    bounds = _DST_CACHE.get(year)
    if bounds is None:
        # US rule since 2007: from the second Sunday of March 07:00 UTC (02:00 EST)
        # to the first Sunday of November 06:00 UTC (02:00 EDT).
        march_first = datetime(year, 3, 1, tzinfo=UTC)
        second_sunday = 1 + (6 - march_first.weekday()) % 7 + 7
        november_first = datetime(year, 11, 1, tzinfo=UTC)
        first_sunday = 1 + (6 - november_first.weekday()) % 7
        start = datetime(year, 3, second_sunday, 7, tzinfo=UTC)
        end = datetime(year, 11, first_sunday, 6, tzinfo=UTC)
        bounds = (int(start.timestamp()), int(end.timestamp()))
        _DST_CACHE[year] = bounds
    return bounds


_DAY_CACHE: dict[int, tuple[int, int]] = {}
_DATE_CACHE: dict[int, str] = {}


def format_ts(epoch: float) -> str:
    """``2016-04-07T14:07:36-04:00``: seconds precision, US Eastern offset, like UltraCart."""
    seconds = int(epoch)
    # Generating 100k customers formats over a million timestamps: cache per day, not per call.
    utc_day = seconds // 86400
    bounds = _DAY_CACHE.get(utc_day)
    if bounds is None:
        bounds = _dst_bounds(datetime.fromtimestamp(seconds, UTC).year)
        _DAY_CACHE[utc_day] = bounds
    hours = 4 if bounds[0] <= seconds < bounds[1] else 5
    local = seconds - hours * 3600
    local_day, rest = divmod(local, 86400)
    date = _DATE_CACHE.get(local_day)
    if date is None:
        date = f"{datetime.fromtimestamp(local_day * 86400, UTC):%Y-%m-%d}T"
        _DATE_CACHE[local_day] = date
    minutes, secs = divmod(rest, 60)
    return f"{date}{minutes // 60:02d}:{minutes % 60:02d}:{secs:02d}-0{hours}:00"


def parse_ts(raw: str, name: str) -> float:
    """An ISO-8601 timestamp from a client as epoch seconds; 400 when unreadable.

    Without an offset the time is read as UTC.
    """
    text = raw.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise ApiError(400, f"Invalid {name}: {raw!r} is not an ISO-8601 date.") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()


def ts_or_none(value: Any) -> float | None:
    """Epoch seconds of a stored timestamp string, None when absent or unreadable."""
    if not isinstance(value, str):
        return None
    try:
        return parse_ts(value, "timestamp")
    except ApiError:
        return None


def as_amount(value: Any) -> float | None:
    """``value`` as a finite float when it is a JSON number (bools excluded), else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) else None
