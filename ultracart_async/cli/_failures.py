"""What the CLI says when an export stops: what failed, and what (if anything) to do next.

A permanent failure (401, 403, 404, 410, a request the server refuses with 400, a host
name that does not exist, a certificate that does not verify) says what failed and what to
check; running the command again, or resuming it, would fail the same way. A transient
failure (a 5xx, a timeout, a spent rate budget, a refused connection) says how to go on:
``--resume`` when records were saved, the same command when none were.
"""

from __future__ import annotations

from pathlib import Path

import aiohttp

from .._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
)
from .._retry import dns_failure
from .._text import printable
from ._export import ExportState

__all__ = ["CAUSE_LIMIT", "failure_message", "interrupted_message", "permanent_hint"]

#: The longest piece of outside text (a server's error message) in a CLI message.
CAUSE_LIMIT = 300


def _causes(exc: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain and len(chain) < 20:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def _api_error(exc: BaseException) -> BaseException:
    """The error that stopped the export: a PaginationError's cause, else itself."""
    for cause in _causes(exc):
        if isinstance(cause, APIError):
            return cause
    return exc


def _unknown_host(exc: BaseException) -> bool:
    # The transport's rule for "this name does not exist" (NXDOMAIN, not EAI_AGAIN).
    for cause in _causes(exc):
        os_error = cause.os_error if isinstance(cause, aiohttp.ClientConnectorError) else cause
        if dns_failure(os_error) == "no-such-name":
            return True
    return False


def permanent_hint(exc: BaseException) -> str | None:
    """What to check when ``exc`` would fail the same way again; None when it may pass."""
    error = _api_error(exc)
    if isinstance(error, AuthenticationError):
        return "check the key or token (--simple-key, ULTRACART_SIMPLE_KEY, ULTRACART_OAUTH_TOKEN)"
    if isinstance(error, PermissionDeniedError):
        return "the credential lacks the permission this export needs"
    if isinstance(error, ResponseTooLargeError):
        return (
            f"an answer was larger than the {error.limit:,}-byte response cap, and would be "
            "again: check --base-url"
        )
    if isinstance(error, NotFoundError):
        return "check the resource and its id (--webhook) and --base-url"
    if (
        isinstance(error, APIStatusError)
        and not isinstance(error, RateLimitError)
        and 400 <= error.status < 500
        and error.status != 408
    ):
        return "the server refused the request: check the filters and options"
    if isinstance(error, APIConnectionError):
        if _unknown_host(error):
            return "check --base-url (or ULTRACART_BASE_URL)"
        if any(isinstance(c, aiohttp.ClientSSLError) for c in _causes(error)):
            return "the server's TLS certificate was refused: check --base-url"
    return None


def _saved(state: ExportState) -> str:
    return f"{state.records:,} record{'' if state.records == 1 else 's'}"


def failure_message(exc: BaseException, state: ExportState, *, stream: bool) -> str:
    """One line for an export that stopped on ``exc``.

    ``state`` tells whether a checkpoint stands; ``stream`` that the output was a stream
    (standard output, a FIFO), which cannot be resumed.
    """
    cause = printable(str(_api_error(exc)) or type(exc).__name__, CAUSE_LIMIT)
    hint = permanent_hint(exc)
    if hint is not None:
        kept = ""
        if state.checkpoint is not None:
            kept = f" The {_saved(state)} already exported are kept with {state.checkpoint}."
        return f"the export failed: {cause}. {hint[0].upper()}{hint[1:]}.{kept}"
    if stream:
        return (
            f"the export stopped after {_saved(state)}: {cause}. A stream cannot be resumed; "
            "run the command again"
        )
    if state.checkpoint is not None:
        return (
            f"the export stopped: {cause}. {_saved(state)} saved; run the same command with "
            "--resume to continue"
        )
    return (
        f"the export stopped before any record was saved: {cause}. Run the same command "
        "again to retry"
    )


def interrupted_message(state: ExportState | None, *, stream: bool) -> str:
    """One line after Ctrl-C or SIGTERM."""
    if state is None or stream:
        return "interrupted"
    if state.checkpoint is not None:
        checkpoint: Path = state.checkpoint
        return (
            f"interrupted; {_saved(state)} saved with {checkpoint}: run the same command with "
            "--resume to continue"
        )
    return "interrupted before any record was saved"
