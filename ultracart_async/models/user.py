# Generated from tools/ultracart-openapi.json by tools/generate_models.py: do not edit.
# Regenerate with `python tools/generate_models.py`.
"""Models of the user API group (``/user/...``)."""

from __future__ import annotations

from datetime import datetime

import attrs

from ._base import UltraCartModel
from .common import Error, ResponseMetadata, ResponseWarning

__all__ = [
    "Group",
    "GroupResponse",
    "GroupUserMembership",
    "GroupsResponse",
    "LinkedAccount",
    "Notification",
    "Permission",
    "User",
    "UserGroupMembership",
    "UserLogin",
    "UserLoginsResponse",
    "UserResponse",
    "UsersResponse",
]


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class Group(UltraCartModel):
    """The UltraCart ``Group`` object.

    Request body of: insertGroup, updateGroup.
    """

    group_oid: int | None = None
    """The unique object identifier (oid for short) for this group."""

    name: str | None = None
    """The name of this group."""

    notifications: list[Notification] | None = None
    """A list of notifications the user receives."""

    permissions: list[Permission] | None = None
    """A list of permissions the user enjoys for accessing the backend of UltraCart."""

    users: list[GroupUserMembership] | None = None
    """A list of users that belong to this group."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class GroupResponse(UltraCartModel):
    """The UltraCart ``GroupResponse`` object.

    Returned by: insertGroup, updateGroup.
    """

    error: Error | None = None
    """See :class:`Error`."""

    group: Group | None = None
    """See :class:`Group`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class GroupUserMembership(UltraCartModel):
    """The UltraCart ``GroupUserMembership`` object."""

    email: str | None = None
    """The email for this user."""

    fullName: str | None = None
    """The full name for this user."""

    login: str | None = None
    """The login for this user."""

    member: bool | None = None
    """True if this user belongs to the parent group, false otherwise."""

    user_id: int | None = None
    """The user id for this user."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class GroupsResponse(UltraCartModel):
    """The UltraCart ``GroupsResponse`` object.

    Returned by: getGroups.
    """

    error: Error | None = None
    """See :class:`Error`."""

    groups: list[Group] | None = None

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class LinkedAccount(UltraCartModel):
    """The UltraCart ``LinkedAccount`` object."""

    company: str | None = None
    """The company name of this linked account."""

    merchant_id: str | None = None
    """A merchant id that is linked to this account."""

    selected: bool | None = None
    """If true, this user configuration (permissions, notifications, everything) is cascaded to this
    linked account.
    """


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class Notification(UltraCartModel):
    """The UltraCart ``Notification`` object."""

    can_filter_by_distribution_centers: bool | None = None
    """True if this notification can be filtered to only send for one or more distribution centers.
    """

    can_include_affiliate: bool | None = None
    """True if this notification can include an affiliate information."""

    can_include_order: bool | None = None
    """True if this notification can include an order attachment."""

    can_include_order_plain_text: bool | None = None
    """True if this notification can include a plain text rendering of an order directly within an
    email. Some desire this over an attachment.
    """

    distribution_center_filters: list[str] | None = None
    """If this notification supports it, this list of distribution center CODES will filter the
    notification to just those distribution centers.
    """

    include_affiliate: bool | None = None
    """If true, and this notification supports it, affiliate information will be attached to all
    notifications of this type.
    """

    include_order: bool | None = None
    """If true, and this notification supports it, the order will be attached to all notifications
    of this type.
    """

    include_order_plain_text: bool | None = None
    """If true, and this notification supports it, a plain text order will be directly inserted into
    all notifications of this type.
    """

    name: str | None = None
    """The name of this notification."""

    notification_group: str | None = None
    """A group for this notification. This name is only used for visual grouping within interfaces.
    """

    selected: bool | None = None
    """True if this user wishes to receive this email notification."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class Permission(UltraCartModel):
    """The UltraCart ``Permission`` object."""

    permission_Name: str | None = None
    """The name of this permission."""

    permission_group: str | None = None
    """A group for this permission. This name is only used for visual grouping within interfaces."""

    selected: bool | None = None
    """True if this user has this permission."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class User(UltraCartModel):
    """The UltraCart ``User`` object.

    Request body of: insertUser, updateUser.
    """

    api_ip_address_masks: list[str] | None = None
    """A list of IP addresses whitelisted for any user with API Access permission. Without this
    list, each ip address must be authenticated by a user, which can be a pain for some servers.
    """

    change_ftp_password_to: str | None = attrs.field(default=None, repr=False)
    """Supply a new FTP password using this field. Password are stored using one-way encryption, so
    they are never available anywhere in the system. The FTP password cannot be the same as the
    normal password.
    """

    change_password_to: str | None = attrs.field(default=None, repr=False)
    """Supply a new password using this field. Password are stored using one-way encryption, so they
    are never available anywhere in the system.
    """

    email: str | None = None
    """Email address of user. At most 150 characters."""

    full_name: str | None = None
    """Full name of user. This is used solely for human assistance and so the UltraCart staff knows
    who they are calling when there is a problem.
    """

    groups: list[UserGroupMembership] | None = None
    """A list of groups for this merchant and whether or not this user is a member of those groups.
    """

    linked_accounts: list[LinkedAccount] | None = None
    """A list of linked accounts and whether or not this user is mirrored to any of those accounts.
    """

    login: str | None = None
    """User name of user. Must be unique across a merchant account."""

    login_histories: list[UserLogin] | None = None
    """A list of user logins over the past 90 days."""

    notifications: list[Notification] | None = None
    """A list of notifications the user receives."""

    otp_serial_number: str | None = None
    """OTP Serial Number such as Google Authenticator or Crypto Card."""

    permissions: list[Permission] | None = None
    """A list of permissions the user enjoys for accessing the backend of UltraCart."""

    phone: str | None = None
    """Phone number of user. Please supply a valid phone number. When something breaks on your
    account, we need to be able to reach you.
    """

    user_id: int | None = None
    """User id is a unique identifier for this user."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class UserGroupMembership(UltraCartModel):
    """The UltraCart ``UserGroupMembership`` object."""

    group_oid: int | None = None
    """The unique object identifier (oid for short) for this group."""

    member: bool | None = None
    """True if this user is a member of the group."""

    name: str | None = None
    """The name of this group."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class UserLogin(UltraCartModel):
    """The UltraCart ``UserLogin`` object."""

    ip_address: str | None = None
    """IP Address."""

    login: str | None = None
    """login."""

    login_dts: datetime | None = None
    """Login date/time. Timestamp (ISO-8601 on the wire)."""

    user_agent: str | None = None
    """User Agent."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class UserLoginsResponse(UltraCartModel):
    """The UltraCart ``UserLoginsResponse`` object.

    Returned by: getUserLogins.
    """

    error: Error | None = None
    """See :class:`Error`."""

    logins: list[UserLogin] | None = None
    """Logins."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class UserResponse(UltraCartModel):
    """The UltraCart ``UserResponse`` object.

    Returned by: getUser, insertUser, updateUser.
    """

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    user: User | None = None
    """See :class:`User`."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class UsersResponse(UltraCartModel):
    """The UltraCart ``UsersResponse`` object.

    Returned by: getUsers.
    """

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    users: list[User] | None = None

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""
