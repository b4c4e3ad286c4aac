"""Everything the sandbox serves besides customers: webhooks and their logs, workflow tasks,
users and groups, plus per-customer side data (wish lists, store credit, ...).

All of it is generated from the seed, so two sandboxes with the same seed start identical.
"""

from __future__ import annotations

import hashlib
import random
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, Final

from ._customers_data import DATA_EPOCH, MERCHANT_ID, CustomerStore
from ._http import format_ts

__all__ = ["EVENT_CATEGORIES", "REFLOW_EVENTS", "World"]

#: Event names per category, from UltraCart's webhook sample (ultracart-api.md §6).
EVENT_CATEGORIES: Final[dict[str, tuple[str, ...]]] = {
    "auto_order": (
        "auto_order_cancel", "auto_order_create", "auto_order_decline", "auto_order_disable",
        "auto_order_preshipment", "auto_order_rebill", "auto_order_update",
    ),
    "chargeback": ("chargeback_create", "chargeback_delete", "chargeback_update"),
    "checkout": ("checkout_cart_abandon", "checkout_cart_send_return_email"),
    "customer": ("customer_create", "customer_delete", "customer_update"),
    "fulfillment": ("fulfillment_hold", "fulfillment_transmit"),
    "item": ("item_create", "item_delete", "item_update"),
    "order": (
        "order_abandon_recovery", "order_create", "order_delete", "order_payment_failed",
        "order_payment_process", "order_refund", "order_reject", "order_s3_invoice",
        "order_s3_packing_slip", "order_ship", "order_ship_delivered", "order_ship_expected",
        "order_ship_out_for_delivery", "order_stage_change", "order_update",
    ),
    "storefront": ("screen_recording",),
    "user": ("user_create", "user_delete", "user_login", "user_update"),
    "workflow_task": ("workflow_task_create", "workflow_task_delete", "workflow_task_update"),
}  # fmt: skip
#: "Currently, there are only two events available for reflow" (UltraCart samples).
REFLOW_EVENTS: Final = frozenset({"item_update", "order_create"})

_TASK_NAMES: Final = (
    "Review fraud score", "Call customer about backorder", "Update card on file",
    "Restock item", "Answer quote request", "Verify tax exemption", "Approve wholesale signup",
)  # fmt: skip
_TASK_TAGS: Final = ("urgent", "billing", "fraud", "inventory", "follow-up", "vip")
_OBJECT_TYPES: Final = ("order", "auto order", "item", "customer profile")
_PRIORITIES: Final = ("1 - low", "2 - medium", "3 - high", "4 - critical")
_STATUSES: Final = ("open", "closed", "delayed", "awaiting customer feedback")
_USER_NAMES: Final = (
    ("Ada", "Lovelace"), ("Grace", "Hopper"), ("Linus", "Torvalds"), ("Margaret", "Hamilton"),
    ("Edsger", "Dijkstra"), ("Frances", "Allen"), ("José", "Valim"), ("Łucja", "Wójcik"),
)  # fmt: skip
_PERMISSIONS: Final = (
    ("customer_read", "Customers"), ("customer_write", "Customers"), ("order_read", "Orders"),
    ("webhook_write", "Webhooks"), ("workflow_write", "Workflow"), ("user_write", "Users"),
)  # fmt: skip
_NOTIFICATIONS: Final = (("Order placed", "Orders"), ("Low stock", "Items"))


def _uuid(rng: random.Random) -> str:
    raw = f"{rng.getrandbits(128):032x}"
    return f"{raw[:8]}-{raw[8:12]}-4{raw[13:16]}-a{raw[17:20]}-{raw[20:]}"


class World:
    """The whole mutable state of one sandbox."""

    def __init__(
        self,
        *,
        seed: int,
        customers: int,
        webhooks: int,
        webhook_logs: int,
        workflow_tasks: int,
        users: int,
        groups: int,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.seed = seed
        self.clock = clock
        self.customers: CustomerStore = CustomerStore(seed, customers)
        # Writes draw ids/tokens from their own stream so reads never disturb them.
        self.write_rng: random.Random = random.Random(f"ultracart-sandbox:writes:{seed}")
        rng = random.Random(f"ultracart-sandbox:world:{seed}")
        self.wishlists: dict[int, dict[int, dict[str, Any]]] = {}
        self.store_credit: dict[int, list[dict[str, Any]]] = {}
        self.email_lists: dict[int, set[str]] = {}
        self.email_tokens: dict[str, str] = {}
        #: Filtered and sorted oid lists of customer list queries (LRU, keyed on data version).
        self.customer_list_cache: OrderedDict[Any, list[int]] = OrderedDict()
        self.next_nested_oid = 90_000_000
        self.next_wishlist_oid = 500_000
        self.next_ledger_oid = 700_000
        #: Edits made by update_customer (numbers the generated notes).
        self.update_count: int = 0

        self.users: dict[int, dict[str, Any]] = {}
        self.groups: dict[int, dict[str, Any]] = {}
        self.user_logins: dict[int, list[dict[str, Any]]] = {}
        self.next_user_id: int = 1000
        self.next_group_oid: int = 2000
        self._seed_groups(groups)
        self._seed_users(users, rng)
        #: The user the credentials belong to (``/workflow/me``): the first user, or a stand-in.
        self.me_user_id: int = next(iter(self.users), 1000)

        self.webhooks: dict[int, dict[str, Any]] = {}
        self.webhook_logs: dict[int, list[dict[str, Any]]] = {}
        self.next_webhook_oid: int = 3000
        self._seed_webhooks(webhooks, webhook_logs, rng)

        self.tasks: dict[str, dict[str, Any]] = {}
        self.next_task_number: int = 0
        for _ in range(workflow_tasks):
            task = self._task(rng)
            self.tasks[task["workflow_task_uuid"]] = task

    # The seeding steps share the world's one random stream: their order (users, webhooks,
    # tasks) is part of what a seed reproduces.

    def _seed_groups(self, groups: int) -> None:
        for i in range(groups):
            self.next_group_oid += 1
            name = f"Group {i + 1}" if i >= 3 else ("Admins", "Support", "Fulfillment")[i]
            self.groups[self.next_group_oid] = self._group(self.next_group_oid, name)

    def _seed_users(self, users: int, rng: random.Random) -> None:
        for i in range(users):
            self.next_user_id += 1
            first, last = _USER_NAMES[i % len(_USER_NAMES)]
            login = f"{first.lower()}{i + 1}"
            user = self._user(self.next_user_id, f"{first} {last}", login, rng)
            self.users[self.next_user_id] = user
            self.user_logins[self.next_user_id] = [
                {
                    "ip_address": f"192.0.2.{int(rng.random() * 250) + 1}",
                    "login": login,
                    "login_dts": format_ts(DATA_EPOCH - int(rng.random() * 90 * 86400)),
                    "user_agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0",
                }
                for _ in range(int(rng.random() * 4))
            ]

    def _seed_webhooks(self, webhooks: int, logs_each: int, rng: random.Random) -> None:
        for i in range(webhooks):
            self.next_webhook_oid += 1
            oid = self.next_webhook_oid
            self.webhooks[oid] = self.new_webhook(
                oid, {"webhook_url": f"https://hooks.example.com/uc/{i + 1}"}, rng
            )
            self.webhook_logs[oid] = self._logs(oid, logs_each, rng)

    def delete_customer(self, oid: int) -> bool:
        """Remove a customer and its side data; False when it did not exist."""
        if self.customers.delete(oid) is None:
            return False
        self.wishlists.pop(oid, None)
        self.store_credit.pop(oid, None)
        self.email_lists.pop(oid, None)
        return True

    def churn_insert(self, rng: random.Random) -> int:
        """Insert a generated customer stamped now (the churn task's write); returns its oid."""
        store = self.customers
        oid = store.add_generated(rng, int(self.clock()))
        record = dict(store.records[oid])
        record["last_modified_dts"] = self.now_ts()
        store.put(record)
        return oid

    def update_customer(self, oid: int, changes: dict[str, Any] | None = None) -> bool:
        """Change a stored customer as a merchant's edit does: ``changes`` (or a generated
        note) replace fields, ``last_modified_dts`` becomes now. False when it does not exist."""
        store = self.customers
        current = store.get(oid)
        if current is None:
            return False
        record = dict(current)
        self.update_count += 1
        record.update(changes or {"business_notes": f"Edited by churn #{self.update_count}."})
        record["last_modified_dts"] = self.now_ts()
        record["last_modified_by"] = "sandbox"
        store.put(record)
        return True

    def churn_update(self, rng: random.Random) -> int | None:
        """Update a random live customer (the churn task's edit); its oid, or None if empty."""
        order = self.customers.order
        if not order:
            return None
        oid = order[int(rng.random() * len(order))]
        self.update_customer(oid)
        return oid

    # -- helpers --------------------------------------------------------------------------------

    def now_ts(self) -> str:
        """The current time formatted like UltraCart (writes stamp the real clock)."""
        return format_ts(self.clock())

    def token(self, *parts: object) -> str:
        """A deterministic hex token derived from the seed and ``parts``."""
        text = ":".join(str(p) for p in (self.seed, *parts))
        return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()

    def _group(self, oid: int, name: str) -> dict[str, Any]:
        return {
            "group_oid": oid,
            "name": name,
            "notifications": [
                {"name": n, "notification_group": g, "selected": False} for n, g in _NOTIFICATIONS
            ],
            "permissions": [
                {"permission_Name": n, "permission_group": g, "selected": True}
                for n, g in _PERMISSIONS[:3]
            ],
            "users": [],
        }

    def _user(self, user_id: int, full_name: str, login: str, rng: random.Random) -> dict[str, Any]:
        group_oids = list(self.groups)
        member_of = {g for g in group_oids if rng.random() < 0.4}
        return {
            "api_ip_address_masks": [],
            "email": f"{login}@example.com",
            "full_name": full_name,
            "groups": [
                {"group_oid": g, "member": g in member_of, "name": self.groups[g]["name"]}
                for g in group_oids
            ],
            "linked_accounts": [],
            "login": login,
            "notifications": [
                {"name": n, "notification_group": g, "selected": rng.random() < 0.5}
                for n, g in _NOTIFICATIONS
            ],
            "permissions": [
                {"permission_Name": n, "permission_group": g, "selected": rng.random() < 0.6}
                for n, g in _PERMISSIONS
            ],
            "phone": f"404-555-{int(rng.random() * 10000):04d}",
            "user_id": user_id,
        }

    def event_categories(self, subscribed: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
        """The webhook event catalogue, with ``subscribed`` flags for one webhook."""
        out = []
        for category, events in EVENT_CATEGORIES.items():
            subs = [
                {
                    "event_description": name.replace("_", " ").capitalize(),
                    "event_name": name,
                    "subscribed": name in subscribed,
                    "supports_reflow": name in REFLOW_EVENTS,
                }
                for name in events
            ]
            flags = [s["subscribed"] for s in subs]
            out.append(
                {
                    "any_subscribed": any(flags),
                    "available_expansions": ["billing", "shipping"] if category == "order" else [],
                    "event_category": category,
                    "events": subs,
                    "subscribed": all(flags),
                }
            )
        return out

    def new_webhook(
        self, oid: int, body: dict[str, Any], rng: random.Random | None = None
    ) -> dict[str, Any]:
        """A webhook from a client's body (or a generated one), with server-side fields."""
        rng = rng or self.write_rng
        auth = body.get("authentication_type", "basic" if rng.random() < 0.5 else "none")
        hook: dict[str, Any] = {
            "api_user_oid": 40_000 + oid,
            "api_version": "2017-03-01",
            "authentication_type": auth,
            "compress_events": bool(body.get("compress_events", False)),
            "consecutive_failures": 0,
            "disabled": bool(body.get("disabled", False)),
            "maximum_events": int(body.get("maximum_events", 10)),
            "maximum_size": int(body.get("maximum_size", 5_242_880)),
            "merchant_id": MERCHANT_ID,
            "pending": 0,
            "webhook_oid": oid,
            "webhook_url": body["webhook_url"],
        }
        for key in ("name", "merchant_comments", "iam_access_key", "iam_secret_key"):
            if key in body:
                hook[key] = body[key]
        if auth == "basic":
            # "If omitted on insert UltraCart will automatically generate random ones."
            hook["basic_username"] = body.get("basic_username") or f"uc{self.token('u', oid)[:8]}"
            hook["basic_password"] = body.get("basic_password") or self.token("p", oid)[:16]
        chosen = body.get("event_categories")
        if isinstance(chosen, list):
            subscribed = frozenset(
                str(event.get("event_name"))
                for category in chosen
                if isinstance(category, dict)
                for event in category.get("events") or []
                if isinstance(event, dict) and event.get("subscribed", True)
            )
        else:
            subscribed = frozenset(
                name for name in EVENT_CATEGORIES["customer"] + EVENT_CATEGORIES["order"][:3]
            )
        hook["event_categories"] = self.event_categories(subscribed)
        return hook

    def _logs(self, webhook_oid: int, count: int, rng: random.Random) -> list[dict[str, Any]]:
        logs = []
        when = DATA_EPOCH - count * 600
        for i in range(count):
            when += 60 + int(rng.random() * 1100)
            success = rng.random() < 0.9
            status = 200 if success else (500, 404, 408)[int(rng.random() * 3)]
            event = ("order_create", "customer_update", "order_ship", "item_update")[i % 4]
            order_id = f"{MERCHANT_ID}-{2_000_000 + webhook_oid * 1000 + i:010d}"
            request_id = self.token("log", webhook_oid, i)
            logs.append(
                {
                    "delivery_dts": format_ts(when),
                    "duration": 20 + int(rng.random() * 900),
                    "event_names": [event],
                    "order_ids": [order_id] if event.startswith("order") else [],
                    "queue_delay": int(rng.random() * 5000),
                    "request": f'[{{"{event}": {{"order_id": "{order_id}"}}}}]',
                    "request_headers": [
                        {"name": "Content-Type", "value": "application/json"},
                        {"name": "User-Agent", "value": "UltraCart Webhook"},
                    ],
                    "request_id": request_id,
                    "response": "OK" if success else "Internal Server Error",
                    "response_headers": [{"name": "Content-Type", "value": "text/plain"}],
                    "status_code": status,
                    "success": success,
                    "uri": f"https://hooks.example.com/uc/{webhook_oid}",
                    "webhook_oid": webhook_oid,
                }
            )
        return logs

    def _task(self, rng: random.Random, body: dict[str, Any] | None = None) -> dict[str, Any]:
        self.next_task_number += 1
        number = self.next_task_number
        created = DATA_EPOCH - int(rng.random() * 120 * 86400)
        object_type = _OBJECT_TYPES[int(rng.random() * len(_OBJECT_TYPES))]
        me = self.users.get(self.me_user_id) if self.users else None
        task: dict[str, Any] = {
            "created_by": {"user": "system", "user_id": 0},
            "created_dts": format_ts(created),
            "global_task_number": number,
            "last_update_dts": format_ts(created + int(rng.random() * 86400 * 5)),
            "merchant_id": MERCHANT_ID,
            "object_id": f"{MERCHANT_ID}-{3_000_000 + number:010d}",
            "object_task_number": 1 + int(rng.random() * 3),
            "object_type": object_type,
            "priority": _PRIORITIES[int(rng.random() * len(_PRIORITIES))],
            "properties": [],
            "status": _STATUSES[int(rng.random() * len(_STATUSES))],
            "tags": sorted(set(rng.sample(_TASK_TAGS, int(rng.random() * 3)))),
            "task_name": _TASK_NAMES[int(rng.random() * len(_TASK_NAMES))],
            "workflow_task_uuid": _uuid(rng),
        }
        if rng.random() < 0.5:
            task["due_dts"] = format_ts(created + 7 * 86400)
        if rng.random() < 0.3 and self.groups:
            oid = list(self.groups)[int(rng.random() * len(self.groups))]
            task["assigned_to_group"] = self.groups[oid]["name"]
            task["assigned_to_group_id"] = oid
            task["assigned_to_user_or_group"] = self.groups[oid]["name"]
        elif rng.random() < 0.6 and self.users:
            uid = list(self.users)[int(rng.random() * len(self.users))]
            task["assigned_to_user"] = self.users[uid]["full_name"]
            task["assigned_to_user_id"] = uid
            task["assigned_to_user_or_group"] = self.users[uid]["full_name"]
        if object_type == "customer profile":
            task["object_email"] = f"customer{number}@example.com"
        if me is not None and rng.random() < 0.1:
            task["created_by"] = {"user": me["full_name"], "user_id": me["user_id"]}
        if body:
            task.update(body)
        return task

    def new_task(self, body: dict[str, Any]) -> dict[str, Any]:
        """A task inserted by a client: server fields from the write stream, then the body."""
        task = self._task(self.write_rng)
        now = self.now_ts()
        for key in (
            "assigned_to_group",
            "assigned_to_group_id",
            "assigned_to_user",
            "assigned_to_user_id",
            "assigned_to_user_or_group",
            "due_dts",
            "object_email",
        ):
            task.pop(key, None)
        task.update({k: v for k, v in body.items() if k not in ("workflow_task_uuid",)})
        task["created_dts"] = now
        task["last_update_dts"] = now
        task.setdefault("status", "open")
        return task
