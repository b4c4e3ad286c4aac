"""Envelopes and ``metadata.result_set`` of every paged list, at the page boundaries."""

from __future__ import annotations

from typing import Any

import pytest

from ultracart_async.sandbox import Sandbox


async def _paged_endpoints(fetch: Any, sb: Sandbox) -> list[tuple[str, str, Any, str]]:
    """(method, path, body, payload name) for each of the 8 paged operations."""
    status, body, _ = await fetch(sb, "GET", "/webhook/webhooks?_limit=1")
    assert status == 200
    if body["webhooks"]:
        hook = body["webhooks"][0]["webhook_oid"]
    else:
        # No generated webhook: insert one (it has no logs yet).
        status, body, _ = await fetch(
            sb, "POST", "/webhook/webhooks", json={"webhook_url": "https://h.example/x"}
        )
        hook = body["webhook"]["webhook_oid"]
    return [
        ("GET", "/customer/customers", None, "customers"),
        ("POST", "/customer/customers/query", {}, "customers"),
        ("GET", "/customer/customers/search", None, "customers"),
        ("GET", "/webhook/webhooks", None, "webhooks"),
        ("GET", f"/webhook/webhooks/{hook}/logs", None, "webhook_log_summaries"),
        ("POST", "/workflow/tasks/search", {}, "tasks"),
        ("GET", "/workflow/assignment_groups", None, "groups"),
        ("GET", "/workflow/assignment_users", None, "users"),
    ]


@pytest.mark.parametrize("total", [0, 1, 199, 200, 201])
async def test_result_set_at_page_boundaries(
    fetch: Any, ultracart_sandbox_factory: Any, total: int
) -> None:
    hooks = total if total else 0
    sb = await ultracart_sandbox_factory(
        customers=total,
        webhooks=hooks,
        webhook_logs=total,
        workflow_tasks=total,
        users=total,
        groups=total,
    )
    endpoints = await _paged_endpoints(fetch, sb)
    for method, path, body, payload in endpoints:
        expected_total = 1 if (payload == "webhooks" and total == 0) else total
        seen: list[Any] = []
        offset = 0
        while True:
            status, page, _ = await fetch(
                sb, method, f"{path}?_limit=200&_offset={offset}", json=body
            )
            assert status == 200, (path, page)
            assert page["success"] is True
            assert page["metadata"]["payload_name"] == payload
            rs = page["metadata"]["result_set"]
            items = page[payload]
            assert rs["count"] == len(items)
            assert rs["limit"] == 200
            assert rs["offset"] == offset
            assert rs["total_records"] == expected_total, path
            seen.extend(items)
            if offset + len(items) < expected_total:
                assert rs["more"] is True
                assert rs["next_offset"] == offset + len(items)
                offset = rs["next_offset"]
            else:
                assert rs["more"] is False
                assert "next_offset" not in rs
                break
        assert len(seen) == expected_total, path


@pytest.mark.parametrize(
    ("method", "path", "limit"),
    [
        ("GET", "/customer/customers", 200),
        ("POST", "/customer/customers/query", 200),
        ("GET", "/customer/customers/search", 200),
        ("GET", "/webhook/webhooks", 200),
        ("GET", "/webhook/webhooks/3001/logs", 200),
        ("POST", "/workflow/tasks/search", 500),
        ("GET", "/workflow/assignment_groups", 200),
        ("GET", "/workflow/assignment_users", 200),
    ],
)
async def test_limit_above_max_is_400(
    fetch: Any, ultracart_sandbox: Sandbox, method: str, path: str, limit: int
) -> None:
    body = {} if method == "POST" else None
    status, _, _ = await fetch(ultracart_sandbox, method, f"{path}?_limit={limit}", json=body)
    assert status == 200
    status, err, headers = await fetch(
        ultracart_sandbox, method, f"{path}?_limit={limit + 1}", json=body
    )
    assert status == 400
    assert str(limit) in headers["UC-REST-ERROR"]
    assert err["success"] is False
    assert err["error"]["developer_message"] == headers["UC-REST-ERROR"]


@pytest.mark.ultracart_sandbox(customers=60)
async def test_sort_plus_must_be_encoded(fetch: Any, ultracart_sandbox: Sandbox) -> None:
    sb = ultracart_sandbox
    status, err, headers = await fetch(sb, "GET", "/customer/customers?_sort=+email")
    assert status == 400
    assert "URL-encode the +" in headers["UC-REST-ERROR"]
    assert "URL-encode the +" in err["error"]["developer_message"]
    status, page, _ = await fetch(sb, "GET", "/customer/customers?_sort=%2Bemail")
    assert status == 200
    emails = [c["email"] for c in page["customers"]]
    assert emails == sorted(emails, key=str.casefold)
    status, page, _ = await fetch(sb, "GET", "/customer/customers?_sort=-email&_limit=200")
    assert [c["email"] for c in page["customers"]] == sorted(emails, key=str.casefold, reverse=True)


@pytest.mark.ultracart_sandbox(customers=120)
async def test_sort_orders_and_tiebreaker(fetch: Any, ultracart_sandbox: Sandbox) -> None:
    sb = ultracart_sandbox
    _, page, _ = await fetch(sb, "GET", "/customer/customers?_limit=200")
    oids = [c["customer_profile_oid"] for c in page["customers"]]
    assert oids == sorted(oids)
    _, page, _ = await fetch(
        sb, "GET", "/customer/customers?_limit=200&_sort=-customer_profile_oid"
    )
    assert [c["customer_profile_oid"] for c in page["customers"]] == sorted(oids, reverse=True)
    _, page, _ = await fetch(sb, "GET", "/customer/customers?_limit=200&_sort=-last_modified_dts")
    got = [
        (sb.world.customers.times[c["customer_profile_oid"]][1], c["customer_profile_oid"])
        for c in page["customers"]
    ]  # type: ignore[union-attr]
    assert got == sorted(got, key=lambda t: (-t[0], t[1]))
    _, page, _ = await fetch(
        sb, "GET", "/customer/customers?_limit=200&_sort=allow_cod,%2Bbilling.first_name"
    )
    assert len(page["customers"]) == 120
    status, _, _ = await fetch(sb, "GET", "/customer/customers?_sort=nonsense")
    assert status == 400


@pytest.mark.ultracart_sandbox(customers=50)
async def test_expand_and_since_and_filters(fetch: Any, ultracart_sandbox: Sandbox) -> None:
    sb = ultracart_sandbox
    _, bare, _ = await fetch(sb, "GET", "/customer/customers?_limit=1")
    customer = bare["customers"][0]
    assert "billing" not in customer
    assert None not in customer.values()
    _, expanded, _ = await fetch(
        sb, "GET", "/customer/customers?_limit=1&_expand=billing,shipping,bogus"
    )
    full = expanded["customers"][0]
    assert isinstance(full["billing"], list)
    assert isinstance(full["shipping"], list)
    assert "cards" not in full
    oid = customer["customer_profile_oid"]
    record = sb.customer(oid)
    assert record is not None
    first = record["billing"][0]["first_name"]
    _, found, _ = await fetch(
        sb, "POST", "/customer/customers/query?_limit=200",
        json={"billing_first_name": first},
    )  # fmt: skip
    assert oid in {c["customer_profile_oid"] for c in found["customers"]}
    assert all(
        any(a["first_name"].casefold().startswith(first.casefold()) for a in c["billing"])
        for c in [sb.customer(x["customer_profile_oid"]) for x in found["customers"]]
        if c is not None
    )
    # _since: nothing was modified after the data epoch, then one update is.
    _, since, _ = await fetch(sb, "GET", "/customer/customers?_since=2026-06-01T00:00:00Z")
    assert since["metadata"]["result_set"]["total_records"] == 0
    status, _, _ = await fetch(sb, "PUT", f"/customer/customers/{oid}", json={"fax": "555-0199"})
    assert status == 200
    _, since, _ = await fetch(sb, "GET", "/customer/customers?_since=2026-06-01T00:00:00Z")
    assert [c["customer_profile_oid"] for c in since["customers"]] == [oid]
