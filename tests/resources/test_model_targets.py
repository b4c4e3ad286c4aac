"""``update(model)`` and ``delete(model)``: the identifier comes from the model, so the common
flows (get, change, update; insert, then delete) need no ``int | None`` juggling. The explicit
forms (``update(oid, body)``, ``delete(oid)``) keep working."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import orjson
import pytest
from aiohttp import web

from ultracart_async import ConfigurationError, UltraCartClient
from ultracart_async.models import Customer, Group, UltraCartModel, User, Webhook, WorkflowTask

from .._client import make_client
from ..conftest import ScriptedServer

BASE = "/rest/v2"

Call = Callable[[UltraCartClient], Awaitable[Any]]


def echo(key: str) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    """A handler answering a PUT with its own body under ``key``, and a DELETE with 204."""

    async def handler(request: web.Request) -> web.StreamResponse:
        if request.method == "DELETE":
            return web.Response(status=204)
        return web.json_response({key: await request.json(), "success": True})

    return handler


CUSTOMER = Customer(customer_profile_oid=42, email="jane@example.com", extra_fields={"new": 1})
WEBHOOK = Webhook(webhook_oid=12, webhook_url="https://example.com/uc")
USER = User(user_id=5, login="jane")
GROUP = Group(group_oid=3, name="Ops")
TASK = WorkflowTask(workflow_task_uuid="t-1/x", task_name="Call back")

# (call, envelope key, method, path, body sent, type returned)
CASES: list[tuple[str, Call, str, str, str, Any, type[UltraCartModel] | None]] = [
    (
        "customers.update(customer)",
        lambda uc: uc.customers.update(CUSTOMER, expand="billing"),
        "customer",
        "PUT",
        "/customer/customers/42",
        {"customer_profile_oid": 42, "email": "jane@example.com", "new": 1},
        Customer,
    ),
    (
        "customers.update(dict)",
        lambda uc: uc.customers.update({"customer_profile_oid": 7, "email": "a@b.co"}),
        "customer",
        "PUT",
        "/customer/customers/7",
        {"customer_profile_oid": 7, "email": "a@b.co"},
        Customer,
    ),
    (
        "customers.update(oid, customer)",
        lambda uc: uc.customers.update(9, CUSTOMER),
        "customer",
        "PUT",
        "/customer/customers/9",  # the explicit oid names the target, as before
        {"customer_profile_oid": 42, "email": "jane@example.com", "new": 1},
        Customer,
    ),
    (
        "customers.update(keywords)",
        lambda uc: uc.customers.update(customer_profile_oid=9, customer={"email": "k@b.co"}),
        "customer",
        "PUT",
        "/customer/customers/9",
        {"email": "k@b.co"},
        Customer,
    ),
    (
        "customers.delete(customer)",
        lambda uc: uc.customers.delete(CUSTOMER),
        "customer",
        "DELETE",
        "/customer/customers/42",
        None,
        None,
    ),
    (
        "webhooks.update(webhook)",
        lambda uc: uc.webhooks.update(WEBHOOK, placeholders=True),
        "webhook",
        "PUT",
        "/webhook/webhooks/12",
        {"webhook_oid": 12, "webhook_url": "https://example.com/uc"},
        Webhook,
    ),
    (
        "webhooks.update(oid, dict)",
        lambda uc: uc.webhooks.update(13, {"webhook_url": "https://x"}),
        "webhook",
        "PUT",
        "/webhook/webhooks/13",
        {"webhook_url": "https://x"},
        Webhook,
    ),
    (
        "webhooks.delete(webhook)",
        lambda uc: uc.webhooks.delete(WEBHOOK),
        "webhook",
        "DELETE",
        "/webhook/webhooks/12",
        None,
        None,
    ),
    (
        "users.update(user)",
        lambda uc: uc.users.update(USER),
        "user",
        "PUT",
        "/user/users/5",
        {"user_id": 5, "login": "jane"},
        User,
    ),
    (
        "users.delete(user)",
        lambda uc: uc.users.delete(USER),
        "user",
        "DELETE",
        "/user/users/5",
        None,
        None,
    ),
    (
        "users.update_group(group)",
        lambda uc: uc.users.update_group(GROUP),
        "group",
        "PUT",
        "/user/groups/3",
        {"group_oid": 3, "name": "Ops"},
        Group,
    ),
    (
        "users.delete_group(group)",
        lambda uc: uc.users.delete_group(GROUP),
        "group",
        "DELETE",
        "/user/groups/3",
        None,
        None,
    ),
    (
        "workflow.update_task(task)",
        lambda uc: uc.workflow.update_task(TASK),
        "task",
        "PUT",
        "/workflow/tasks/t-1%2Fx",  # the uuid is one path segment, encoded
        {"workflow_task_uuid": "t-1/x", "task_name": "Call back"},
        WorkflowTask,
    ),
]


@pytest.mark.parametrize(
    ("call", "key", "method", "path", "body", "returns"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
async def test_the_model_names_its_own_target(
    server: ScriptedServer,
    call: Call,
    key: str,
    method: str,
    path: str,
    body: Any,
    returns: type[UltraCartModel] | None,
) -> None:
    server.handler = echo(key)
    async with make_client(server) as uc:
        result = await call(uc)

    (request,) = server.requests
    assert request["method"] == method
    assert request["raw_path"].split("?")[0] == BASE + path
    assert (orjson.loads(request["body"]) if request["body"] else None) == body
    if returns is None:
        assert result is None
    else:
        assert isinstance(result, returns)
        assert result.to_dict() == body


BAD: list[tuple[Call, str]] = [
    (
        lambda uc: uc.customers.update(Customer(email="new@example.com")),
        r"customer.customer_profile_oid is None: pass a Customer returned by UltraCart",
    ),
    (
        lambda uc: uc.customers.update({"email": "new@example.com"}),
        r"customer.customer_profile_oid is None",
    ),
    (
        lambda uc: uc.customers.update(Customer(customer_profile_oid="42")),  # type: ignore[arg-type]
        r"customer.customer_profile_oid must be an int, got str",
    ),
    (
        lambda uc: uc.customers.update(42),  # type: ignore[call-overload]
        r"customer is required: call update\(customer\) with a Customer that has its "
        r"customer_profile_oid, or update\(customer_profile_oid, customer\); got only a int",
    ),
    (
        lambda uc: uc.customers.update(42, None),  # type: ignore[call-overload]
        r"customer must be a Customer or a dict, got NoneType",
    ),
    (
        lambda uc: uc.customers.update(Webhook(webhook_oid=1)),  # type: ignore[call-overload]
        r"customer is required: call update\(customer\) .* got only a Webhook",
    ),
    (
        lambda uc: uc.customers.delete(Customer(email="x@example.com")),
        r"customer_profile_oid: the Customer given has no customer_profile_oid \(None\)",
    ),
    (
        lambda uc: uc.customers.delete(Webhook(webhook_oid=1)),  # type: ignore[arg-type]
        r"customer_profile_oid must be an int, got Webhook",
    ),
    (lambda uc: uc.webhooks.update(Webhook()), r"webhook.webhook_oid is None"),
    (lambda uc: uc.webhooks.delete(Webhook()), r"the Webhook given has no webhook_oid"),
    (lambda uc: uc.users.update(User(login="x")), r"user.user_id is None"),
    (lambda uc: uc.users.delete(User()), r"the User given has no user_id"),
    (lambda uc: uc.users.update_group(Group(name="x")), r"group.group_oid is None"),
    (lambda uc: uc.users.delete_group(Group()), r"the Group given has no group_oid"),
    (lambda uc: uc.workflow.update_task(WorkflowTask()), r"task.workflow_task_uuid is None"),
    (
        lambda uc: uc.workflow.update_task(WorkflowTask(workflow_task_uuid=" ")),
        r"task.workflow_task_uuid must not be empty",
    ),
]


@pytest.mark.parametrize(("call", "message"), BAD, ids=[m for _, m in BAD])
async def test_a_model_without_its_identifier_is_refused_before_any_request(
    server: ScriptedServer, call: Call, message: str
) -> None:
    async with make_client(server) as uc:
        with pytest.raises(ConfigurationError, match=message):
            await call(uc)

    assert server.requests == []
