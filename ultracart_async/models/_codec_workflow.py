# Generated from tools/ultracart-openapi.json by tools/generate_models.py: do not edit.
# Regenerate with `python tools/generate_models.py`.
"""Wire functions of the models in ``workflow.py``, one pair per model.

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

from .workflow import (
    WorkflowAgentAuth,
    WorkflowAgentAuthResponse,
    WorkflowAttachment,
    WorkflowAttachmentUploadUrl,
    WorkflowAttachmentUploadUrlResponse,
    WorkflowGroup,
    WorkflowGroupsResponse,
    WorkflowNote,
    WorkflowTask,
    WorkflowTaskHistory,
    WorkflowTaskOpenCountResponse,
    WorkflowTaskResponse,
    WorkflowTasksRequest,
    WorkflowTasksResponse,
    WorkflowTaskTagsResponse,
    WorkflowUser,
    WorkflowUserResponse,
    WorkflowUsersResponse,
)

_KNOWN_WORKFLOW_AGENT_AUTH: Final = frozenset({"jwt", "merchant_id", "websocket_url"})

_KNOWN_WORKFLOW_AGENT_AUTH_RESPONSE: Final = frozenset(
    {
        "agent_auth",
        "error",
        "metadata",
        "success",
        "warning",
    }
)

_KNOWN_WORKFLOW_ATTACHMENT: Final = frozenset(
    {
        "download_key",
        "file_name",
        "file_uuid",
        "mime_type",
        "upload_key",
    }
)

_KNOWN_WORKFLOW_ATTACHMENT_UPLOAD_URL: Final = frozenset({"key", "url"})

_KNOWN_WORKFLOW_ATTACHMENT_UPLOAD_URL_RESPONSE: Final = frozenset(
    {
        "error",
        "metadata",
        "success",
        "warning",
        "workflow_attachment_upload_url",
    }
)

_KNOWN_WORKFLOW_GROUP: Final = frozenset({"group", "group_id"})

_KNOWN_WORKFLOW_GROUPS_RESPONSE: Final = frozenset(
    {
        "error",
        "groups",
        "metadata",
        "success",
        "warning",
    }
)

_KNOWN_WORKFLOW_NOTE: Final = frozenset(
    {
        "attachments",
        "edit_dts",
        "note",
        "note_dts",
        "original_note",
        "user",
    }
)

_KNOWN_WORKFLOW_TASK: Final = frozenset(
    {
        "assigned_to_group",
        "assigned_to_group_id",
        "assigned_to_user",
        "assigned_to_user_id",
        "assigned_to_user_or_group",
        "attachments",
        "created_by",
        "created_dts",
        "delay_until_dts",
        "dependant_workflow_task_uuid",
        "due_dts",
        "expiration_dts",
        "global_task_number",
        "histories",
        "last_update_dts",
        "merchant_id",
        "notes",
        "object_email",
        "object_id",
        "object_task_number",
        "object_type",
        "object_url",
        "priority",
        "properties",
        "related_workflow_task_uuid",
        "status",
        "system_task_type",
        "tags",
        "task_context",
        "task_details",
        "task_name",
        "workflow_task_uuid",
    }
)

_KNOWN_WORKFLOW_TASK_HISTORY: Final = frozenset(
    {
        "activity_dts",
        "description",
        "ip_address",
        "user",
    }
)

_KNOWN_WORKFLOW_TASK_OPEN_COUNT_RESPONSE: Final = frozenset(
    {
        "error",
        "metadata",
        "open_count",
        "success",
        "warning",
    }
)

_KNOWN_WORKFLOW_TASK_RESPONSE: Final = frozenset(
    {
        "error",
        "metadata",
        "success",
        "task",
        "warning",
    }
)

_KNOWN_WORKFLOW_TASK_TAGS_RESPONSE: Final = frozenset(
    {
        "error",
        "metadata",
        "success",
        "tags",
        "warning",
    }
)

_KNOWN_WORKFLOW_TASKS_REQUEST: Final = frozenset(
    {
        "assigned_to_group",
        "assigned_to_group_id",
        "assigned_to_me",
        "assigned_to_user",
        "assigned_to_user_id",
        "created_by",
        "created_dts_begin",
        "created_dts_end",
        "delay_until_dts_begin",
        "delay_until_dts_end",
        "due_dts_begin",
        "due_dts_end",
        "last_update_dts_begin",
        "last_update_dts_end",
        "object_email",
        "object_type",
        "priority",
        "status",
        "tags",
        "unassigned",
    }
)

_KNOWN_WORKFLOW_TASKS_RESPONSE: Final = frozenset(
    {
        "error",
        "metadata",
        "success",
        "task_context",
        "tasks",
        "warning",
    }
)

_KNOWN_WORKFLOW_USER: Final = frozenset({"user", "user_icon_url", "user_id"})

_KNOWN_WORKFLOW_USER_RESPONSE: Final = frozenset(
    {
        "error",
        "metadata",
        "success",
        "user",
        "warning",
    }
)

_KNOWN_WORKFLOW_USERS_RESPONSE: Final = frozenset(
    {
        "error",
        "metadata",
        "my_user_id",
        "success",
        "users",
        "warning",
    }
)


def structure_workflow_agent_auth(o: Any) -> WorkflowAgentAuth:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: WorkflowAgentAuth = new_object(WorkflowAgentAuth)
    g = o.get
    n = 0
    v = g("jwt")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.jwt = v
    v = g("merchant_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.merchant_id = v
    v = g("websocket_url")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.websocket_url = v
    if len(o) + n == 3 or _KNOWN_WORKFLOW_AGENT_AUTH.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WORKFLOW_AGENT_AUTH)
    self._wire_timestamps = None
    return self


def unstructure_workflow_agent_auth(obj: WorkflowAgentAuth) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.jwt
    if v is not None:
        out["jwt"] = v
    v = obj.merchant_id
    if v is not None:
        out["merchant_id"] = v
    v = obj.websocket_url
    if v is not None:
        out["websocket_url"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_workflow_agent_auth_response(o: Any) -> WorkflowAgentAuthResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: WorkflowAgentAuthResponse = new_object(WorkflowAgentAuthResponse)
    g = o.get
    n = 0
    v = g("agent_auth")
    if v is None:
        n += 1
    else:
        v = structure_workflow_agent_auth(v)
    self.agent_auth = v
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
    v = g("warning")
    if v is None:
        n += 1
    else:
        v = structure_response_warning(v)
    self.warning = v
    if len(o) + n == 5 or _KNOWN_WORKFLOW_AGENT_AUTH_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WORKFLOW_AGENT_AUTH_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_workflow_agent_auth_response(obj: WorkflowAgentAuthResponse) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.agent_auth
    if v is not None:
        out["agent_auth"] = unstructure(v)
    v = obj.error
    if v is not None:
        out["error"] = unstructure(v)
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


def structure_workflow_attachment(o: Any) -> WorkflowAttachment:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: WorkflowAttachment = new_object(WorkflowAttachment)
    g = o.get
    n = 0
    v = g("download_key")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.download_key = v
    v = g("file_name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.file_name = v
    v = g("file_uuid")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.file_uuid = v
    v = g("mime_type")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.mime_type = v
    v = g("upload_key")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.upload_key = v
    if len(o) + n == 5 or _KNOWN_WORKFLOW_ATTACHMENT.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WORKFLOW_ATTACHMENT)
    self._wire_timestamps = None
    return self


def unstructure_workflow_attachment(obj: WorkflowAttachment) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.download_key
    if v is not None:
        out["download_key"] = v
    v = obj.file_name
    if v is not None:
        out["file_name"] = v
    v = obj.file_uuid
    if v is not None:
        out["file_uuid"] = v
    v = obj.mime_type
    if v is not None:
        out["mime_type"] = v
    v = obj.upload_key
    if v is not None:
        out["upload_key"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_workflow_attachment_upload_url(o: Any) -> WorkflowAttachmentUploadUrl:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: WorkflowAttachmentUploadUrl = new_object(WorkflowAttachmentUploadUrl)
    g = o.get
    n = 0
    v = g("key")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.key = v
    v = g("url")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.url = v
    if len(o) + n == 2 or _KNOWN_WORKFLOW_ATTACHMENT_UPLOAD_URL.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WORKFLOW_ATTACHMENT_UPLOAD_URL)
    self._wire_timestamps = None
    return self


def unstructure_workflow_attachment_upload_url(obj: WorkflowAttachmentUploadUrl) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.key
    if v is not None:
        out["key"] = v
    v = obj.url
    if v is not None:
        out["url"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_workflow_attachment_upload_url_response(
    o: Any,
) -> WorkflowAttachmentUploadUrlResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: WorkflowAttachmentUploadUrlResponse = new_object(WorkflowAttachmentUploadUrlResponse)
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
    v = g("warning")
    if v is None:
        n += 1
    else:
        v = structure_response_warning(v)
    self.warning = v
    v = g("workflow_attachment_upload_url")
    if v is None:
        n += 1
    else:
        v = structure_workflow_attachment_upload_url(v)
    self.workflow_attachment_upload_url = v
    if len(o) + n == 5 or _KNOWN_WORKFLOW_ATTACHMENT_UPLOAD_URL_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WORKFLOW_ATTACHMENT_UPLOAD_URL_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_workflow_attachment_upload_url_response(
    obj: WorkflowAttachmentUploadUrlResponse,
) -> dict[str, Any]:
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
    v = obj.warning
    if v is not None:
        out["warning"] = unstructure(v)
    v = obj.workflow_attachment_upload_url
    if v is not None:
        out["workflow_attachment_upload_url"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_workflow_group(o: Any) -> WorkflowGroup:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: WorkflowGroup = new_object(WorkflowGroup)
    g = o.get
    n = 0
    v = g("group")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.group = v
    v = g("group_id")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.group_id = v
    if len(o) + n == 2 or _KNOWN_WORKFLOW_GROUP.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WORKFLOW_GROUP)
    self._wire_timestamps = None
    return self


def unstructure_workflow_group(obj: WorkflowGroup) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.group
    if v is not None:
        out["group"] = v
    v = obj.group_id
    if v is not None:
        out["group_id"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_workflow_groups_response(o: Any) -> WorkflowGroupsResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: WorkflowGroupsResponse = new_object(WorkflowGroupsResponse)
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
            r.append(structure_workflow_group(x))
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
    if len(o) + n == 5 or _KNOWN_WORKFLOW_GROUPS_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WORKFLOW_GROUPS_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_workflow_groups_response(obj: WorkflowGroupsResponse) -> dict[str, Any]:
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


def structure_workflow_note(o: Any) -> WorkflowNote:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: WorkflowNote = new_object(WorkflowNote)
    g = o.get
    ts: dict[str, str] | None = None
    r: list[Any]
    n = 0
    v = g("attachments")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_workflow_attachment(x))
        v = r
    self.attachments = v
    v = g("edit_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["edit_dts"] = v
        v = p
    self.edit_dts = v
    v = g("note")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.note = v
    v = g("note_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["note_dts"] = v
        v = p
    self.note_dts = v
    v = g("original_note")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.original_note = v
    v = g("user")
    if v is None:
        n += 1
    else:
        v = structure_workflow_user(v)
    self.user = v
    if len(o) + n == 6 or _KNOWN_WORKFLOW_NOTE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WORKFLOW_NOTE)
    self._wire_timestamps = ts
    return self


def unstructure_workflow_note(obj: WorkflowNote) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.attachments
    if v is not None:
        out["attachments"] = [unstructure(x) for x in v]
    v = obj.edit_dts
    if v is not None:
        out["edit_dts"] = timestamp_out(stamps, "edit_dts", v)
    v = obj.note
    if v is not None:
        out["note"] = v
    v = obj.note_dts
    if v is not None:
        out["note_dts"] = timestamp_out(stamps, "note_dts", v)
    v = obj.original_note
    if v is not None:
        out["original_note"] = v
    v = obj.user
    if v is not None:
        out["user"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_workflow_task(o: Any) -> WorkflowTask:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: WorkflowTask = new_object(WorkflowTask)
    g = o.get
    ts: dict[str, str] | None = None
    r: list[Any]
    n = 0
    v = g("assigned_to_group")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.assigned_to_group = v
    v = g("assigned_to_group_id")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.assigned_to_group_id = v
    v = g("assigned_to_user")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.assigned_to_user = v
    v = g("assigned_to_user_id")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.assigned_to_user_id = v
    v = g("assigned_to_user_or_group")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.assigned_to_user_or_group = v
    v = g("attachments")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_workflow_attachment(x))
        v = r
    self.attachments = v
    v = g("created_by")
    if v is None:
        n += 1
    else:
        v = structure_workflow_user(v)
    self.created_by = v
    v = g("created_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["created_dts"] = v
        v = p
    self.created_dts = v
    v = g("delay_until_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["delay_until_dts"] = v
        v = p
    self.delay_until_dts = v
    v = g("dependant_workflow_task_uuid")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.dependant_workflow_task_uuid = v
    v = g("due_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["due_dts"] = v
        v = p
    self.due_dts = v
    v = g("expiration_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["expiration_dts"] = v
        v = p
    self.expiration_dts = v
    v = g("global_task_number")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.global_task_number = v
    v = g("histories")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_workflow_task_history(x))
        v = r
    self.histories = v
    v = g("last_update_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["last_update_dts"] = v
        v = p
    self.last_update_dts = v
    v = g("merchant_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.merchant_id = v
    v = g("notes")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_workflow_note(x))
        v = r
    self.notes = v
    v = g("object_email")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.object_email = v
    v = g("object_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.object_id = v
    v = g("object_task_number")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.object_task_number = v
    v = g("object_type")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.object_type = v
    v = g("object_url")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.object_url = v
    v = g("priority")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.priority = v
    v = g("properties")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_property(x))
        v = r
    self.properties = v
    v = g("related_workflow_task_uuid")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.related_workflow_task_uuid = v
    v = g("status")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.status = v
    v = g("system_task_type")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.system_task_type = v
    v = g("tags")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        for x in v:
            if x.__class__ is not str:
                raise NotFast
        v = v.copy()
    self.tags = v
    v = g("task_context")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.task_context = v
    v = g("task_details")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.task_details = v
    v = g("task_name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.task_name = v
    v = g("workflow_task_uuid")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.workflow_task_uuid = v
    if len(o) + n == 32 or _KNOWN_WORKFLOW_TASK.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WORKFLOW_TASK)
    self._wire_timestamps = ts
    return self


def unstructure_workflow_task(obj: WorkflowTask) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.assigned_to_group
    if v is not None:
        out["assigned_to_group"] = v
    v = obj.assigned_to_group_id
    if v is not None:
        out["assigned_to_group_id"] = v
    v = obj.assigned_to_user
    if v is not None:
        out["assigned_to_user"] = v
    v = obj.assigned_to_user_id
    if v is not None:
        out["assigned_to_user_id"] = v
    v = obj.assigned_to_user_or_group
    if v is not None:
        out["assigned_to_user_or_group"] = v
    v = obj.attachments
    if v is not None:
        out["attachments"] = [unstructure(x) for x in v]
    v = obj.created_by
    if v is not None:
        out["created_by"] = unstructure(v)
    v = obj.created_dts
    if v is not None:
        out["created_dts"] = timestamp_out(stamps, "created_dts", v)
    v = obj.delay_until_dts
    if v is not None:
        out["delay_until_dts"] = timestamp_out(stamps, "delay_until_dts", v)
    v = obj.dependant_workflow_task_uuid
    if v is not None:
        out["dependant_workflow_task_uuid"] = v
    v = obj.due_dts
    if v is not None:
        out["due_dts"] = timestamp_out(stamps, "due_dts", v)
    v = obj.expiration_dts
    if v is not None:
        out["expiration_dts"] = timestamp_out(stamps, "expiration_dts", v)
    v = obj.global_task_number
    if v is not None:
        out["global_task_number"] = v
    v = obj.histories
    if v is not None:
        out["histories"] = [unstructure(x) for x in v]
    v = obj.last_update_dts
    if v is not None:
        out["last_update_dts"] = timestamp_out(stamps, "last_update_dts", v)
    v = obj.merchant_id
    if v is not None:
        out["merchant_id"] = v
    v = obj.notes
    if v is not None:
        out["notes"] = [unstructure(x) for x in v]
    v = obj.object_email
    if v is not None:
        out["object_email"] = v
    v = obj.object_id
    if v is not None:
        out["object_id"] = v
    v = obj.object_task_number
    if v is not None:
        out["object_task_number"] = v
    v = obj.object_type
    if v is not None:
        out["object_type"] = v
    v = obj.object_url
    if v is not None:
        out["object_url"] = v
    v = obj.priority
    if v is not None:
        out["priority"] = v
    v = obj.properties
    if v is not None:
        out["properties"] = [unstructure(x) for x in v]
    v = obj.related_workflow_task_uuid
    if v is not None:
        out["related_workflow_task_uuid"] = v
    v = obj.status
    if v is not None:
        out["status"] = v
    v = obj.system_task_type
    if v is not None:
        out["system_task_type"] = v
    v = obj.tags
    if v is not None:
        out["tags"] = list(v)
    v = obj.task_context
    if v is not None:
        out["task_context"] = v
    v = obj.task_details
    if v is not None:
        out["task_details"] = v
    v = obj.task_name
    if v is not None:
        out["task_name"] = v
    v = obj.workflow_task_uuid
    if v is not None:
        out["workflow_task_uuid"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_workflow_task_history(o: Any) -> WorkflowTaskHistory:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: WorkflowTaskHistory = new_object(WorkflowTaskHistory)
    g = o.get
    ts: dict[str, str] | None = None
    n = 0
    v = g("activity_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["activity_dts"] = v
        v = p
    self.activity_dts = v
    v = g("description")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.description = v
    v = g("ip_address")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.ip_address = v
    v = g("user")
    if v is None:
        n += 1
    else:
        v = structure_workflow_user(v)
    self.user = v
    if len(o) + n == 4 or _KNOWN_WORKFLOW_TASK_HISTORY.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WORKFLOW_TASK_HISTORY)
    self._wire_timestamps = ts
    return self


def unstructure_workflow_task_history(obj: WorkflowTaskHistory) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.activity_dts
    if v is not None:
        out["activity_dts"] = timestamp_out(stamps, "activity_dts", v)
    v = obj.description
    if v is not None:
        out["description"] = v
    v = obj.ip_address
    if v is not None:
        out["ip_address"] = v
    v = obj.user
    if v is not None:
        out["user"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_workflow_task_open_count_response(o: Any) -> WorkflowTaskOpenCountResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: WorkflowTaskOpenCountResponse = new_object(WorkflowTaskOpenCountResponse)
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
    v = g("open_count")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.open_count = v
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
    if len(o) + n == 5 or _KNOWN_WORKFLOW_TASK_OPEN_COUNT_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WORKFLOW_TASK_OPEN_COUNT_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_workflow_task_open_count_response(
    obj: WorkflowTaskOpenCountResponse,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.error
    if v is not None:
        out["error"] = unstructure(v)
    v = obj.metadata
    if v is not None:
        out["metadata"] = unstructure(v)
    v = obj.open_count
    if v is not None:
        out["open_count"] = v
    v = obj.success
    if v is not None:
        out["success"] = v
    v = obj.warning
    if v is not None:
        out["warning"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_workflow_task_response(o: Any) -> WorkflowTaskResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: WorkflowTaskResponse = new_object(WorkflowTaskResponse)
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
    v = g("task")
    if v is None:
        n += 1
    else:
        v = structure_workflow_task(v)
    self.task = v
    v = g("warning")
    if v is None:
        n += 1
    else:
        v = structure_response_warning(v)
    self.warning = v
    if len(o) + n == 5 or _KNOWN_WORKFLOW_TASK_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WORKFLOW_TASK_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_workflow_task_response(obj: WorkflowTaskResponse) -> dict[str, Any]:
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
    v = obj.task
    if v is not None:
        out["task"] = unstructure(v)
    v = obj.warning
    if v is not None:
        out["warning"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_workflow_task_tags_response(o: Any) -> WorkflowTaskTagsResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: WorkflowTaskTagsResponse = new_object(WorkflowTaskTagsResponse)
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
    v = g("tags")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        for x in v:
            if x.__class__ is not str:
                raise NotFast
        v = v.copy()
    self.tags = v
    v = g("warning")
    if v is None:
        n += 1
    else:
        v = structure_response_warning(v)
    self.warning = v
    if len(o) + n == 5 or _KNOWN_WORKFLOW_TASK_TAGS_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WORKFLOW_TASK_TAGS_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_workflow_task_tags_response(obj: WorkflowTaskTagsResponse) -> dict[str, Any]:
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
    v = obj.tags
    if v is not None:
        out["tags"] = list(v)
    v = obj.warning
    if v is not None:
        out["warning"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_workflow_tasks_request(o: Any) -> WorkflowTasksRequest:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: WorkflowTasksRequest = new_object(WorkflowTasksRequest)
    g = o.get
    ts: dict[str, str] | None = None
    n = 0
    v = g("assigned_to_group")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.assigned_to_group = v
    v = g("assigned_to_group_id")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.assigned_to_group_id = v
    v = g("assigned_to_me")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.assigned_to_me = v
    v = g("assigned_to_user")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.assigned_to_user = v
    v = g("assigned_to_user_id")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.assigned_to_user_id = v
    v = g("created_by")
    if v is None:
        n += 1
    else:
        v = structure_workflow_user(v)
    self.created_by = v
    v = g("created_dts_begin")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["created_dts_begin"] = v
        v = p
    self.created_dts_begin = v
    v = g("created_dts_end")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["created_dts_end"] = v
        v = p
    self.created_dts_end = v
    v = g("delay_until_dts_begin")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["delay_until_dts_begin"] = v
        v = p
    self.delay_until_dts_begin = v
    v = g("delay_until_dts_end")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["delay_until_dts_end"] = v
        v = p
    self.delay_until_dts_end = v
    v = g("due_dts_begin")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["due_dts_begin"] = v
        v = p
    self.due_dts_begin = v
    v = g("due_dts_end")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["due_dts_end"] = v
        v = p
    self.due_dts_end = v
    v = g("last_update_dts_begin")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["last_update_dts_begin"] = v
        v = p
    self.last_update_dts_begin = v
    v = g("last_update_dts_end")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["last_update_dts_end"] = v
        v = p
    self.last_update_dts_end = v
    v = g("object_email")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.object_email = v
    v = g("object_type")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.object_type = v
    v = g("priority")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.priority = v
    v = g("status")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.status = v
    v = g("tags")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        for x in v:
            if x.__class__ is not str:
                raise NotFast
        v = v.copy()
    self.tags = v
    v = g("unassigned")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.unassigned = v
    if len(o) + n == 20 or _KNOWN_WORKFLOW_TASKS_REQUEST.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WORKFLOW_TASKS_REQUEST)
    self._wire_timestamps = ts
    return self


def unstructure_workflow_tasks_request(obj: WorkflowTasksRequest) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.assigned_to_group
    if v is not None:
        out["assigned_to_group"] = v
    v = obj.assigned_to_group_id
    if v is not None:
        out["assigned_to_group_id"] = v
    v = obj.assigned_to_me
    if v is not None:
        out["assigned_to_me"] = v
    v = obj.assigned_to_user
    if v is not None:
        out["assigned_to_user"] = v
    v = obj.assigned_to_user_id
    if v is not None:
        out["assigned_to_user_id"] = v
    v = obj.created_by
    if v is not None:
        out["created_by"] = unstructure(v)
    v = obj.created_dts_begin
    if v is not None:
        out["created_dts_begin"] = timestamp_out(stamps, "created_dts_begin", v)
    v = obj.created_dts_end
    if v is not None:
        out["created_dts_end"] = timestamp_out(stamps, "created_dts_end", v)
    v = obj.delay_until_dts_begin
    if v is not None:
        out["delay_until_dts_begin"] = timestamp_out(stamps, "delay_until_dts_begin", v)
    v = obj.delay_until_dts_end
    if v is not None:
        out["delay_until_dts_end"] = timestamp_out(stamps, "delay_until_dts_end", v)
    v = obj.due_dts_begin
    if v is not None:
        out["due_dts_begin"] = timestamp_out(stamps, "due_dts_begin", v)
    v = obj.due_dts_end
    if v is not None:
        out["due_dts_end"] = timestamp_out(stamps, "due_dts_end", v)
    v = obj.last_update_dts_begin
    if v is not None:
        out["last_update_dts_begin"] = timestamp_out(stamps, "last_update_dts_begin", v)
    v = obj.last_update_dts_end
    if v is not None:
        out["last_update_dts_end"] = timestamp_out(stamps, "last_update_dts_end", v)
    v = obj.object_email
    if v is not None:
        out["object_email"] = v
    v = obj.object_type
    if v is not None:
        out["object_type"] = v
    v = obj.priority
    if v is not None:
        out["priority"] = v
    v = obj.status
    if v is not None:
        out["status"] = v
    v = obj.tags
    if v is not None:
        out["tags"] = list(v)
    v = obj.unassigned
    if v is not None:
        out["unassigned"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_workflow_tasks_response(o: Any) -> WorkflowTasksResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: WorkflowTasksResponse = new_object(WorkflowTasksResponse)
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
    v = g("task_context")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.task_context = v
    v = g("tasks")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_workflow_task(x))
        v = r
    self.tasks = v
    v = g("warning")
    if v is None:
        n += 1
    else:
        v = structure_response_warning(v)
    self.warning = v
    if len(o) + n == 6 or _KNOWN_WORKFLOW_TASKS_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WORKFLOW_TASKS_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_workflow_tasks_response(obj: WorkflowTasksResponse) -> dict[str, Any]:
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
    v = obj.task_context
    if v is not None:
        out["task_context"] = v
    v = obj.tasks
    if v is not None:
        out["tasks"] = [unstructure(x) for x in v]
    v = obj.warning
    if v is not None:
        out["warning"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_workflow_user(o: Any) -> WorkflowUser:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: WorkflowUser = new_object(WorkflowUser)
    g = o.get
    n = 0
    v = g("user")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.user = v
    v = g("user_icon_url")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.user_icon_url = v
    v = g("user_id")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.user_id = v
    if len(o) + n == 3 or _KNOWN_WORKFLOW_USER.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WORKFLOW_USER)
    self._wire_timestamps = None
    return self


def unstructure_workflow_user(obj: WorkflowUser) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.user
    if v is not None:
        out["user"] = v
    v = obj.user_icon_url
    if v is not None:
        out["user_icon_url"] = v
    v = obj.user_id
    if v is not None:
        out["user_id"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_workflow_user_response(o: Any) -> WorkflowUserResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: WorkflowUserResponse = new_object(WorkflowUserResponse)
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
        v = structure_workflow_user(v)
    self.user = v
    v = g("warning")
    if v is None:
        n += 1
    else:
        v = structure_response_warning(v)
    self.warning = v
    if len(o) + n == 5 or _KNOWN_WORKFLOW_USER_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WORKFLOW_USER_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_workflow_user_response(obj: WorkflowUserResponse) -> dict[str, Any]:
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


def structure_workflow_users_response(o: Any) -> WorkflowUsersResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: WorkflowUsersResponse = new_object(WorkflowUsersResponse)
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
    v = g("my_user_id")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.my_user_id = v
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
            r.append(structure_workflow_user(x))
        v = r
    self.users = v
    v = g("warning")
    if v is None:
        n += 1
    else:
        v = structure_response_warning(v)
    self.warning = v
    if len(o) + n == 6 or _KNOWN_WORKFLOW_USERS_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WORKFLOW_USERS_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_workflow_users_response(obj: WorkflowUsersResponse) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.error
    if v is not None:
        out["error"] = unstructure(v)
    v = obj.metadata
    if v is not None:
        out["metadata"] = unstructure(v)
    v = obj.my_user_id
    if v is not None:
        out["my_user_id"] = v
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
    WorkflowAgentAuth: structure_workflow_agent_auth,
    WorkflowAgentAuthResponse: structure_workflow_agent_auth_response,
    WorkflowAttachment: structure_workflow_attachment,
    WorkflowAttachmentUploadUrl: structure_workflow_attachment_upload_url,
    WorkflowAttachmentUploadUrlResponse: structure_workflow_attachment_upload_url_response,
    WorkflowGroup: structure_workflow_group,
    WorkflowGroupsResponse: structure_workflow_groups_response,
    WorkflowNote: structure_workflow_note,
    WorkflowTask: structure_workflow_task,
    WorkflowTaskHistory: structure_workflow_task_history,
    WorkflowTaskOpenCountResponse: structure_workflow_task_open_count_response,
    WorkflowTaskResponse: structure_workflow_task_response,
    WorkflowTaskTagsResponse: structure_workflow_task_tags_response,
    WorkflowTasksRequest: structure_workflow_tasks_request,
    WorkflowTasksResponse: structure_workflow_tasks_response,
    WorkflowUser: structure_workflow_user,
    WorkflowUserResponse: structure_workflow_user_response,
    WorkflowUsersResponse: structure_workflow_users_response,
}
UNSTRUCTURE: Final[dict[type[Any], Callable[[Any], dict[str, Any]]]] = {
    WorkflowAgentAuth: unstructure_workflow_agent_auth,
    WorkflowAgentAuthResponse: unstructure_workflow_agent_auth_response,
    WorkflowAttachment: unstructure_workflow_attachment,
    WorkflowAttachmentUploadUrl: unstructure_workflow_attachment_upload_url,
    WorkflowAttachmentUploadUrlResponse: unstructure_workflow_attachment_upload_url_response,
    WorkflowGroup: unstructure_workflow_group,
    WorkflowGroupsResponse: unstructure_workflow_groups_response,
    WorkflowNote: unstructure_workflow_note,
    WorkflowTask: unstructure_workflow_task,
    WorkflowTaskHistory: unstructure_workflow_task_history,
    WorkflowTaskOpenCountResponse: unstructure_workflow_task_open_count_response,
    WorkflowTaskResponse: unstructure_workflow_task_response,
    WorkflowTaskTagsResponse: unstructure_workflow_task_tags_response,
    WorkflowTasksRequest: unstructure_workflow_tasks_request,
    WorkflowTasksResponse: unstructure_workflow_tasks_response,
    WorkflowUser: unstructure_workflow_user,
    WorkflowUserResponse: unstructure_workflow_user_response,
    WorkflowUsersResponse: unstructure_workflow_users_response,
}

# Why at the bottom: the codec modules call each other (Customer.orders,
# Order.customer_profile); importing once every function above exists breaks
# the cycle.
from ._codec_common import (  # noqa: E402
    structure_error,
    structure_property,
    structure_response_metadata,
    structure_response_warning,
)
