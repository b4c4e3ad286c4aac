"""Handlers of the webhook (9), workflow (12) and user (11) operations."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any, Final

from ._http import (
    MAX_ASSIGNMENTS,
    MAX_WEBHOOK_LOGS,
    MAX_WEBHOOKS,
    MAX_WORKFLOW_TASKS,
    ApiError,
    Call,
    Reply,
    apply_sort,
    found,
    no_content,
    ok,
    paged_reply,
    paging,
    parse_sort,
    parse_ts,
    required_text,
    ts_or_none,
)
from ._routes import RouteTable
from ._world import REFLOW_EVENTS, World

__all__ = ["ROUTES"]

#: Each handler declares its route with ``@_route(method, template)``.
_route: Final = RouteTable()


def _scalar_sort(items: list[dict[str, Any]]) -> Callable[[str], Callable[[Any], Any] | None]:
    """Sort keys over the scalar fields the items have; ``*_dts`` compare as instants."""
    names = {k for item in items for k, v in item.items() if not isinstance(v, dict | list)}

    def lookup(name: str) -> Callable[[Any], Any] | None:
        if name not in names:
            return None
        if name.endswith("_dts"):
            return lambda item: ts_or_none(item.get(name))
        return lambda item: item.get(name)

    return lookup


# --- webhooks -----------------------------------------------------------------------------------


def _webhook(world: World, call: Call) -> dict[str, Any]:
    oid = call.int_param("webhookOid")
    return found(world.webhooks.get(oid), f"Webhook {oid}")


@_route("GET", "/webhook/webhook_event_categories")
def get_webhook_event_categories(world: World, call: Call) -> Reply:
    """GET /webhook/webhook_event_categories."""
    return ok({"event_categories": world.event_categories()})


@_route("GET", "/webhook/webhooks")
def get_webhooks(world: World, call: Call) -> Reply:
    """GET /webhook/webhooks: paged (max 200: our choice), ``_sort`` on scalar fields."""
    page = paging(call, MAX_WEBHOOKS)
    call.bool_query("_placeholders")
    hooks = list(world.webhooks.values())
    hooks = apply_sort(hooks, parse_sort(call.query.get("_sort"), _scalar_sort(hooks)))
    return paged_reply("webhooks", hooks, page)


def _webhook_body(call: Call) -> dict[str, Any]:
    body = call.json_object()
    url = body.get("webhook_url")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise ApiError(400, "webhook_url is required and must be an http(s) URL.")
    auth = body.get("authentication_type")
    if auth is not None and auth not in ("none", "basic", "api user", "aws iam"):
        raise ApiError(400, f"Invalid authentication_type {auth!r}.")
    return body


@_route("POST", "/webhook/webhooks")
def insert_webhook(world: World, call: Call) -> Reply:
    """POST /webhook/webhooks."""
    body = _webhook_body(call)
    call.bool_query("_placeholders")
    world.next_webhook_oid += 1
    oid = world.next_webhook_oid
    world.webhooks[oid] = world.new_webhook(oid, body)
    world.webhook_logs[oid] = []
    return ok({"webhook": world.webhooks[oid]})


@_route("PUT", "/webhook/webhooks/{webhookOid}")
def update_webhook(world: World, call: Call) -> Reply:
    """PUT /webhook/webhooks/{webhookOid}: the body replaces the webhook's settings."""
    hook = _webhook(world, call)
    body = _webhook_body(call)
    call.bool_query("_placeholders")
    oid = hook["webhook_oid"]
    merged = {**hook, **body}
    updated = world.new_webhook(oid, merged)
    world.webhooks[oid] = updated
    return ok({"webhook": updated})


@_route("DELETE", "/webhook/webhooks/{webhookOid}")
def delete_webhook(world: World, call: Call) -> Reply:
    """DELETE /webhook/webhooks/{webhookOid}: 204."""
    hook = _webhook(world, call)
    del world.webhooks[hook["webhook_oid"]]
    world.webhook_logs.pop(hook["webhook_oid"], None)
    return no_content()


@_route("DELETE", "/webhook/webhooks")
def delete_webhook_by_url(world: World, call: Call) -> Reply:
    """DELETE /webhook/webhooks with a Webhook body: only ``webhook_url`` is used. Answers 200
    and the deleted webhook (WebhookResponse, as the spec declares)."""
    body = call.json_object()
    url = body.get("webhook_url")
    for oid, hook in world.webhooks.items():
        if hook["webhook_url"] == url:
            del world.webhooks[oid]
            world.webhook_logs.pop(oid, None)
            return ok({"webhook": hook})
    raise ApiError(404, f"No webhook has the URL {url!r}.")


LogPredicate = Callable[[dict[str, Any]], bool]


def _equals(field: str, value: object) -> LogPredicate:
    return lambda item: item.get(field) == value


def _contains(field: str, value: object) -> LogPredicate:
    return lambda item: value in (item.get(field) or ())


def _instant_bound(field: str, bound: float, *, lower: bool) -> LogPredicate:
    def predicate(item: dict[str, Any]) -> bool:
        value = ts_or_none(item.get(field))
        if value is None:
            return False
        return value >= bound if lower else value <= bound

    return predicate


def _log_filters(call: Call) -> list[LogPredicate]:
    q = call.query
    preds: list[LogPredicate] = []
    if q.get("requestId"):
        preds.append(_equals("request_id", q["requestId"]))
    for name, lower in (("beginDate", True), ("endDate", False), ("_since", True)):
        if q.get(name):
            preds.append(_instant_bound("delivery_dts", parse_ts(q[name], name), lower=lower))
    if q.get("status"):
        status = q["status"]
        preds.append(lambda log: str(log["status_code"]) == status)
    success = call.bool_query("success")
    if success is not None:
        preds.append(_equals("success", success))
    if q.get("event"):
        preds.append(_contains("event_names", q["event"]))
    if q.get("orderId"):
        preds.append(_contains("order_ids", q["orderId"]))
    if q.get("request"):
        preds.append(_contains("request", q["request"]))
    duration = call.int_query("duration")
    if duration is not None:
        preds.append(lambda log: int(log["duration"]) >= duration)
    return preds


_SUMMARY_FIELDS: Final = (
    "delivery_dts", "duration", "event_names", "order_ids", "request_id", "status_code", "success",
)  # fmt: skip


@_route("GET", "/webhook/webhooks/{webhookOid}/logs")
def get_webhook_log_summaries(world: World, call: Call) -> Reply:
    """GET /webhook/webhooks/{webhookOid}/logs: newest first; camelCase filters (``requestId``,
    ``beginDate``, ``endDate``, ``orderId``), ``status`` (HTTP status code), ``success``,
    ``event``, ``request`` (substring of the payload), ``duration`` (at least, ms), ``_since``."""
    hook = _webhook(world, call)
    page = paging(call, MAX_WEBHOOK_LOGS)
    preds = _log_filters(call)
    logs = [
        {k: log[k] for k in _SUMMARY_FIELDS}
        for log in reversed(world.webhook_logs.get(hook["webhook_oid"], []))
        if all(p(log) for p in preds)
    ]
    return paged_reply("webhook_log_summaries", logs, page)


@_route("GET", "/webhook/webhooks/{webhookOid}/logs/{requestId}")
def get_webhook_log(world: World, call: Call) -> Reply:
    """GET /webhook/webhooks/{webhookOid}/logs/{requestId}."""
    hook = _webhook(world, call)
    request_id = call.params["requestId"]
    for log in world.webhook_logs.get(hook["webhook_oid"], []):
        if log["request_id"] == request_id:
            return ok({"webhook_log": log})
    raise ApiError(404, f"Webhook log {request_id!r} was not found.")


@_route("POST", "/webhook/webhooks/{webhookOid}/reflow/{eventName}")
def resend_event(world: World, call: Call) -> Reply:
    """POST /webhook/webhooks/{webhookOid}/reflow/{eventName}: only item_update and
    order_create support reflow; others are a 400."""
    _webhook(world, call)
    event = call.params["eventName"]
    if event not in REFLOW_EVENTS:
        raise ApiError(400, f"Event {event!r} does not support reflow.")
    return ok({"reflow": {"event_name": event, "queued": True}})


# --- workflow -----------------------------------------------------------------------------------


def _workflow_user(world: World, user_id: int) -> dict[str, Any]:
    user = world.users.get(user_id)
    name = user["full_name"] if user else "Sandbox User"
    return {
        "user": name,
        "user_icon_url": f"https://secure.ultracart.com/avatar/{user_id}.png",
        "user_id": user_id,
    }


@_route("PUT", "/workflow/agent/auth")
def get_workflow_agent_websocket_authorization(world: World, call: Call) -> Reply:
    """PUT /workflow/agent/auth."""
    return ok(
        {
            "agent_auth": {
                "jwt": "eyJhbGciOiJub25lIn0." + world.token("jwt") + ".",
                "merchant_id": "DEMO",
                "websocket_url": "wss://127.0.0.1/workflow/agent",
            }
        }
    )


@_route("GET", "/workflow/assignment_groups")
def get_workflow_assignment_groups(world: World, call: Call) -> Reply:
    """GET /workflow/assignment_groups (max 200)."""
    page = paging(call, MAX_ASSIGNMENTS)
    groups = [{"group": g["name"], "group_id": oid} for oid, g in world.groups.items()]
    return paged_reply("groups", groups, page)


@_route("GET", "/workflow/assignment_users")
def get_workflow_assignment_users(world: World, call: Call) -> Reply:
    """GET /workflow/assignment_users (max 200), plus ``my_user_id``."""
    page = paging(call, MAX_ASSIGNMENTS)
    users = [_workflow_user(world, uid) for uid in world.users]
    return paged_reply("users", users, page, extra={"my_user_id": world.me_user_id})


@_route("GET", "/workflow/me")
def get_workflow_me(world: World, call: Call) -> Reply:
    """GET /workflow/me."""
    return ok({"user": _workflow_user(world, world.me_user_id)})


_TASK_ENUMS: Final = {
    "object_type": ("order", "auto order", "item", "customer profile", "storefront"),
    "priority": ("1 - low", "2 - medium", "3 - high", "4 - critical"),
    "status": (
        "open", "closed", "delayed", "awaiting customer feedback", "closed - system",
        "closed - customer", "closed - expiration",
    ),
}  # fmt: skip


def _task_body(call: Call) -> dict[str, Any]:
    body = call.json_object()
    for name, allowed in _TASK_ENUMS.items():
        if name in body and body[name] not in allowed:
            raise ApiError(400, f"Invalid {name} {body[name]!r}.")
    return body


@_route("POST", "/workflow/tasks")
def insert_workflow_task(world: World, call: Call) -> Reply:
    """POST /workflow/tasks: ``task_name`` required."""
    body = _task_body(call)
    required_text(body, "task_name")
    task = world.new_task(body)
    world.tasks[task["workflow_task_uuid"]] = task
    return ok({"task": task})


def _task(world: World, call: Call) -> dict[str, Any]:
    uuid = call.params["task_uuid"]
    return found(world.tasks.get(uuid), f"Workflow task {uuid!r}")


@_route("GET", "/workflow/tasks/{task_uuid}")
def get_workflow_task(world: World, call: Call) -> Reply:
    """GET /workflow/tasks/{task_uuid}."""
    return ok({"task": _task(world, call)})


@_route("PUT", "/workflow/tasks/{task_uuid}")
def update_workflow_task(world: World, call: Call) -> Reply:
    """PUT /workflow/tasks/{task_uuid}: the fields sent replace the stored ones."""
    task = _task(world, call)
    body = _task_body(call)
    task.update(
        {k: v for k, v in body.items() if k not in ("workflow_task_uuid", "global_task_number")}
    )
    task["last_update_dts"] = world.now_ts()
    return ok({"task": task})


@_route("GET", "/workflow/tasks/attachments/{extension}")
def get_workflow_task_attachment_upload_url(world: World, call: Call) -> Reply:
    """GET /workflow/tasks/attachments/{extension}."""
    extension = call.params["extension"]
    key = world.token("upload", extension, len(world.tasks))
    return ok(
        {
            "workflow_attachment_upload_url": {
                "key": f"{key}.{extension}",
                "url": f"https://uploads.example.com/{key}.{extension}?signature=sandbox",
            }
        }
    )


@_route("GET", "/workflow/tasks/by/{object_type}/{object_id}")
def get_workflow_task_by_object_type(world: World, call: Call) -> Reply:
    """GET /workflow/tasks/by/{object_type}/{object_id} (not paged)."""
    object_type, object_id = call.params["object_type"], call.params["object_id"]
    tasks = [
        t
        for t in world.tasks.values()
        if t.get("object_type") == object_type and t.get("object_id") == object_id
    ]
    return ok({"tasks": tasks})


@_route("GET", "/workflow/tasks/open_count")
def get_workflow_task_open_count(world: World, call: Call) -> Reply:
    """GET /workflow/tasks/open_count."""
    return ok({"open_count": sum(1 for t in world.tasks.values() if t.get("status") == "open")})


@_route("GET", "/workflow/tasks/tags")
def get_workflow_task_tags(world: World, call: Call) -> Reply:
    """GET /workflow/tasks/tags: every distinct tag, sorted."""
    tags = sorted({tag for t in world.tasks.values() for tag in t.get("tags") or ()})
    return ok({"tags": tags})


def _task_filters(world: World, body: dict[str, Any]) -> list[LogPredicate]:
    preds: list[LogPredicate] = []
    for name in (
        "assigned_to_group",
        "assigned_to_group_id",
        "assigned_to_user",
        "assigned_to_user_id",
        "object_email",
        "object_type",
        "priority",
        "status",
    ):
        if body.get(name) is not None:
            preds.append(_equals(name, body[name]))
    if body.get("assigned_to_me"):
        preds.append(_equals("assigned_to_user_id", world.me_user_id))
    if body.get("unassigned"):
        preds.append(lambda t: "assigned_to_user_id" not in t and "assigned_to_group_id" not in t)
    created_by = body.get("created_by")
    if isinstance(created_by, dict) and created_by.get("user_id") is not None:
        creator = created_by["user_id"]
        preds.append(lambda t: (t.get("created_by") or {}).get("user_id") == creator)
    tags = body.get("tags")
    if tags:
        if not isinstance(tags, list):
            raise ApiError(400, "Invalid tags: expected a list of strings.")
        wanted = set(tags)
        preds.append(lambda t: wanted <= set(t.get("tags") or ()))
    for field in ("created_dts", "delay_until_dts", "due_dts", "last_update_dts"):
        for suffix, lower in (("_begin", True), ("_end", False)):
            name = f"{field}{suffix}"
            if body.get(name):
                bound = parse_ts(str(body[name]), name)
                preds.append(_instant_bound(field, bound, lower=lower))
    return preds


@_route("POST", "/workflow/tasks/search")
def get_workflow_tasks(world: World, call: Call) -> Reply:
    """POST /workflow/tasks/search: WorkflowTasksRequest body; ``_limit`` (max 500),
    ``_offset``, ``_sort`` on the query string; default order is the global task number."""
    page = paging(call, MAX_WORKFLOW_TASKS)
    body = call.json_object() if call.body.strip() else {}
    for name in ("object_type", "priority", "status"):
        if name in body and body[name] not in _TASK_ENUMS[name]:
            raise ApiError(400, f"Invalid {name} {body[name]!r}.")
    preds = _task_filters(world, body)
    tasks = [t for t in world.tasks.values() if all(p(t) for p in preds)]
    tasks = apply_sort(tasks, parse_sort(call.query.get("_sort"), _scalar_sort(tasks)))
    return paged_reply("tasks", tasks, page)


# --- users and groups ---------------------------------------------------------------------------


def _group(world: World, call: Call) -> dict[str, Any]:
    oid = call.int_param("group_oid")
    return found(world.groups.get(oid), f"Group {oid}")


def _user(world: World, call: Call) -> dict[str, Any]:
    user_id = call.int_param("user_id")
    return found(world.users.get(user_id), f"User {user_id}")


@_route("GET", "/user/groups")
def get_groups(world: World, call: Call) -> Reply:
    """GET /user/groups (not paged)."""
    return ok({"groups": list(world.groups.values())})


@_route("GET", "/user/groups/{group_oid}")
def get_group(world: World, call: Call) -> Reply:
    """GET /user/groups/{group_oid}: GroupResponse (the spec declares no body: upstream bug)."""
    return ok({"group": _group(world, call)})


def _group_changes(call: Call) -> dict[str, Any]:
    body = call.json_object()
    allowed = ("name", "notifications", "permissions", "users")
    return {k: copy.deepcopy(v) for k, v in body.items() if k in allowed}


@_route("POST", "/user/groups")
def insert_group(world: World, call: Call) -> Reply:
    """POST /user/groups: ``name`` required."""
    changes = _group_changes(call)
    required_text(changes, "name")
    world.next_group_oid += 1
    group = {"group_oid": world.next_group_oid, "notifications": [], "permissions": [], "users": []}
    group.update(changes)
    world.groups[world.next_group_oid] = group
    return ok({"group": group})


@_route("PUT", "/user/groups/{group_oid}")
def update_group(world: World, call: Call) -> Reply:
    """PUT /user/groups/{group_oid}."""
    group = _group(world, call)
    group.update(_group_changes(call))
    return ok({"group": group})


@_route("DELETE", "/user/groups/{group_oid}")
def delete_group(world: World, call: Call) -> Reply:
    """DELETE /user/groups/{group_oid}: 204."""
    group = _group(world, call)
    del world.groups[group["group_oid"]]
    return no_content()


@_route("GET", "/user/users")
def get_users(world: World, call: Call) -> Reply:
    """GET /user/users (not paged)."""
    return ok({"users": list(world.users.values())})


@_route("GET", "/user/users/{user_id}")
def get_user(world: World, call: Call) -> Reply:
    """GET /user/users/{user_id}."""
    return ok({"user": _user(world, call)})


_USER_FIELDS: Final = (
    "api_ip_address_masks", "email", "full_name", "groups", "linked_accounts", "login",
    "notifications", "otp_serial_number", "permissions", "phone",
)  # fmt: skip


@_route("POST", "/user/users")
def insert_user(world: World, call: Call) -> Reply:
    """POST /user/users: ``login`` required and unique; passwords accepted, never returned."""
    body = call.json_object()
    login = required_text(body, "login")
    if any(u.get("login") == login for u in world.users.values()):
        raise ApiError(400, f"The login {login!r} is already taken.")
    world.next_user_id += 1
    user: dict[str, Any] = {"user_id": world.next_user_id}
    user.update({k: copy.deepcopy(body[k]) for k in _USER_FIELDS if k in body})
    world.users[world.next_user_id] = user
    world.user_logins[world.next_user_id] = []
    return ok({"user": user})


@_route("PUT", "/user/users/{user_id}")
def update_user(world: World, call: Call) -> Reply:
    """PUT /user/users/{user_id}."""
    user = _user(world, call)
    body = call.json_object()
    user.update({k: copy.deepcopy(body[k]) for k in _USER_FIELDS if k in body})
    return ok({"user": user})


@_route("DELETE", "/user/users/{user_id}")
def delete_user(world: World, call: Call) -> Reply:
    """DELETE /user/users/{user_id}: 204."""
    user = _user(world, call)
    del world.users[user["user_id"]]
    world.user_logins.pop(user["user_id"], None)
    return no_content()


@_route("GET", "/user/users/{user_id}/logins")
def get_user_logins(world: World, call: Call) -> Reply:
    """GET /user/users/{user_id}/logins."""
    user = _user(world, call)
    return ok({"logins": world.user_logins.get(user["user_id"], [])})


ROUTES: Final = _route.routes()
