"""uc.users against a real local server: what the operation tables of ``test_operations.py``
do not show (missing and malformed answers)."""

from __future__ import annotations

import pytest

from ultracart_async import APIResponseValidationError

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
