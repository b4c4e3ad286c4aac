# pyright: strict
"""The common flows, written as a user would, with no casts: ``mypy --strict`` must pass.

tests/test_typing.py runs ``mypy --strict`` on this file (and pyright in strict mode, when it is
installed), so CI fails when a flow stops type-checking, and runs :func:`run_all` against the
sandbox, so the flows also work.

The ``# type: ignore[...]`` lines in :func:`refused_by_type_checkers` pin mistakes that must
stay type errors: under ``--strict`` an ignore that is no longer needed is itself an error.
"""

from __future__ import annotations

from typing import Any, assert_type

from ultracart_async import UltraCartClient
from ultracart_async.models import (
    Customer,
    CustomerBilling,
    Group,
    User,
    Webhook,
    WorkflowTask,
)


async def get_change_update(uc: UltraCartClient, oid: int) -> Customer:
    """The README's quick start: get, change, update; the oid comes from the model."""
    customer = await uc.customers.get(oid, expand=["billing", "shipping"])
    customer.email = "new@example.com"
    return await uc.customers.update(customer)


async def update_by_oid(uc: UltraCartClient, oid: int) -> Customer:
    """The explicit form still works, with a model or a dict of wire names."""
    customer = await uc.customers.update(oid, Customer(email="by-oid@example.com"))
    return await uc.customers.update(oid, {"email": customer.email, "merchant_id": "DEMO"})


async def insert_then_delete(uc: UltraCartClient) -> Customer:
    """Insert, then delete the customer UltraCart stored (its oid is ``int | None``)."""
    created = await uc.customers.insert(
        Customer(email="typed@example.com", billing=[CustomerBilling(first_name="Ty")])
    )
    await uc.customers.delete(created)
    return created


async def webhook_flow(uc: UltraCartClient) -> Webhook:
    """Insert a webhook, change it, update it from the model, delete it."""
    hook = await uc.webhooks.insert(
        Webhook(webhook_url="https://example.com/uc", api_version="2017-03-01")
    )
    hook.webhook_url = "https://example.com/uc/v2"
    hook = await uc.webhooks.update(hook)
    await uc.webhooks.delete(hook)
    return hook


async def user_and_group_flow(uc: UltraCartClient) -> tuple[User, Group]:
    """The same flow for users and permission groups."""
    user = await uc.users.insert(User(login="typed", email="typed@example.com"))
    user.full_name = "Typed User"
    user = await uc.users.update(user)
    await uc.users.delete(user)
    group = await uc.users.insert_group(Group(name="Typed"))
    group.name = "Typed, renamed"
    group = await uc.users.update_group(group)
    await uc.users.delete_group(group)
    return user, group


async def task_flow(uc: UltraCartClient) -> WorkflowTask:
    """Insert a workflow task, change it, update it from the model."""
    task = await uc.workflow.insert_task(
        WorkflowTask(task_name="Call back", object_type="customer profile", object_id="1")
    )
    task.task_name = "Call back today"
    return await uc.workflow.update_task(task)


def wire_round_trip(customer: Customer) -> Customer:
    """The four wire methods, typed: ``from_*`` return the class they are called on."""
    data = customer.to_dict()
    assert_type(data, dict[str, Any])
    text = customer.to_json()
    assert_type(text, bytes)
    again = Customer.from_json(text)
    assert_type(again, Customer)
    billing = CustomerBilling.from_dict({"first_name": "Ty"})
    assert_type(billing, CustomerBilling)
    return Customer.from_dict(data)


async def run_all(uc: UltraCartClient, oid: int) -> dict[str, Any]:
    """Every flow above, in order; what each returned, for the test to check."""
    updated = await get_change_update(uc, oid)
    return {
        "updated": updated,
        "by_oid": await update_by_oid(uc, oid),
        "created": await insert_then_delete(uc),
        "webhook": await webhook_flow(uc),
        "user_and_group": await user_and_group_flow(uc),
        "task": await task_flow(uc),
        "round_trip": wire_round_trip(updated),
    }


async def refused_by_type_checkers(uc: UltraCartClient, customer: Customer) -> None:
    """Never run. Each line is a mistake a type checker must keep reporting."""
    # The old quick start: customer_profile_oid is ``int | None``; update(customer) is the fix.
    await uc.customers.update(customer.customer_profile_oid, customer)  # type: ignore[arg-type]
    # An oid alone is not an update.
    await uc.customers.update(42)  # type: ignore[call-overload]
    # A Customer is not a Webhook.
    await uc.webhooks.update(customer)  # type: ignore[call-overload]
    # from_json takes bytes or str, not a dict.
    Customer.from_json({"email": "x"})  # type: ignore[arg-type]
    # The listing filters are keywords a checker knows by name and type (``**filters`` typed
    # by their TypedDict): a misspelt filter or a wrong type is reported, list or export.
    uc.customers.list(billing_stat="CA")  # type: ignore[call-arg]
    uc.customers.list(pricing_tier_oid="12")  # type: ignore[arg-type]
    uc.customers.export(sinse="2026-01-01")  # type: ignore[call-arg]
    uc.webhooks.list_log_summaries(12, sucess=False)  # type: ignore[call-arg]
    uc.webhooks.list_log_summaries(12, duration="5")  # type: ignore[arg-type]
