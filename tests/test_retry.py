"""The retry step, on its own: :func:`ultracart_async._retry.retry_delay` decides whether a
failed attempt is tried again and after how long, from the failure, the attempt count, the
call's deadline and the first-contact budget."""

from __future__ import annotations

import logging
import random
from typing import Any

import pytest

from ultracart_async import APIConnectionError, RateLimitError, RetryPolicy, ServerError
from ultracart_async._retry import Failure, backoff_delay, parse_retry_after, retry_delay

POLICY = RetryPolicy(max_attempts=5, initial_backoff=0.5, max_backoff=30.0)


def server_error() -> ServerError:
    return ServerError("503", method="GET", url="u", status=503, headers={})


def decide(failure: Failure, **kwargs: Any) -> float | None:
    settings: dict[str, Any] = {
        "attempt": 1,
        "max_attempts": 5,
        "now": 100.0,
        "deadline": None,
        "first_contact_left": None,
        "what": "GET /customer/customers",
        "host": "api.example.test",
    }
    settings.update(kwargs)
    return retry_delay(POLICY, failure, **settings)


def test_a_failure_that_may_not_be_retried_is_raised_at_once() -> None:
    assert decide(Failure(server_error(), retryable=False)) is None


def test_the_last_attempt_is_not_retried() -> None:
    assert decide(Failure(server_error(), True), attempt=4) is not None
    assert decide(Failure(server_error(), True), attempt=5) is None


def test_retry_after_wins_capped_at_max_backoff() -> None:
    assert decide(Failure(server_error(), True, retry_after=7.0)) == 7.0
    assert decide(Failure(server_error(), True, retry_after=1e9)) == 30.0


def test_a_429_without_retry_after_leaves_the_wait_to_the_limiter() -> None:
    error = RateLimitError("429", method="GET", url="u", status=429, headers={})
    assert decide(Failure(error, True)) == 0.0
    assert decide(Failure(error, True, retry_after=3.0)) == 3.0


def test_a_wait_past_the_deadline_ends_the_call(caplog: pytest.LogCaptureFixture) -> None:
    failure = Failure(server_error(), True, retry_after=5.0)
    assert decide(failure, deadline=105.0) == 5.0
    with caplog.at_level(logging.DEBUG, logger="ultracart_async"):
        assert decide(failure, deadline=104.9, attempt=2) is None
    assert "GET /customer/customers: deadline reached after 2 attempts" in caplog.text


def test_the_first_contact_budget_ends_only_an_unreached_failure(
    caplog: pytest.LogCaptureFixture,
) -> None:
    error = APIConnectionError("refused", method="GET", url="u")
    assert decide(Failure(error, True, retry_after=1.0), first_contact_left=0.5) == 1.0
    with caplog.at_level(logging.DEBUG, logger="ultracart_async"):
        unreached = Failure(error, True, retry_after=1.0, unreached=True)
        assert decide(unreached, first_contact_left=0.5) is None
        assert decide(unreached, first_contact_left=None) == 1.0
    assert "no answer from api.example.test within Timeouts.first_contact" in caplog.text


def test_backoff_is_full_jitter_below_a_doubling_ceiling() -> None:
    rng = random.Random(7)
    for attempt, ceiling in ((1, 0.5), (2, 1.0), (3, 2.0), (10, 30.0)):
        delays = [backoff_delay(POLICY, attempt, rng=rng) for _ in range(200)]
        assert all(0 <= d <= ceiling for d in delays)
        assert max(delays) > ceiling / 2


def test_retry_after_reads_seconds_and_dates_and_ignores_the_rest() -> None:
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after(" 2.5 ") == 2.5
    assert parse_retry_after(None) is None
    assert parse_retry_after("-1") is None
    assert parse_retry_after("nan") is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past
