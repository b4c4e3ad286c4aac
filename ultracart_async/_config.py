"""Settings: timeouts, the retry policy and per-call options (frozen attrs classes)."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

import attrs

from ._errors import ConfigurationError

__all__ = ["RequestOptions", "RetryPolicy", "Timeouts"]

DEFAULT_BASE_URL = "https://secure.ultracart.com/rest/v2"
API_VERSION = "2017-03-01"

#: The default cap on one response body, after decompression: 32 MiB. A page of 200 fully
#: expanded customers is under 1 MB, so only a broken or hostile server reaches it.
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024

#: The environment variables the client and the CLI read, in one place.
ENV_SIMPLE_KEY = "ULTRACART_SIMPLE_KEY"
ENV_OAUTH_TOKEN = "ULTRACART_OAUTH_TOKEN"
ENV_BASE_URL = "ULTRACART_BASE_URL"


def env_settings(
    environ: Mapping[str, str] | None = None,
) -> tuple[str | None, str | None, str | None]:
    """``(simple_key, oauth_token, base_url)`` from the environment; empty values read as unset.

    The client and the CLI both call this, so that they can never read different variables.
    """
    env = os.environ if environ is None else environ
    return (
        env.get(ENV_SIMPLE_KEY) or None,
        env.get(ENV_OAUTH_TOKEN) or None,
        env.get(ENV_BASE_URL) or None,
    )


def insecure_base_url(url: str) -> str | None:
    """A warning for a base URL that is neither https nor loopback, else ``None``.

    Plain http to another machine sends the API key in clear text; http to 127.0.0.1,
    ``localhost`` or ``[::1]`` (the sandbox, a local proxy) is fine.
    """
    parts = urlsplit(url)
    if parts.scheme == "https":
        return None
    if "@" in parts.netloc:
        # The text is logged: a password in the URL's userinfo must not be.
        url = parts._replace(netloc="<redacted>@" + parts.netloc.rpartition("@")[2]).geturl()
    host = (parts.hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return None
    try:
        if ipaddress.ip_address(host).is_loopback:
            return None
    except ValueError:
        pass
    return (
        f"base URL {url!r} is neither https nor loopback: "
        "the API credential would cross the network unencrypted"
    )


_Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _positive_or_none(name: str) -> _Validator:
    def check(_instance: Any, _attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
            raise ConfigurationError(f"{name} must be a positive number of seconds, got {value!r}")

    return check


def check_max_response_bytes(value: object) -> int:
    """``value`` if it is a usable ``max_response_bytes``, else a ConfigurationError."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigurationError(
            f"max_response_bytes must be a positive integer (bytes), got {value!r}"
        )
    return value


def _bool(name: str) -> _Validator:
    def check(_instance: Any, _attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, bool):
            raise ConfigurationError(f"{name} must be True or False, got {value!r}")

    return check


def _positive_int(name: str) -> _Validator:
    def check(_instance: Any, _attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ConfigurationError(f"{name} must be a positive integer, got {value!r}")

    return check


@attrs.frozen(kw_only=True)
class Timeouts:
    """How long to wait.

    Attributes:
        connect: Seconds to establish a connection (per attempt).
        read: Seconds for one attempt from sending the request to the end of the body.
        total: Seconds for the whole call: every attempt, every backoff and every wait for
            the rate limiter. ``None`` means no overall deadline.
        first_contact: Seconds, from a call's first attempt, for failures to connect while
            the client has not yet had a single answer from the API host. A wrong port, a
            host that is down or a firewall that drops packets is then reported within
            this time instead of after every retry, and a host name that does not exist
            (NXDOMAIN) is not retried at all. Once the host has answered, failures to
            connect get the patient policy (``connect`` per attempt, the retry policy's
            attempts and backoff), so a blip in the middle of an hour-long export does not
            end it; a temporary DNS failure (``EAI_AGAIN``) always does. ``None`` turns the
            short budget off.

    The defaults suit bulk exports under UltraCart's default limits, where a call may wait
    several seconds for the limiter: 10 s to connect, 60 s per attempt, 10 minutes in all,
    and 5 s to reach a host that has never answered.

    Example::

        UltraCartClient(timeouts=Timeouts(read=30, total=120, first_contact=2))
    """

    connect: float | None = attrs.field(default=10.0, validator=_positive_or_none("connect"))
    read: float | None = attrs.field(default=60.0, validator=_positive_or_none("read"))
    total: float | None = attrs.field(default=600.0, validator=_positive_or_none("total"))
    first_contact: float | None = attrs.field(
        default=5.0, validator=_positive_or_none("first_contact")
    )


@attrs.frozen(kw_only=True)
class RetryPolicy:
    """Which failures are retried, how often and how far apart.

    A 429 and a failure to connect are retried on every operation (the server did not
    process the request). Timeouts, connection resets, truncated bodies and 5xx answers are
    retried only on operations that are safe to repeat (reads, updates, deletes and
    read-only POSTs), or when the caller opts in for one call with
    ``RequestOptions(retry_unsafe=True)``: UltraCart has no idempotency keys, so an insert
    that may have reached the server is never sent twice behind the caller's back.

    Waits use exponential backoff with full jitter: a random time between 0 and
    ``min(max_backoff, initial_backoff * 2 ** (attempt - 1))``. A ``Retry-After`` header
    (seconds or an HTTP date) takes precedence, capped at ``max_backoff``.

    Attributes:
        max_attempts: Attempts in all, the first included. The default, 8, lets a
            100-page export ride out 5 % transient faults with a wide margin.
        initial_backoff: The first backoff ceiling, in seconds.
        max_backoff: The cap on any single wait between attempts, in seconds.
    """

    max_attempts: int = attrs.field(default=8, validator=_positive_int("max_attempts"))
    initial_backoff: float = attrs.field(
        default=0.5,
        validator=_positive_or_none("initial_backoff"),
    )
    max_backoff: float = attrs.field(default=30.0, validator=_positive_or_none("max_backoff"))


@attrs.frozen(kw_only=True)
class RequestOptions:
    """Per-call options, accepted by every operation as ``options=``.

    Any attribute left as ``None`` falls back to the client's setting.

    Example::

        await uc.customers.insert(customer, options=RequestOptions(retry_unsafe=True))
        await uc.customers.get(42, options=RequestOptions(timeout=5, max_attempts=2))

    Attributes:
        timeout: Seconds for one attempt (the client's ``Timeouts.read``).
        deadline: Seconds for the whole call across attempts (the client's ``Timeouts.total``).
        max_attempts: Attempts in all (the client's ``RetryPolicy.max_attempts``).
        retry_unsafe: Retry this call on timeouts, resets and 5xx even though the
            operation is not safe to repeat (an insert, a merge, ...). Off by default.
    """

    timeout: float | None = attrs.field(default=None, validator=_positive_or_none("timeout"))
    deadline: float | None = attrs.field(default=None, validator=_positive_or_none("deadline"))
    max_attempts: int | None = attrs.field(
        default=None,
        validator=_positive_int("max_attempts"),
    )
    retry_unsafe: bool = attrs.field(default=False, validator=_bool("retry_unsafe"))
