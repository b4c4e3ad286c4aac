"""The User API: the account's users, their logins, and permission groups."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, overload

from .. import models
from .._config import RequestOptions
from ._base import OMITTED, Omitted, Resource, check_id, id_of, target_and_body, to_wire_body

if TYPE_CHECKING:
    from ..models import Group, User, UserLogin

__all__ = ["UsersResource"]

_USER = "/user/users/{user_id}"
_GROUP = "/user/groups/{group_oid}"


def _user_path(user_id: object) -> dict[str, object]:
    return {"user_id": check_id("user_id", user_id)}


class UsersResource(Resource):
    """The User API, as ``uc.users``. Neither users nor groups are paged: each list comes
    in one call.

    Example::

        for user in await uc.users.list():
            print(user.user_id, user.login)
    """

    # ------------------------------------------------------------------ users

    async def list(self, *, options: RequestOptions | None = None) -> builtins.list[User]:
        """Every user of the account.

        Example::

            users = await uc.users.list()
        """
        response = await self._get("/user/users", options=options)
        return self._unwrap_list(response, "users", models.User)

    async def get(self, user_id: int, *, options: RequestOptions | None = None) -> User:
        """Retrieve one user."""
        response = await self._get(_USER, _user_path(user_id), options=options)
        return self._unwrap(response, "user", models.User)

    async def insert(
        self, user: User | Mapping[str, Any], *, options: RequestOptions | None = None
    ) -> User:
        """Create a user; returns it as stored.

        Not retried after an ambiguous failure: the user may exist already.

        Example::

            user = await uc.users.insert(User(login="jane", email="jane@example.com"))
        """
        body = to_wire_body("user", user, models.User)
        response = await self._send(
            "POST", "/user/users", json=body, idempotent=False, options=options
        )
        return self._unwrap(response, "user", models.User)

    @overload
    async def update(
        self, user: User | Mapping[str, Any], /, *, options: RequestOptions | None = None
    ) -> User: ...
    @overload
    async def update(
        self, user_id: int, user: User | Mapping[str, Any], *, options: RequestOptions | None = None
    ) -> User: ...
    async def update(
        self,
        user_id: int | User | Mapping[str, Any],
        user: User | Mapping[str, Any] | Omitted = OMITTED,
        *,
        options: RequestOptions | None = None,
    ) -> User:
        """Replace a user; returns it as stored.

        ``update(user)`` replaces the user named by its own ``user_id``;
        ``update(user_id, user)`` names it explicitly (and also takes a dict).
        """
        uid, body = target_and_body(
            user_id, user, model=models.User, body_name="user", id_name="user_id", id_attr="user_id"
        )
        response = await self._send(
            "PUT", _USER, path_params={"user_id": uid}, json=body, idempotent=True, options=options
        )
        return self._unwrap(response, "user", models.User)

    async def delete(self, user_id: int | User, *, options: RequestOptions | None = None) -> None:
        """Delete a user, given by its ``user_id`` or as the :class:`~ultracart_async.models.User`
        itself."""
        uid = id_of("user_id", user_id, models.User, "user_id")
        await self._delete(_USER, {"user_id": uid}, options=options)

    async def get_logins(
        self, user_id: int, *, options: RequestOptions | None = None
    ) -> builtins.list[UserLogin]:
        """A user's login history."""
        response = await self._get(_USER + "/logins", _user_path(user_id), options=options)
        return self._unwrap_list(response, "logins", models.UserLogin)

    # ------------------------------------------------------------------ groups

    async def list_groups(self, *, options: RequestOptions | None = None) -> builtins.list[Group]:
        """Every permission group of the account."""
        response = await self._get("/user/groups", options=options)
        return self._unwrap_list(response, "groups", models.Group)

    async def get_group(self, group_oid: int, *, options: RequestOptions | None = None) -> Group:
        """Retrieve one group."""
        check_id("group_oid", group_oid)
        response = await self._get(_GROUP, {"group_oid": group_oid}, options=options)
        # The upstream spec declares no response body for getGroup (its generated SDKs
        # return nothing), but the API answers a GroupResponse like insert and update do.
        return self._unwrap(response, "group", models.Group)

    async def insert_group(
        self, group: Group | Mapping[str, Any], *, options: RequestOptions | None = None
    ) -> Group:
        """Create a group; returns it as stored.

        Not retried after an ambiguous failure: the group may exist already.
        """
        body = to_wire_body("group", group, models.Group)
        response = await self._send(
            "POST", "/user/groups", json=body, idempotent=False, options=options
        )
        return self._unwrap(response, "group", models.Group)

    @overload
    async def update_group(
        self, group: Group | Mapping[str, Any], /, *, options: RequestOptions | None = None
    ) -> Group: ...
    @overload
    async def update_group(
        self,
        group_oid: int,
        group: Group | Mapping[str, Any],
        *,
        options: RequestOptions | None = None,
    ) -> Group: ...
    async def update_group(
        self,
        group_oid: int | Group | Mapping[str, Any],
        group: Group | Mapping[str, Any] | Omitted = OMITTED,
        *,
        options: RequestOptions | None = None,
    ) -> Group:
        """Replace a group; returns it as stored.

        ``update_group(group)`` replaces the group named by its own ``group_oid``;
        ``update_group(group_oid, group)`` names it explicitly (and also takes a dict).
        """
        oid, body = target_and_body(
            group_oid,
            group,
            model=models.Group,
            body_name="group",
            id_name="group_oid",
            id_attr="group_oid",
        )
        response = await self._send(
            "PUT",
            _GROUP,
            path_params={"group_oid": oid},
            json=body,
            idempotent=True,
            options=options,
        )
        return self._unwrap(response, "group", models.Group)

    async def delete_group(
        self, group_oid: int | Group, *, options: RequestOptions | None = None
    ) -> None:
        """Delete a group, given by its ``group_oid`` or as the
        :class:`~ultracart_async.models.Group` itself."""
        oid = id_of("group_oid", group_oid, models.Group, "group_oid")
        await self._delete(_GROUP, {"group_oid": oid}, options=options)
