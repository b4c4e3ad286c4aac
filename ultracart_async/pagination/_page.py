"""The page, the operation it comes from, and the point a stopped stream resumes at.

A resource describes one paged operation with a :class:`PageSpec`; :func:`read_page` turns
an answer into a :class:`Page`; :func:`check_resume` checks that a :class:`ResumePoint`, which
lets a stopped stream continue, belongs to the operation at hand.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator, Mapping
from typing import Any, Generic, Protocol, TypeAlias, TypeVar

import attrs
import orjson

from .. import _wire
from .._config import RequestOptions
from .._errors import ConfigurationError
from .._response import APIResponse, invalid_answer, payload

__all__ = [
    "FetchPage",
    "ModelSource",
    "Page",
    "PageSpec",
    "ResumePoint",
    "check_resume",
    "model_of",
    "read_page",
]

T = TypeVar("T")

#: A model class, or a function that returns it. The resources name their pagers' models
#: with a function, so a caller who reads ``page.raw`` only never imports the ~185 model
#: classes (about 0.1 s).
ModelSource: TypeAlias = type[T] | Callable[[], type[T]]


def model_of(source: ModelSource[T]) -> type[T]:
    """The model class ``source`` stands for (calling it if it is a function)."""
    if isinstance(source, type):
        return source
    return source()


@attrs.frozen(kw_only=True)
class PageSpec:
    """One paged operation, as pagination needs it (built by the resource clients).

    Attributes:
        operation: A stable name such as ``"customers.list"`` (recorded in resume points).
        method: The HTTP method.
        path: The path template.
        items_key: The envelope key that holds the page's records (``"customers"``).
        page_size: The ``_limit`` to ask for.
        path_params: Values for the path template.
        params: Query parameters in wire names, without ``_limit``/``_offset``.
        body: The JSON body in wire form (POST searches), or None.
        idempotent: Whether a page request may be repeated after an ambiguous failure.
        options: Per-call options applied to every page request.
        id_field: The wire key that identifies a record, used to drop duplicates and to
            check page overlaps in exports; None when records have no id.
        id_integer: Whether the spec types ``id_field`` as an integer (its ids then compare
            by value: ``42`` and ``"42"`` are one id). None: read it from the model, which
            imports the model's classes even for a caller who reads ``page.raw`` only.
        stable_sort: A ``_sort`` value that pages in a stable order on a unique key, used
            by exports when the caller chose no sort; None when the default order is
            already stable or the endpoint cannot sort.
        since_param: The query parameter that filters on modification time (``_since``),
            for the export's optional follow-up pass; None when the endpoint has none.
    """

    operation: str
    method: str
    path: str
    items_key: str
    page_size: int
    path_params: Mapping[str, object] = attrs.field(factory=dict)
    params: Mapping[str, object] = attrs.field(factory=dict)
    body: Any = None
    idempotent: bool = True
    options: RequestOptions | None = None
    id_field: str | None = None
    id_integer: bool | None = None
    stable_sort: str | None = None
    since_param: str | None = None


class Page(Generic[T]):
    """One page of results.

    Attributes:
        offset: The offset this page was asked for.
        limit: The page size the server reports (``result_set.limit`` when it is a positive
            integer), else the one asked for.
        raw: The records as the API sent them (wire JSON dicts), records already delivered
            dropped (the previous page's in a stream; everything delivered in an export).
        fetched: How many records the page held as received, before that dedupe: the
            paging rule counts these (``fetched - count`` were dropped as repeats).
        bad_values: Values of the wrong type set aside while structuring :attr:`items`.
        total_records: ``result_set.total_records``, when the server knows it.
        more: ``result_set.more``, when sent.
        next_offset: ``result_set.next_offset``, when sent.
        response: The :class:`~ultracart_async.APIResponse` that carried the page.
    """

    __slots__ = (
        "_items",
        "_model",
        "bad_values",
        "fetched",
        "limit",
        "more",
        "next_offset",
        "offset",
        "on_issue",
        "raw",
        "response",
        "total_records",
    )

    def __init__(
        self,
        *,
        model: ModelSource[T],
        offset: int,
        limit: int,
        raw: list[Any],
        fetched: int,
        total_records: int | None,
        more: bool | None,
        next_offset: int | None,
        response: APIResponse | None,
    ) -> None:
        self._model: ModelSource[T] = model
        self._items: list[T] | None = None
        self.bad_values: int = 0
        self.on_issue: Callable[[_wire.FieldIssue], object] | None = None
        self.offset: int = offset
        self.limit: int = limit
        self.raw: list[Any] = raw
        self.fetched: int = fetched
        self.total_records: int | None = total_records
        self.more: bool | None = more
        self.next_offset: int | None = next_offset
        self.response: APIResponse | None = response

    @property
    def items(self) -> list[T]:
        """The records as models (structured on first access, so raw consumers pay nothing).

        A value of the wrong type never fails the page: its field is None, the value is kept
        in the record's ``extra_fields``, the problem is logged and counted in
        :attr:`bad_values` (and in an export's ``stats.bad_values``).
        """
        if self._items is None:
            self._items = _wire.structure_list(self.raw, self._model_class(), on_issue=self._issue)
        return self._items

    def iter_items(self) -> Iterator[T]:
        """The records as models, each built as it is reached (as :attr:`items` builds them).

        For a caller that handles one record at a time and drops it: the records of a page
        are then never all alive at once, which spares memory and the garbage collector.
        Not cached: use :attr:`items` to read the models more than once.
        """
        if self._items is not None:
            return iter(self._items)
        return _wire.structure_each(self.raw, self._model_class(), on_issue=self._issue)

    def _model_class(self) -> type[T]:
        model = model_of(self._model)
        self._model = model
        return model

    def _issue(self, issue: _wire.FieldIssue) -> None:
        self.bad_values += 1
        if self.on_issue is not None:
            self.on_issue(issue)

    @property
    def count(self) -> int:
        """How many records this page holds."""
        return len(self.raw)

    def __len__(self) -> int:
        return len(self.raw)

    def __repr__(self) -> str:
        return (
            f"Page(offset={self.offset}, limit={self.limit}, count={self.count}, "
            f"total_records={self.total_records}, more={self.more})"
        )


class FetchPage(Protocol[T]):
    """Fetches the page at an offset (``Pager.fetch_page``), for the stream and the export."""

    def __call__(
        self,
        offset: int,
        *,
        sort: str | None = None,
        on_read: Callable[[], object] | None = None,
    ) -> Awaitable[Page[T]]:
        """The page at ``offset``, sorted by ``sort`` when given; ``on_read`` is called once
        its body has been read."""
        ...


@attrs.frozen(kw_only=True)
class ResumePoint:
    """Where a stopped stream continues: small, and serialisable as JSON.

    Attributes:
        operation: The operation the point belongs to (``"customers.list"``).
        params: The query filters (wire names), so a resume with other filters is refused.
        path_params: The path parameters.
        body: The search body, if any.
        offset: The offset to fetch next.
        page_size: The page size in use.
        seen_ids: Ids of the last records delivered, so the overlap is deduplicated.
        export: Whether it came from an export (overlap checking) or a plain stream.
        started_at: When the interrupted export began, for its follow-up ``since`` pass.
    """

    operation: str
    params: dict[str, Any]
    path_params: dict[str, Any]
    body: Any
    offset: int
    page_size: int
    seen_ids: tuple[Any, ...] = ()
    export: bool = False
    started_at: str | None = None

    def to_json(self) -> str:
        """The point as a JSON string (for a checkpoint file)."""
        return orjson.dumps(attrs.asdict(self)).decode()

    @classmethod
    def from_json(cls, text: str | bytes) -> ResumePoint:
        """Read a point written by :meth:`to_json`."""
        try:
            data = orjson.loads(text)
            data["seen_ids"] = tuple(data.get("seen_ids", ()))
            return cls(**data)
        except (orjson.JSONDecodeError, TypeError, KeyError, AttributeError) as exc:
            raise ConfigurationError(f"not a resume point: {exc}") from exc


def read_page(spec: PageSpec, model: ModelSource[T], offset: int, response: APIResponse) -> Page[T]:
    """The page that ``response`` (the answer for ``offset``) carries.

    Raises:
        APIResponseValidationError: The records under ``spec.items_key`` are not a list.
    """
    raw = payload(response, spec.items_key)
    if raw is None:
        raw = []
    elif not isinstance(raw, list):
        problem = f"{spec.items_key!r} in the answer is not a list"
        raise invalid_answer(response, problem, raw, about=spec.operation)
    result_set = _result_set(response)
    reported = _int_or_none(result_set.get("limit"))
    more = result_set.get("more")
    return Page(
        model=model,
        offset=offset,
        limit=reported if reported is not None and reported >= 1 else spec.page_size,
        raw=raw,
        fetched=len(raw),
        total_records=_int_or_none(result_set.get("total_records")),
        more=more if isinstance(more, bool) else None,
        next_offset=_int_or_none(result_set.get("next_offset")),
        response=response,
    )


def _result_set(response: APIResponse) -> Mapping[str, Any]:
    data = response.data
    if isinstance(data, dict):
        metadata = data.get("metadata")
        if isinstance(metadata, dict):
            result_set = metadata.get("result_set")
            if isinstance(result_set, dict):
                return result_set
    return {}


def _int_or_none(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def check_resume(spec: PageSpec, point: object) -> ResumePoint:
    """``point``, checked to come from ``spec``'s operation with the same arguments.

    Raises:
        ConfigurationError: ``point`` is no :class:`ResumePoint`, or was made for another
            operation or with other filters, path parameters or body.
    """
    if not isinstance(point, ResumePoint):
        raise ConfigurationError(f"point must be a ResumePoint, got {type(point).__name__}")
    mismatch = [
        name
        for name, mine, theirs in (
            ("operation", spec.operation, point.operation),
            ("filters", _jsonable(spec.params), _jsonable(point.params)),
            ("path parameters", _jsonable(spec.path_params), _jsonable(point.path_params)),
            ("body", _jsonable(spec.body), _jsonable(point.body)),
        )
        if mine != theirs
    ]
    if mismatch:
        raise ConfigurationError(
            f"this resume point was made for {point.operation} with other "
            f"{', '.join(mismatch)}; call the same operation with the same arguments"
        )
    return point


def _jsonable(value: Any) -> Any:
    return orjson.loads(orjson.dumps(value, default=str)) if value is not None else None
