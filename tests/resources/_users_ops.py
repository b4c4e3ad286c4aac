"""The users operations of the table-driven tests: call, request, answer, result; the bad
input each refuses."""

from __future__ import annotations

from ultracart_async.models import Group, User, UserLogin

from ._ops import Bad, Op

U = "/rest/v2/user"
USER_JSON = {"user_id": 5, "login": "jane", "email": "jane@example.com"}
USER = User(user_id=5, login="jane", email="jane@example.com")
GROUP_JSON = {"group_oid": 8, "name": "Support"}
GROUP = Group(group_oid=8, name="Support")

OPS = [
    Op(
        "getUsers",
        call=lambda uc, o: uc.users.list(options=o),
        method="GET",
        path=U + "/users",
        answer={"users": [USER_JSON], "success": True},
        expected=[USER],
        idempotent=True,
    ),
    Op(
        "getUser",
        call=lambda uc, o: uc.users.get(5, options=o),
        method="GET",
        path=U + "/users/5",
        answer={"user": USER_JSON, "success": True},
        expected=USER,
        idempotent=True,
    ),
    Op(
        "insertUser",
        call=lambda uc, o: uc.users.insert(User(login="jane", email="jane@example.com"), options=o),
        method="POST",
        path=U + "/users",
        body={"login": "jane", "email": "jane@example.com"},
        answer={"user": USER_JSON, "success": True},
        expected=USER,
        idempotent=False,
    ),
    Op(
        "updateUser",
        call=lambda uc, o: uc.users.update(5, {"full_name": "Jane Doe"}, options=o),
        method="PUT",
        path=U + "/users/5",
        body={"full_name": "Jane Doe"},
        answer={"user": USER_JSON, "success": True},
        expected=USER,
        idempotent=True,
    ),
    Op(
        "deleteUser",
        call=lambda uc, o: uc.users.delete(5, options=o),
        method="DELETE",
        path=U + "/users/5",
        idempotent=True,
    ),
    Op(
        "getUserLogins",
        call=lambda uc, o: uc.users.get_logins(5, options=o),
        method="GET",
        path=U + "/users/5/logins",
        answer={"logins": [{"login": "jane", "ip_address": "192.0.2.1"}], "success": True},
        expected=[UserLogin(login="jane", ip_address="192.0.2.1")],
        idempotent=True,
    ),
    Op(
        "getGroups",
        call=lambda uc, o: uc.users.list_groups(options=o),
        method="GET",
        path=U + "/groups",
        answer={"groups": [GROUP_JSON], "success": True},
        expected=[GROUP],
        idempotent=True,
    ),
    Op(
        "getGroup",
        call=lambda uc, o: uc.users.get_group(8, options=o),
        method="GET",
        path=U + "/groups/8",
        answer={"group": GROUP_JSON, "success": True},
        expected=GROUP,
        idempotent=True,
    ),
    Op(
        "insertGroup",
        call=lambda uc, o: uc.users.insert_group(Group(name="Support"), options=o),
        method="POST",
        path=U + "/groups",
        body={"name": "Support"},
        answer={"group": GROUP_JSON, "success": True},
        expected=GROUP,
        idempotent=False,
    ),
    Op(
        "updateGroup",
        call=lambda uc, o: uc.users.update_group(8, {"name": "Support"}, options=o),
        method="PUT",
        path=U + "/groups/8",
        body={"name": "Support"},
        answer={"group": GROUP_JSON, "success": True},
        expected=GROUP,
        idempotent=True,
    ),
    Op(
        "deleteGroup",
        call=lambda uc, o: uc.users.delete_group(8, options=o),
        method="DELETE",
        path=U + "/groups/8",
        idempotent=True,
    ),
]


BAD: list[Bad] = [
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
