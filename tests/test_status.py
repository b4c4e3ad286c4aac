"""The status step, on its own: :mod:`ultracart_async._status` reads a 2xx body and maps any
other status, its headers and its body to the error tree."""

from __future__ import annotations

import orjson
import pytest
from multidict import CIMultiDict, CIMultiDictProxy

from ultracart_async import (
    APIStatusError,
    AuthenticationError,
    NotFoundError,
    RateLimitError,
    ServerError,
)
from ultracart_async._status import decode_success, status_error


def headers(**values: str) -> CIMultiDictProxy[str]:
    return CIMultiDictProxy(CIMultiDict({k.replace("_", "-"): v for k, v in values.items()}))


def error_of(status: int, body: object = None, **header_values: str) -> APIStatusError:
    raw = body if isinstance(body, bytes) else (b"" if body is None else orjson.dumps(body))
    return status_error(
        "GET", "/customer/customers/{oid}", "https://h/rest/v2/customer/customers/1",
        status, "Reason", headers(**header_values), raw,
    )  # fmt: skip


def test_the_developer_message_comes_first_then_the_header_then_the_user_message() -> None:
    envelope = {"error": {"developer_message": "dev", "user_message": "user"}}
    assert "Reason from GET /customer/customers/{oid}: dev" in str(error_of(404, envelope))
    only_user = {"error": {"user_message": "user"}}
    assert str(error_of(404, only_user, UC_REST_ERROR="hdr")).endswith(": hdr")
    assert str(error_of(404, only_user)).endswith(": user")


def test_the_error_class_and_attributes_follow_the_status() -> None:
    error = error_of(401, {"error": {"developer_message": "bad key"}}, X_UltraCart_Request_Id="r1")
    assert isinstance(error, AuthenticationError)
    assert (error.status, error.request_id, error.developer_message) == (401, "r1", "bad key")
    assert str(error).endswith("(request id r1)")
    assert isinstance(error_of(404), NotFoundError)
    assert isinstance(error_of(502), ServerError)
    assert type(error_of(418)) is APIStatusError


def test_a_429_carries_retry_after_and_the_window_it_names() -> None:
    error = error_of(
        429, UC_REST_ERROR="rate of 10000 per 86400 second(s) exceeded.", Retry_After="12"
    )
    assert isinstance(error, RateLimitError)
    assert (error.retry_after, error.window) == (12.0, "10000/86400s")


@pytest.mark.parametrize(
    ("body", "excerpt", "tail"),
    [
        (b"", "", "empty body"),
        (b"null", "", "empty body"),  # JSON, but no error object and nothing to show
        (b"<html><b>Bad gateway</b></html>", "Bad gateway", "Bad gateway"),
        (b'{"success": false}', '{"success": false}', '{"success": false}'),
    ],
)
def test_a_body_without_an_error_object_is_shown_as_an_excerpt(
    body: bytes, excerpt: str, tail: str
) -> None:
    error = error_of(503, body)
    assert error.body_excerpt == excerpt and error.developer_message is None
    assert str(error).endswith(tail)
    assert error.body == body


def test_a_2xx_body_is_decoded_or_its_problem_named() -> None:
    assert decode_success(b'{"a": 1}', 200, True) == ({"a": 1}, None)
    assert decode_success(b"", 204, True) == (None, None)
    assert decode_success(b"  ", 200, False) == (None, None)
    assert decode_success(b"", 200, True) == (None, "an empty body where JSON was expected")
    assert decode_success(b"<html>", 200, True) == (None, "a body that is not JSON")
