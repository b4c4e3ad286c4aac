"""Errors, writes, raw path parameters, determinism and the no-client-import rule."""

from __future__ import annotations

import ast
import pathlib
from typing import Any
from urllib.parse import quote

import aiohttp
import pytest

import ultracart_async.sandbox
from tests._paths import AWKWARD_EMAILS
from ultracart_async.sandbox import Sandbox

VERSION = {"X-UltraCart-Api-Version": "2017-03-01"}
ERROR_CASES = [
    (VERSION, "/customer/customers", 401),
    ({"x-ultracart-simple-key": "wrong", **VERSION}, "/customer/customers", 401),
    ({"Authorization": "Bearer nope", **VERSION}, "/customer/customers", 401),
    (None, "/customer/customers/1", 404),
    (None, "/customer/customers/by_email/nobody%40example.com", 404),
    (None, "/webhook/webhooks/1/logs", 404),
    (None, "/workflow/tasks/no-such-uuid", 404),
    (None, "/user/users/1", 404),
]  # fmt: skip


@pytest.mark.parametrize(("headers", "path", "status"), ERROR_CASES)
async def test_errors_have_header_and_body(
    fetch: Any, ultracart_sandbox: Sandbox, headers: Any, path: str, status: int
) -> None:
    got, body, response_headers = await fetch(ultracart_sandbox, "GET", path, headers=headers)
    assert got == status
    message = response_headers["UC-REST-ERROR"]
    assert message
    assert body["success"] is False
    assert body["metadata"] == {}
    assert body["error"]["developer_message"] == message
    assert "user_message" in body["error"]
    assert len(response_headers["X-UltraCart-Request-Id"]) == 32


async def test_version_header_required_and_bearer_accepted(
    fetch: Any, ultracart_sandbox: Sandbox
) -> None:
    sb = ultracart_sandbox
    status, body, headers = await fetch(
        sb, "GET", "/customer/customers", headers={"x-ultracart-simple-key": sb.simple_key}
    )
    assert status == 400
    assert "X-UltraCart-Api-Version" in headers["UC-REST-ERROR"]
    assert body["success"] is False
    bearer = {"Authorization": f"Bearer {sb.oauth_token}", "X-UltraCart-Api-Version": "2017-03-01"}
    status, _, _ = await fetch(sb, "GET", "/customer/customers", headers=bearer)
    assert status == 200


async def test_customer_writes(fetch: Any, ultracart_sandbox: Sandbox) -> None:
    sb = ultracart_sandbox
    before = sb.snapshot_ids()
    new = {
        "email": "zoë+new@example.com",
        "billing": [{"first_name": "Zoë", "last_name": "中文", "city": "Zürich"}],
        "password": "secret",
    }
    status, body, _ = await fetch(sb, "POST", "/customer/customers?_expand=billing", json=new)
    assert status == 200
    customer = body["customer"]
    oid = customer["customer_profile_oid"]
    assert oid not in before
    assert oid in sb.live_ids()
    assert "password" not in customer
    assert customer["billing"][0]["customer_profile_oid"] == oid
    assert customer["last_modified_dts"][-6] in "+-"
    status, body, _ = await fetch(sb, "GET", f"/customer/customers/{oid}?_expand=billing")
    assert status == 200
    assert body["customer"] == customer
    status, _, _ = await fetch(sb, "POST", "/customer/customers", json={"email": new["email"]})
    assert status == 400  # duplicate email
    status, body, _ = await fetch(sb, "DELETE", f"/customer/customers/{oid}")
    assert (status, body) == (204, b"")
    status, _, _ = await fetch(sb, "GET", f"/customer/customers/{oid}")
    assert status == 404
    assert sb.live_ids() == before


async def test_side_writes(fetch: Any, ultracart_sandbox: Sandbox) -> None:
    sb = ultracart_sandbox
    oid = min(sb.live_ids())
    base = f"/customer/customers/{oid}"
    status, item, _ = await fetch(sb, "POST", f"{base}/wishlist", json={"comments": "size 9"})
    assert status == 200
    item_oid = item["customer_wishlist_item_oid"]
    _, listing, _ = await fetch(sb, "GET", f"{base}/wishlist")
    assert [i["customer_wishlist_item_oid"] for i in listing["wishlist_items"]] == [item_oid]
    status, _, _ = await fetch(sb, "DELETE", f"{base}/wishlist/{item_oid}")
    assert status == 204
    status, _, _ = await fetch(sb, "GET", f"{base}/wishlist/{item_oid}")
    assert status == 404
    status, _, _ = await fetch(sb, "POST", f"{base}/store_credit", json={"amount": 12.5})
    assert status == 200
    _, credit, _ = await fetch(sb, "GET", f"{base}/store_credit")
    assert credit["customer_store_credit"]["total"] == 12.5
    status, hook, _ = await fetch(
        sb, "POST", "/webhook/webhooks", json={"webhook_url": "https://x.example/h"}
    )
    assert status == 200
    hook_oid = hook["webhook"]["webhook_oid"]
    status, _, _ = await fetch(sb, "DELETE", f"/webhook/webhooks/{hook_oid}")
    assert status == 204
    status, task, _ = await fetch(sb, "POST", "/workflow/tasks", json={"task_name": "Call back"})
    assert status == 200
    uuid = task["task"]["workflow_task_uuid"]
    status, got, _ = await fetch(sb, "PUT", f"/workflow/tasks/{uuid}", json={"status": "closed"})
    assert got["task"]["status"] == "closed"
    status, group, _ = await fetch(sb, "POST", "/user/groups", json={"name": "Ops"})
    assert status == 200
    status, _, _ = await fetch(sb, "DELETE", f"/user/groups/{group['group']['group_oid']}")
    assert status == 204


@pytest.mark.parametrize("email", [*AWKWARD_EMAILS, "zoë.中文😀@example.com"])
async def test_encoded_path_params_reach_the_customer(
    fetch: Any, ultracart_sandbox: Sandbox, email: str
) -> None:
    sb = ultracart_sandbox
    status, body, _ = await fetch(sb, "POST", "/customer/customers", json={"email": email})
    assert status == 200
    oid = body["customer"]["customer_profile_oid"]
    encoded = quote(email, safe="@")
    status, body, _ = await fetch(sb, "GET", f"/customer/customers/by_email/{encoded}")
    assert status == 200
    assert body["customer"]["customer_profile_oid"] == oid
    assert body["customer"]["email"] == email
    assert sb.stats.request_log[-1].raw_path.endswith("/by_email/" + encoded)


async def test_same_seed_same_bytes(fetch: Any, ultracart_sandbox_factory: Any) -> None:
    a = await ultracart_sandbox_factory(customers=300, seed=7)
    b = await ultracart_sandbox_factory(customers=300, seed=7)
    c = await ultracart_sandbox_factory(customers=300, seed=8)
    paths = [
        "/customer/customers?_limit=200&_offset=100&_expand="
        + ",".join(ultracart_async.sandbox.EXPANSIONS),
        "/webhook/webhooks/3001/logs?_limit=50",
        "/user/users",
    ]  # fmt: skip
    for path in paths:
        _, body_a, _ = await fetch(a, "GET", path, raw=True)
        _, body_b, _ = await fetch(b, "GET", path, raw=True)
        _, body_c, _ = await fetch(c, "GET", path, raw=True)
        assert body_a == body_b
        assert body_a != body_c
    _, tasks_a, _ = await fetch(a, "POST", "/workflow/tasks/search", json={}, raw=True)
    _, tasks_b, _ = await fetch(b, "POST", "/workflow/tasks/search", json={}, raw=True)
    assert tasks_a == tasks_b


@pytest.mark.ultracart_sandbox(customers=400, seed=3)
async def test_realistic_customers(fetch: Any, ultracart_sandbox: Sandbox) -> None:
    sb = ultracart_sandbox
    every = ",".join(ultracart_async.sandbox.EXPANSIONS)
    _, bare, _ = await fetch(sb, "GET", "/customer/customers?_limit=200", raw=True)
    _, full, _ = await fetch(sb, "GET", f"/customer/customers?_limit=200&_expand={every}", raw=True)
    assert 700 < len(bare) / 200 < 1400
    assert 2000 < len(full) / 200 < 5000
    text = full.decode()
    assert "+shop@" in text
    assert any(ch in text for ch in "éüø")
    assert "null" not in text


def test_sandbox_never_imports_the_client() -> None:
    package = pathlib.Path(ultracart_async.sandbox.__file__).parent
    offenders = []
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level == 0 and node.module:
                    names = [node.module]
                elif node.level > 1:
                    names = ["<relative import above the sandbox package>"]
            for name in names:
                if (
                    name == "ultracart_async"
                    or (
                        name.startswith("ultracart_async.")
                        and not name.startswith("ultracart_async.sandbox")
                    )
                    or name.startswith("<")
                ):
                    offenders.append(f"{path.name}: {name}")
    assert offenders == []


def test_only_loopback() -> None:
    with pytest.raises(ValueError, match=r"127\.0\.0\.1"):
        Sandbox(host="0.0.0.0")


async def test_open_connections_drop_to_zero(ultracart_sandbox: Sandbox) -> None:
    sb = ultracart_sandbox
    async with aiohttp.ClientSession(headers=sb.headers) as s:
        for _ in range(3):
            async with s.get(sb.base_url + "/workflow/me") as r:
                assert r.status == 200
        assert sb.stats.open_connections >= 1
    assert await sb.wait_idle()
    assert sb.stats.open_connections == 0
