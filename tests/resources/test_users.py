"""uc.users against a real local server: every operation, safety, bad input."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from ultracart_async import (
    APIResponseValidationError,
    ConfigurationError,
    UltraCartClient,
)
from ultracart_async.models import Group, User

from .._client import make_client
from ..conftest import ScriptedServer
from ._ops import reply


async def test_get_group_without_a_group_is_an_error(server: ScriptedServer) -> None:
    # The spec declares no body for getGroup; the SDK needs the GroupResponse the API sends.
    server.handler = reply({"success": True})
    async with make_client(server) as uc:
        with pytest.raises(APIResponseValidationError, match="'group'"):
            await uc.users.get_group(8)


async def test_a_list_that_is_not_a_list_is_an_api_error(server: ScriptedServer) -> None:
    server.handler = reply({"users": {"user_id": 5}})
    async with make_client(server) as uc:
        with pytest.raises(APIResponseValidationError, match="'users' that is not a list of User"):
            await uc.users.list()


async def test_empty_lists_come_back_empty(server: ScriptedServer) -> None:
    server.handler = reply({"success": True})
    async with make_client(server) as uc:
        assert await uc.users.list() == []
        assert await uc.users.list_groups() == []
        assert await uc.users.get_logins(5) == []


BAD = [
    (lambda uc: uc.users.get("5"), "user_id must be an int, got str"),
    (lambda uc: uc.users.get(None), "user_id is required"),
    (lambda uc: uc.users.update(5, "jane"), "user must be a User or a dict, got str"),
    (lambda uc: uc.users.insert(Group()), "user must be a User or a dict, got Group"),
    (lambda uc: uc.users.delete(5.0), "user_id must be an int, got float"),
    (lambda uc: uc.users.get_logins(-5), "user_id must not be negative"),
    (lambda uc: uc.users.get_group("8"), "group_oid must be an int"),
    (lambda uc: uc.users.insert_group(User()), "group must be a Group or a dict, got User"),
    (lambda uc: uc.users.update_group(8, None), "group must be a Group or a dict"),
    (lambda uc: uc.users.delete_group(None), "group_oid is required"),
]


@pytest.mark.parametrize(("call", "message"), BAD, ids=[m for _, m in BAD])
async def test_bad_input_is_refused_before_any_request(
    server: ScriptedServer, call: Callable[[UltraCartClient], Any], message: str
) -> None:
    async with make_client(server) as uc:
        with pytest.raises(ConfigurationError, match=message):
            await call(uc)
    assert server.requests == []
