# Generated from tools/ultracart-openapi.json by tools/generate_models.py: do not edit.
# Regenerate with `python tools/generate_models.py`.
"""Wire functions of the models in ``user.py``, one pair per model.

``structure_<model>(data)`` builds a model from decoded JSON on the fast path: it raises
:class:`~ultracart_async._wire.NotFast` at the first value that does not fit, and
``ultracart_async._wire`` then redoes that record field by field. ``unstructure_<model>(model)``
gives the wire JSON. The rules are ``ultracart_async._wire``'s (read its docstring); this module
is loaded on the first use of one of these models.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from ultracart_async._wire import (
    NotFast,
    from_iso,
    merge_extra_fields,
    new_object,
    timestamp_out,
    unknown_keys,
    unstructure,
)

from .user import (
    Group,
    GroupResponse,
    GroupsResponse,
    GroupUserMembership,
    LinkedAccount,
    Notification,
    Permission,
    User,
    UserGroupMembership,
    UserLogin,
    UserLoginsResponse,
    UserResponse,
    UsersResponse,
)

_KNOWN_GROUP: Final = frozenset({"group_oid", "name", "notifications", "permissions", "users"})

_KNOWN_GROUP_RESPONSE: Final = frozenset({"error", "group", "metadata", "success", "warning"})

_KNOWN_GROUP_USER_MEMBERSHIP: Final = frozenset({"email", "fullName", "login", "member", "user_id"})

_KNOWN_GROUPS_RESPONSE: Final = frozenset({"error", "groups", "metadata", "success", "warning"})

_KNOWN_LINKED_ACCOUNT: Final = frozenset({"company", "merchant_id", "selected"})

_KNOWN_NOTIFICATION: Final = frozenset(
    {
        "can_filter_by_distribution_centers",
        "can_include_affiliate",
        "can_include_order",
        "can_include_order_plain_text",
        "distribution_center_filters",
        "include_affiliate",
        "include_order",
        "include_order_plain_text",
        "name",
        "notification_group",
        "selected",
    }
)

_KNOWN_PERMISSION: Final = frozenset({"permission_Name", "permission_group", "selected"})

_KNOWN_USER: Final = frozenset(
    {
        "api_ip_address_masks",
        "change_ftp_password_to",
        "change_password_to",
        "email",
        "full_name",
        "groups",
        "linked_accounts",
        "login",
        "login_histories",
        "notifications",
        "otp_serial_number",
        "permissions",
        "phone",
        "user_id",
    }
)

_KNOWN_USER_GROUP_MEMBERSHIP: Final = frozenset({"group_oid", "member", "name"})

_KNOWN_USER_LOGIN: Final = frozenset({"ip_address", "login", "login_dts", "user_agent"})

_KNOWN_USER_LOGINS_RESPONSE: Final = frozenset(
    {
        "error",
        "logins",
        "metadata",
        "success",
        "warning",
    }
)

_KNOWN_USER_RESPONSE: Final = frozenset({"error", "metadata", "success", "user", "warning"})

_KNOWN_USERS_RESPONSE: Final = frozenset({"error", "metadata", "success", "users", "warning"})


def structure_group(o: Any) -> Group:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: Group = new_object(Group)
    g = o.get
    r: list[Any]
    n = 0
    v = g("group_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.group_oid = v
    v = g("name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.name = v
    v = g("notifications")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_notification(x))
        v = r
    self.notifications = v
    v = g("permissions")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_permission(x))
        v = r
    self.permissions = v
    v = g("users")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_group_user_membership(x))
        v = r
    self.users = v
    if len(o) + n == 5 or _KNOWN_GROUP.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_GROUP)
    self._wire_timestamps = None
    return self


def unstructure_group(obj: Group) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.group_oid
    if v is not None:
        out["group_oid"] = v
    v = obj.name
    if v is not None:
        out["name"] = v
    v = obj.notifications
    if v is not None:
        out["notifications"] = [unstructure(x) for x in v]
    v = obj.permissions
    if v is not None:
        out["permissions"] = [unstructure(x) for x in v]
    v = obj.users
    if v is not None:
        out["users"] = [unstructure(x) for x in v]
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_group_response(o: Any) -> GroupResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: GroupResponse = new_object(GroupResponse)
    g = o.get
    n = 0
    v = g("error")
    if v is None:
        n += 1
    else:
        v = structure_error(v)
    self.error = v
    v = g("group")
    if v is None:
        n += 1
    else:
        v = structure_group(v)
    self.group = v
    v = g("metadata")
    if v is None:
        n += 1
    else:
        v = structure_response_metadata(v)
    self.metadata = v
    v = g("success")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.success = v
    v = g("warning")
    if v is None:
        n += 1
    else:
        v = structure_response_warning(v)
    self.warning = v
    if len(o) + n == 5 or _KNOWN_GROUP_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_GROUP_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_group_response(obj: GroupResponse) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.error
    if v is not None:
        out["error"] = unstructure(v)
    v = obj.group
    if v is not None:
        out["group"] = unstructure(v)
    v = obj.metadata
    if v is not None:
        out["metadata"] = unstructure(v)
    v = obj.success
    if v is not None:
        out["success"] = v
    v = obj.warning
    if v is not None:
        out["warning"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_group_user_membership(o: Any) -> GroupUserMembership:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: GroupUserMembership = new_object(GroupUserMembership)
    g = o.get
    n = 0
    v = g("email")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.email = v
    v = g("fullName")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.fullName = v
    v = g("login")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.login = v
    v = g("member")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.member = v
    v = g("user_id")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.user_id = v
    if len(o) + n == 5 or _KNOWN_GROUP_USER_MEMBERSHIP.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_GROUP_USER_MEMBERSHIP)
    self._wire_timestamps = None
    return self


def unstructure_group_user_membership(obj: GroupUserMembership) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.email
    if v is not None:
        out["email"] = v
    v = obj.fullName
    if v is not None:
        out["fullName"] = v
    v = obj.login
    if v is not None:
        out["login"] = v
    v = obj.member
    if v is not None:
        out["member"] = v
    v = obj.user_id
    if v is not None:
        out["user_id"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_groups_response(o: Any) -> GroupsResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: GroupsResponse = new_object(GroupsResponse)
    g = o.get
    r: list[Any]
    n = 0
    v = g("error")
    if v is None:
        n += 1
    else:
        v = structure_error(v)
    self.error = v
    v = g("groups")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_group(x))
        v = r
    self.groups = v
    v = g("metadata")
    if v is None:
        n += 1
    else:
        v = structure_response_metadata(v)
    self.metadata = v
    v = g("success")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.success = v
    v = g("warning")
    if v is None:
        n += 1
    else:
        v = structure_response_warning(v)
    self.warning = v
    if len(o) + n == 5 or _KNOWN_GROUPS_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_GROUPS_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_groups_response(obj: GroupsResponse) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.error
    if v is not None:
        out["error"] = unstructure(v)
    v = obj.groups
    if v is not None:
        out["groups"] = [unstructure(x) for x in v]
    v = obj.metadata
    if v is not None:
        out["metadata"] = unstructure(v)
    v = obj.success
    if v is not None:
        out["success"] = v
    v = obj.warning
    if v is not None:
        out["warning"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_linked_account(o: Any) -> LinkedAccount:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: LinkedAccount = new_object(LinkedAccount)
    g = o.get
    n = 0
    v = g("company")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.company = v
    v = g("merchant_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.merchant_id = v
    v = g("selected")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.selected = v
    if len(o) + n == 3 or _KNOWN_LINKED_ACCOUNT.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_LINKED_ACCOUNT)
    self._wire_timestamps = None
    return self


def unstructure_linked_account(obj: LinkedAccount) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.company
    if v is not None:
        out["company"] = v
    v = obj.merchant_id
    if v is not None:
        out["merchant_id"] = v
    v = obj.selected
    if v is not None:
        out["selected"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_notification(o: Any) -> Notification:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: Notification = new_object(Notification)
    g = o.get
    n = 0
    v = g("can_filter_by_distribution_centers")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.can_filter_by_distribution_centers = v
    v = g("can_include_affiliate")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.can_include_affiliate = v
    v = g("can_include_order")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.can_include_order = v
    v = g("can_include_order_plain_text")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.can_include_order_plain_text = v
    v = g("distribution_center_filters")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        for x in v:
            if x.__class__ is not str:
                raise NotFast
        v = v.copy()
    self.distribution_center_filters = v
    v = g("include_affiliate")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.include_affiliate = v
    v = g("include_order")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.include_order = v
    v = g("include_order_plain_text")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.include_order_plain_text = v
    v = g("name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.name = v
    v = g("notification_group")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.notification_group = v
    v = g("selected")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.selected = v
    if len(o) + n == 11 or _KNOWN_NOTIFICATION.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_NOTIFICATION)
    self._wire_timestamps = None
    return self


def unstructure_notification(obj: Notification) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.can_filter_by_distribution_centers
    if v is not None:
        out["can_filter_by_distribution_centers"] = v
    v = obj.can_include_affiliate
    if v is not None:
        out["can_include_affiliate"] = v
    v = obj.can_include_order
    if v is not None:
        out["can_include_order"] = v
    v = obj.can_include_order_plain_text
    if v is not None:
        out["can_include_order_plain_text"] = v
    v = obj.distribution_center_filters
    if v is not None:
        out["distribution_center_filters"] = list(v)
    v = obj.include_affiliate
    if v is not None:
        out["include_affiliate"] = v
    v = obj.include_order
    if v is not None:
        out["include_order"] = v
    v = obj.include_order_plain_text
    if v is not None:
        out["include_order_plain_text"] = v
    v = obj.name
    if v is not None:
        out["name"] = v
    v = obj.notification_group
    if v is not None:
        out["notification_group"] = v
    v = obj.selected
    if v is not None:
        out["selected"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_permission(o: Any) -> Permission:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: Permission = new_object(Permission)
    g = o.get
    n = 0
    v = g("permission_Name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.permission_Name = v
    v = g("permission_group")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.permission_group = v
    v = g("selected")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.selected = v
    if len(o) + n == 3 or _KNOWN_PERMISSION.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_PERMISSION)
    self._wire_timestamps = None
    return self


def unstructure_permission(obj: Permission) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.permission_Name
    if v is not None:
        out["permission_Name"] = v
    v = obj.permission_group
    if v is not None:
        out["permission_group"] = v
    v = obj.selected
    if v is not None:
        out["selected"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_user(o: Any) -> User:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: User = new_object(User)
    g = o.get
    r: list[Any]
    n = 0
    v = g("api_ip_address_masks")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        for x in v:
            if x.__class__ is not str:
                raise NotFast
        v = v.copy()
    self.api_ip_address_masks = v
    v = g("change_ftp_password_to")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.change_ftp_password_to = v
    v = g("change_password_to")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.change_password_to = v
    v = g("email")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.email = v
    v = g("full_name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.full_name = v
    v = g("groups")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_user_group_membership(x))
        v = r
    self.groups = v
    v = g("linked_accounts")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_linked_account(x))
        v = r
    self.linked_accounts = v
    v = g("login")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.login = v
    v = g("login_histories")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_user_login(x))
        v = r
    self.login_histories = v
    v = g("notifications")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_notification(x))
        v = r
    self.notifications = v
    v = g("otp_serial_number")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.otp_serial_number = v
    v = g("permissions")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_permission(x))
        v = r
    self.permissions = v
    v = g("phone")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.phone = v
    v = g("user_id")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.user_id = v
    if len(o) + n == 14 or _KNOWN_USER.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_USER)
    self._wire_timestamps = None
    return self


def unstructure_user(obj: User) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.api_ip_address_masks
    if v is not None:
        out["api_ip_address_masks"] = list(v)
    v = obj.change_ftp_password_to
    if v is not None:
        out["change_ftp_password_to"] = v
    v = obj.change_password_to
    if v is not None:
        out["change_password_to"] = v
    v = obj.email
    if v is not None:
        out["email"] = v
    v = obj.full_name
    if v is not None:
        out["full_name"] = v
    v = obj.groups
    if v is not None:
        out["groups"] = [unstructure(x) for x in v]
    v = obj.linked_accounts
    if v is not None:
        out["linked_accounts"] = [unstructure(x) for x in v]
    v = obj.login
    if v is not None:
        out["login"] = v
    v = obj.login_histories
    if v is not None:
        out["login_histories"] = [unstructure(x) for x in v]
    v = obj.notifications
    if v is not None:
        out["notifications"] = [unstructure(x) for x in v]
    v = obj.otp_serial_number
    if v is not None:
        out["otp_serial_number"] = v
    v = obj.permissions
    if v is not None:
        out["permissions"] = [unstructure(x) for x in v]
    v = obj.phone
    if v is not None:
        out["phone"] = v
    v = obj.user_id
    if v is not None:
        out["user_id"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_user_group_membership(o: Any) -> UserGroupMembership:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: UserGroupMembership = new_object(UserGroupMembership)
    g = o.get
    n = 0
    v = g("group_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.group_oid = v
    v = g("member")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.member = v
    v = g("name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.name = v
    if len(o) + n == 3 or _KNOWN_USER_GROUP_MEMBERSHIP.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_USER_GROUP_MEMBERSHIP)
    self._wire_timestamps = None
    return self


def unstructure_user_group_membership(obj: UserGroupMembership) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.group_oid
    if v is not None:
        out["group_oid"] = v
    v = obj.member
    if v is not None:
        out["member"] = v
    v = obj.name
    if v is not None:
        out["name"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_user_login(o: Any) -> UserLogin:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: UserLogin = new_object(UserLogin)
    g = o.get
    ts: dict[str, str] | None = None
    n = 0
    v = g("ip_address")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.ip_address = v
    v = g("login")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.login = v
    v = g("login_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["login_dts"] = v
        v = p
    self.login_dts = v
    v = g("user_agent")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.user_agent = v
    if len(o) + n == 4 or _KNOWN_USER_LOGIN.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_USER_LOGIN)
    self._wire_timestamps = ts
    return self


def unstructure_user_login(obj: UserLogin) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.ip_address
    if v is not None:
        out["ip_address"] = v
    v = obj.login
    if v is not None:
        out["login"] = v
    v = obj.login_dts
    if v is not None:
        out["login_dts"] = timestamp_out(stamps, "login_dts", v)
    v = obj.user_agent
    if v is not None:
        out["user_agent"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_user_logins_response(o: Any) -> UserLoginsResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: UserLoginsResponse = new_object(UserLoginsResponse)
    g = o.get
    r: list[Any]
    n = 0
    v = g("error")
    if v is None:
        n += 1
    else:
        v = structure_error(v)
    self.error = v
    v = g("logins")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_user_login(x))
        v = r
    self.logins = v
    v = g("metadata")
    if v is None:
        n += 1
    else:
        v = structure_response_metadata(v)
    self.metadata = v
    v = g("success")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.success = v
    v = g("warning")
    if v is None:
        n += 1
    else:
        v = structure_response_warning(v)
    self.warning = v
    if len(o) + n == 5 or _KNOWN_USER_LOGINS_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_USER_LOGINS_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_user_logins_response(obj: UserLoginsResponse) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.error
    if v is not None:
        out["error"] = unstructure(v)
    v = obj.logins
    if v is not None:
        out["logins"] = [unstructure(x) for x in v]
    v = obj.metadata
    if v is not None:
        out["metadata"] = unstructure(v)
    v = obj.success
    if v is not None:
        out["success"] = v
    v = obj.warning
    if v is not None:
        out["warning"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_user_response(o: Any) -> UserResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: UserResponse = new_object(UserResponse)
    g = o.get
    n = 0
    v = g("error")
    if v is None:
        n += 1
    else:
        v = structure_error(v)
    self.error = v
    v = g("metadata")
    if v is None:
        n += 1
    else:
        v = structure_response_metadata(v)
    self.metadata = v
    v = g("success")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.success = v
    v = g("user")
    if v is None:
        n += 1
    else:
        v = structure_user(v)
    self.user = v
    v = g("warning")
    if v is None:
        n += 1
    else:
        v = structure_response_warning(v)
    self.warning = v
    if len(o) + n == 5 or _KNOWN_USER_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_USER_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_user_response(obj: UserResponse) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.error
    if v is not None:
        out["error"] = unstructure(v)
    v = obj.metadata
    if v is not None:
        out["metadata"] = unstructure(v)
    v = obj.success
    if v is not None:
        out["success"] = v
    v = obj.user
    if v is not None:
        out["user"] = unstructure(v)
    v = obj.warning
    if v is not None:
        out["warning"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_users_response(o: Any) -> UsersResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: UsersResponse = new_object(UsersResponse)
    g = o.get
    r: list[Any]
    n = 0
    v = g("error")
    if v is None:
        n += 1
    else:
        v = structure_error(v)
    self.error = v
    v = g("metadata")
    if v is None:
        n += 1
    else:
        v = structure_response_metadata(v)
    self.metadata = v
    v = g("success")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.success = v
    v = g("users")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_user(x))
        v = r
    self.users = v
    v = g("warning")
    if v is None:
        n += 1
    else:
        v = structure_response_warning(v)
    self.warning = v
    if len(o) + n == 5 or _KNOWN_USERS_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_USERS_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_users_response(obj: UsersResponse) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.error
    if v is not None:
        out["error"] = unstructure(v)
    v = obj.metadata
    if v is not None:
        out["metadata"] = unstructure(v)
    v = obj.success
    if v is not None:
        out["success"] = v
    v = obj.users
    if v is not None:
        out["users"] = [unstructure(x) for x in v]
    v = obj.warning
    if v is not None:
        out["warning"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


#: The functions above by model class, for ``ultracart_async._wire``.
STRUCTURE: Final[dict[type[Any], Callable[[Any], Any]]] = {
    Group: structure_group,
    GroupResponse: structure_group_response,
    GroupUserMembership: structure_group_user_membership,
    GroupsResponse: structure_groups_response,
    LinkedAccount: structure_linked_account,
    Notification: structure_notification,
    Permission: structure_permission,
    User: structure_user,
    UserGroupMembership: structure_user_group_membership,
    UserLogin: structure_user_login,
    UserLoginsResponse: structure_user_logins_response,
    UserResponse: structure_user_response,
    UsersResponse: structure_users_response,
}
UNSTRUCTURE: Final[dict[type[Any], Callable[[Any], dict[str, Any]]]] = {
    Group: unstructure_group,
    GroupResponse: unstructure_group_response,
    GroupUserMembership: unstructure_group_user_membership,
    GroupsResponse: unstructure_groups_response,
    LinkedAccount: unstructure_linked_account,
    Notification: unstructure_notification,
    Permission: unstructure_permission,
    User: unstructure_user,
    UserGroupMembership: unstructure_user_group_membership,
    UserLogin: unstructure_user_login,
    UserLoginsResponse: unstructure_user_logins_response,
    UserResponse: unstructure_user_response,
    UsersResponse: unstructure_users_response,
}

# Why at the bottom: the codec modules call each other (Customer.orders,
# Order.customer_profile); importing once every function above exists breaks
# the cycle.
from ._codec_common import structure_error, structure_response_metadata, structure_response_warning  # noqa: E402
