# Generated from tools/ultracart-openapi.json by tools/generate_models.py: do not edit.
# Regenerate with `python tools/generate_models.py`.
"""Models of the workflow API group (``/workflow/...``)."""

from __future__ import annotations

from datetime import datetime
from typing import Final

import attrs

from ._base import UltraCartModel
from .common import Error, Property, ResponseMetadata, ResponseWarning

__all__ = [
    "WORKFLOW_TASKS_REQUEST_OBJECT_TYPE_VALUES",
    "WORKFLOW_TASKS_REQUEST_PRIORITY_VALUES",
    "WORKFLOW_TASKS_REQUEST_STATUS_VALUES",
    "WORKFLOW_TASK_OBJECT_TYPE_VALUES",
    "WORKFLOW_TASK_PRIORITY_VALUES",
    "WORKFLOW_TASK_STATUS_VALUES",
    "WORKFLOW_TASK_SYSTEM_TASK_TYPE_VALUES",
    "WorkflowAgentAuth",
    "WorkflowAgentAuthResponse",
    "WorkflowAttachment",
    "WorkflowAttachmentUploadUrl",
    "WorkflowAttachmentUploadUrlResponse",
    "WorkflowGroup",
    "WorkflowGroupsResponse",
    "WorkflowNote",
    "WorkflowTask",
    "WorkflowTaskHistory",
    "WorkflowTaskOpenCountResponse",
    "WorkflowTaskResponse",
    "WorkflowTaskTagsResponse",
    "WorkflowTasksRequest",
    "WorkflowTasksResponse",
    "WorkflowUser",
    "WorkflowUserResponse",
    "WorkflowUsersResponse",
]

WORKFLOW_TASK_OBJECT_TYPE_VALUES: Final[tuple[str, ...]] = (
    "order",
    "auto order",
    "item",
    "customer profile",
    "storefront",
)
"""Known values of :attr:`WorkflowTask.object_type`; UltraCart may send others."""

WORKFLOW_TASK_PRIORITY_VALUES: Final[tuple[str, ...]] = (
    "1 - low",
    "2 - medium",
    "3 - high",
    "4 - critical",
)
"""Known values of :attr:`WorkflowTask.priority`; UltraCart may send others."""

WORKFLOW_TASK_STATUS_VALUES: Final[tuple[str, ...]] = (
    "open",
    "closed",
    "delayed",
    "awaiting customer feedback",
    "closed - system",
    "closed - customer",
    "closed - expiration",
)
"""Known values of :attr:`WorkflowTask.status`; UltraCart may send others."""

WORKFLOW_TASK_SYSTEM_TASK_TYPE_VALUES: Final[tuple[str, ...]] = (
    "order_accounts_receivable",
    "order_fraud_review",
    "auto_order_card_update_issue",
    "auto_order_canceled_payment",
    "item_low_stock",
    "item_out_of_stock",
)
"""Known values of :attr:`WorkflowTask.system_task_type`; UltraCart may send others."""

WORKFLOW_TASKS_REQUEST_OBJECT_TYPE_VALUES: Final[tuple[str, ...]] = (
    "order",
    "auto order",
    "item",
    "customer profile",
)
"""Known values of :attr:`WorkflowTasksRequest.object_type`; UltraCart may send others."""

WORKFLOW_TASKS_REQUEST_PRIORITY_VALUES: Final[tuple[str, ...]] = (
    "1 - low",
    "2 - medium",
    "3 - high",
    "4 - critical",
)
"""Known values of :attr:`WorkflowTasksRequest.priority`; UltraCart may send others."""

WORKFLOW_TASKS_REQUEST_STATUS_VALUES: Final[tuple[str, ...]] = (
    "open",
    "closed",
    "delayed",
    "awaiting customer feedback",
)
"""Known values of :attr:`WorkflowTasksRequest.status`; UltraCart may send others."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class WorkflowAgentAuth(UltraCartModel):
    """The UltraCart ``WorkflowAgentAuth`` object."""

    jwt: str | None = attrs.field(default=None, repr=False)

    merchant_id: str | None = None

    websocket_url: str | None = None


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class WorkflowAgentAuthResponse(UltraCartModel):
    """The UltraCart ``WorkflowAgentAuthResponse`` object.

    Returned by: getWorkflowAgentWebsocketAuthorization.
    """

    agent_auth: WorkflowAgentAuth | None = None
    """See :class:`WorkflowAgentAuth`."""

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class WorkflowAttachment(UltraCartModel):
    """The UltraCart ``WorkflowAttachment`` object."""

    download_key: str | None = None
    """Temporary download URL."""

    file_name: str | None = None
    """File name."""

    file_uuid: str | None = None
    """File UUID."""

    mime_type: str | None = None
    """Mime Type."""

    upload_key: str | None = None
    """Temporary upload key."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class WorkflowAttachmentUploadUrl(UltraCartModel):
    """The UltraCart ``WorkflowAttachmentUploadUrl`` object."""

    key: str | None = None

    url: str | None = None


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class WorkflowAttachmentUploadUrlResponse(UltraCartModel):
    """The UltraCart ``WorkflowAttachmentUploadUrlResponse`` object.

    Returned by: getWorkflowTaskAttachmentUploadUrl.
    """

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""

    workflow_attachment_upload_url: WorkflowAttachmentUploadUrl | None = None
    """See :class:`WorkflowAttachmentUploadUrl`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class WorkflowGroup(UltraCartModel):
    """The UltraCart ``WorkflowGroup`` object."""

    group: str | None = None
    """The group."""

    group_id: int | None = None
    """Group ID."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class WorkflowGroupsResponse(UltraCartModel):
    """The UltraCart ``WorkflowGroupsResponse`` object.

    Returned by: getWorkflowAssignmentGroups.
    """

    error: Error | None = None
    """See :class:`Error`."""

    groups: list[WorkflowGroup] | None = None
    """groups."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class WorkflowNote(UltraCartModel):
    """The UltraCart ``WorkflowNote`` object."""

    attachments: list[WorkflowAttachment] | None = None
    """Attachments to the Workflow Task."""

    edit_dts: datetime | None = None
    """Date/time that the note was edited. Timestamp (ISO-8601 on the wire)."""

    note: str | None = None
    """Note."""

    note_dts: datetime | None = None
    """Date/time that the note was written. Timestamp (ISO-8601 on the wire)."""

    original_note: str | None = None
    """Note originally written before any edits."""

    user: WorkflowUser | None = None
    """See :class:`WorkflowUser`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class WorkflowTask(UltraCartModel):
    """The UltraCart ``WorkflowTask`` object.

    Request body of: insertWorkflowTask, updateWorkflowTask.
    """

    assigned_to_group: str | None = None
    """Assigned to group."""

    assigned_to_group_id: int | None = None
    """Assigned to group ID."""

    assigned_to_user: str | None = None
    """Assigned to user."""

    assigned_to_user_id: int | None = None
    """Assigned to user ID."""

    assigned_to_user_or_group: str | None = None
    """Assigned to user or group (used for sorting)."""

    attachments: list[WorkflowAttachment] | None = None
    """Attachments to the Workflow Task."""

    created_by: WorkflowUser | None = None
    """See :class:`WorkflowUser`."""

    created_dts: datetime | None = None
    """Date/time that the workflow task was created. Timestamp (ISO-8601 on the wire)."""

    delay_until_dts: datetime | None = None
    """Date/time that the workflow task should delay until. Timestamp (ISO-8601 on the wire)."""

    dependant_workflow_task_uuid: str | None = None
    """Dependant Workflow Task UUID (must be completed before this task can be completed)."""

    due_dts: datetime | None = None
    """Date/time that the workflow task is due. Timestamp (ISO-8601 on the wire)."""

    expiration_dts: datetime | None = None
    """Date/time that the workflow task will expire and be closed. This is set by system generated
    tasks. Timestamp (ISO-8601 on the wire).
    """

    global_task_number: int | None = None
    """Global task number."""

    histories: list[WorkflowTaskHistory] | None = None
    """Array of history records for the task."""

    last_update_dts: datetime | None = None
    """Date/time that the workflow task was last updated. Timestamp (ISO-8601 on the wire)."""

    merchant_id: str | None = None
    """Merchant ID."""

    notes: list[WorkflowNote] | None = None
    """Notes on the Workflow Task."""

    object_email: str | None = None
    """Object is associated with customer email."""

    object_id: str | None = None
    """Object ID."""

    object_task_number: int | None = None
    """Object specific task number."""

    object_type: str | None = None
    """Object Type. Known values: ``'order'``, ``'auto order'``, ``'item'``, ``'customer profile'``,
    ``'storefront'``; other values are kept as they are.
    """

    object_url: str | None = None
    """Object URL."""

    priority: str | None = None
    """Priority. Known values: ``'1 - low'``, ``'2 - medium'``, ``'3 - high'``, ``'4 - critical'``;
    other values are kept as they are.
    """

    properties: list[Property] | None = None
    """Properties."""

    related_workflow_task_uuid: str | None = None
    """Related Workflow Task UUID."""

    status: str | None = None
    """Status of the workflow task. Known values: ``'open'``, ``'closed'``, ``'delayed'``,
    ``'awaiting customer feedback'``, ``'closed - system'``, ``'closed - customer'``, ``'closed -
    expiration'``; other values are kept as they are.
    """

    system_task_type: str | None = None
    """Constant for the type of system generated task. Known values:
    ``'order_accounts_receivable'``, ``'order_fraud_review'``,
    ``'auto_order_card_update_issue'``, ``'auto_order_canceled_payment'``, ``'item_low_stock'``,
    ``'item_out_of_stock'``; other values are kept as they are.
    """

    tags: list[str] | None = None
    """Tags."""

    task_context: str | None = None
    """User friendly string of the task context."""

    task_details: str | None = None
    """Task Details."""

    task_name: str | None = None
    """Task Name."""

    workflow_task_uuid: str | None = None
    """Workflow Task UUID."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class WorkflowTaskHistory(UltraCartModel):
    """The UltraCart ``WorkflowTaskHistory`` object."""

    activity_dts: datetime | None = None
    """Date/time that the workflow task history record was created. Timestamp (ISO-8601 on the
    wire).
    """

    description: str | None = None
    """Description of the activity."""

    ip_address: str | None = None
    """IP Address that originated the activity."""

    user: WorkflowUser | None = None
    """See :class:`WorkflowUser`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class WorkflowTaskOpenCountResponse(UltraCartModel):
    """The UltraCart ``WorkflowTaskOpenCountResponse`` object.

    Returned by: getWorkflowTaskOpenCount.
    """

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    open_count: int | None = None
    """Open Task Count."""

    success: bool | None = None
    """Indicates if API call was successful."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class WorkflowTaskResponse(UltraCartModel):
    """The UltraCart ``WorkflowTaskResponse`` object.

    Returned by: getWorkflowTask, insertWorkflowTask, updateWorkflowTask.
    """

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    task: WorkflowTask | None = None
    """See :class:`WorkflowTask`."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class WorkflowTaskTagsResponse(UltraCartModel):
    """The UltraCart ``WorkflowTaskTagsResponse`` object.

    Returned by: getWorkflowTaskTags.
    """

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    tags: list[str] | None = None
    """Tags."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class WorkflowTasksRequest(UltraCartModel):
    """The UltraCart ``WorkflowTasksRequest`` object.

    Request body of: getWorkflowTasks.
    """

    assigned_to_group: str | None = None
    """Assigned to group."""

    assigned_to_group_id: int | None = None
    """Assigned to group ID."""

    assigned_to_me: bool | None = None
    """Tasks are assigned to me either by direct user id or a group that the user is a member of."""

    assigned_to_user: str | None = None
    """Assigned to user."""

    assigned_to_user_id: int | None = None
    """Assigned to user ID."""

    created_by: WorkflowUser | None = None
    """See :class:`WorkflowUser`."""

    created_dts_begin: datetime | None = None
    """Date/time that the workflow task was created. Timestamp (ISO-8601 on the wire)."""

    created_dts_end: datetime | None = None
    """Date/time that the workflow task was created. Timestamp (ISO-8601 on the wire)."""

    delay_until_dts_begin: datetime | None = None
    """Date/time that the workflow task should delay until. Timestamp (ISO-8601 on the wire)."""

    delay_until_dts_end: datetime | None = None
    """Date/time that the workflow task should delay until. Timestamp (ISO-8601 on the wire)."""

    due_dts_begin: datetime | None = None
    """Date/time that the workflow task is due. Timestamp (ISO-8601 on the wire)."""

    due_dts_end: datetime | None = None
    """Date/time that the workflow task is due. Timestamp (ISO-8601 on the wire)."""

    last_update_dts_begin: datetime | None = None
    """Date/time that the workflow task was last updated. Timestamp (ISO-8601 on the wire)."""

    last_update_dts_end: datetime | None = None
    """Date/time that the workflow task was last updated. Timestamp (ISO-8601 on the wire)."""

    object_email: str | None = None
    """Object is associated with customer email."""

    object_type: str | None = None
    """Object Type. Known values: ``'order'``, ``'auto order'``, ``'item'``, ``'customer profile'``;
    other values are kept as they are.
    """

    priority: str | None = None
    """Priority. Known values: ``'1 - low'``, ``'2 - medium'``, ``'3 - high'``, ``'4 - critical'``;
    other values are kept as they are.
    """

    status: str | None = None
    """Status of the workflow task. Known values: ``'open'``, ``'closed'``, ``'delayed'``,
    ``'awaiting customer feedback'``; other values are kept as they are.
    """

    tags: list[str] | None = None
    """Tasks that are tagged with the specified tags."""

    unassigned: bool | None = None
    """Tasks that are unassigned to a user or group."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class WorkflowTasksResponse(UltraCartModel):
    """The UltraCart ``WorkflowTasksResponse`` object.

    Returned by: getWorkflowTaskByObjectType, getWorkflowTasks.
    """

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    task_context: str | None = None
    """User friendly string of the task context if querying for a specific object type/id."""

    tasks: list[WorkflowTask] | None = None
    """tasks."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class WorkflowUser(UltraCartModel):
    """The UltraCart ``WorkflowUser`` object."""

    user: str | None = None
    """The user."""

    user_icon_url: str | None = None
    """The user icon URL if available."""

    user_id: int | None = None
    """User ID."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class WorkflowUserResponse(UltraCartModel):
    """The UltraCart ``WorkflowUserResponse`` object.

    Returned by: getWorkflowMe.
    """

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    user: WorkflowUser | None = None
    """See :class:`WorkflowUser`."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class WorkflowUsersResponse(UltraCartModel):
    """The UltraCart ``WorkflowUsersResponse`` object.

    Returned by: getWorkflowAssignmentUsers.
    """

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    my_user_id: int | None = None
    """User ID of myself."""

    success: bool | None = None
    """Indicates if API call was successful."""

    users: list[WorkflowUser] | None = None
    """users."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""
