"""The export's value types: its checked settings (:class:`ExportSettings`), the figures it
keeps (:class:`ExportStats`), and what its ``on_page`` hook is told (:class:`ExportProgress`)."""

from __future__ import annotations

from collections.abc import Callable

import attrs

from .._errors import ConfigurationError
from .._ratelimit import Limiter, LimiterState
from ._page import PageSpec

__all__ = ["DEFAULT_OVERLAP", "ExportProgress", "ExportSettings", "ExportStats"]

#: Records by which consecutive export pages overlap unless the caller says otherwise.
DEFAULT_OVERLAP = 5


@attrs.define(kw_only=True)
class ExportStats:
    """What an export did, each figure counted as its line says. Read ``export.stats``
    during or after the export.

    Attributes:
        pages: Page requests that got an answer: the main pass, refetches, pages requested
            ahead and then discarded because the server's pages took another stride, and
            the since pass. Requests that failed or were cancelled before their answer do
            not count.
        items: Records delivered by the main pass (each record once; the since pass is
            counted apart in ``since_pass_items``).
        duplicates_dropped: Records received again and dropped because they had been
            delivered already: the planned overlap (up to ``overlap`` records on each page
            after the first), rows that shifted towards later offsets while the export ran,
            repeats a server's ``next_offset`` asked for, and the already delivered part of
            refetched pages. For every delivered page, ``page.fetched - page.count`` of its
            records were dropped this way.
        refetches: Requests sent again at an earlier offset because a page shared nothing
            with what was delivered before it (rows shifted past the overlap).
        total_at_start: ``total_records`` of the first page, or None when it sent none.
        total_at_end: ``total_records`` of the latest answered page that sent one.
        retries: Extra attempts the transport made for the answered page requests (429s
            included).
        throttled: 429 answers met by the answered page requests.
        since_pass_items: Records delivered by the follow-up ``since`` pass.
        bad_values: Values of the wrong type set aside while records were structured into
            models (their records still delivered). Counted when ``page.items`` (or the
            export's item iterator) structures a page; raw consumers of ``page.raw`` count 0.
        elapsed: Seconds from the start of the iteration to the latest page, or to the end.
    """

    pages: int = 0
    items: int = 0
    duplicates_dropped: int = 0
    refetches: int = 0
    total_at_start: int | None = None
    total_at_end: int | None = None
    retries: int = 0
    throttled: int = 0
    since_pass_items: int = 0
    bad_values: int = 0
    elapsed: float = 0.0


@attrs.frozen(kw_only=True)
class ExportProgress:
    """Handed to an export's ``on_page`` hook after each page of the main pass is delivered.

    Attributes:
        items: Records delivered so far.
        total: ``total_records`` of the latest page that sent one (``None`` when unknown).
        pages: Page requests answered so far (as :attr:`ExportStats.pages`).
        limiter: The rate limiter's state (waiters, tokens, in flight, 429s).
        stats: The running :class:`ExportStats`.
    """

    items: int
    total: int | None
    pages: int
    limiter: LimiterState
    stats: ExportStats


@attrs.frozen(kw_only=True)
class ExportSettings:
    """An export's settings, checked (the arguments of ``Pager.export``)."""

    concurrency: int
    ordered: bool
    overlap: int
    on_page: Callable[[ExportProgress], object] | None
    since_pass: bool

    @classmethod
    def checked(
        cls,
        spec: PageSpec,
        limiter: Limiter,
        *,
        concurrency: int | None,
        ordered: bool,
        overlap: int | None,
        on_page: Callable[[ExportProgress], object] | None,
        since_pass: bool,
    ) -> ExportSettings:
        """The settings, each argument checked, the defaults filled in.

        Raises:
            ConfigurationError: An argument is out of range.
        """
        concurrency = _export_concurrency(limiter, concurrency)
        if overlap is None:
            overlap = min(DEFAULT_OVERLAP, (spec.page_size - 1) // 2)
        if isinstance(overlap, bool) or not isinstance(overlap, int) or overlap < 0:
            raise ConfigurationError(f"overlap must be a non-negative integer, got {overlap!r}")
        if overlap >= spec.page_size:
            raise ConfigurationError(
                f"overlap ({overlap}) must be smaller than the page size ({spec.page_size})"
            )
        if overlap and spec.id_field is None:
            overlap = 0  # records without ids cannot be matched across pages
        if since_pass and spec.since_param is None:
            raise ConfigurationError(f"{spec.operation} has no since filter for since_pass")
        return cls(
            concurrency=concurrency,
            ordered=ordered,
            overlap=overlap,
            on_page=on_page,
            since_pass=since_pass,
        )


def _configured_in_flight(limiter: Limiter) -> int:
    """The in-flight cap the limiter was configured with (not one lowered after 429s).

    A limiter that exposes a ``max_in_flight`` integer attribute is read there; otherwise
    (the :class:`~ultracart_async.Limiter` protocol) from ``state().max_in_flight``, which the
    protocol documents as the configured cap (``in_flight_cap`` is the one in force).
    """
    value = getattr(limiter, "max_in_flight", None)
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    return limiter.state().max_in_flight


def _export_concurrency(limiter: Limiter, concurrency: int | None) -> int:
    """``concurrency`` checked against the limiter's configured in-flight cap (its default)."""
    cap = _configured_in_flight(limiter)
    if concurrency is None:
        return cap
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ConfigurationError(f"concurrency must be a positive integer, got {concurrency!r}")
    if concurrency > cap:
        # Every request waits for the limiter: a higher concurrency would silently run at the
        # cap. The CLI refuses --concurrency above --max-in-flight likewise.
        raise ConfigurationError(
            f"concurrency {concurrency} is above the limiter's max_in_flight {cap}: every "
            f"request waits for the limiter, so the export would run {cap} at a time. "
            "UltraCart allows one request in flight unless it raised your limits; if it "
            f"did, raise max_in_flight too (TokenBucketLimiter(..., max_in_flight="
            f"{concurrency}))"
        )
    return concurrency
