"""The event catalogue and the typed event a delivery is parsed into."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

import attrs

from ultracart_async._text import printable
from ultracart_async._wire import FieldIssue
from ultracart_async.models import Customer, Order, User, WorkflowTask

__all__ = [
    "EVENT_CATEGORIES",
    "EVENT_NAMES",
    "EventObject",
    "WebhookEvent",
    "event_category",
    "model_for_event",
]

#: UltraCart's webhook events by category, as listed in the UltraCart samples
#: (``php/webhook/insertWebhook.php``). The live catalogue is
#: ``GET /webhook/webhook_event_categories`` (``uc.webhooks``); an event missing here is still
#: received and dispatched, it is only not "known".
EVENT_CATEGORIES: Final[Mapping[str, frozenset[str]]] = MappingProxyType(
    {
        "auto_order": frozenset(
            {
                "auto_order_cancel",
                "auto_order_create",
                "auto_order_decline",
                "auto_order_disable",
                "auto_order_preshipment",
                "auto_order_rebill",
                "auto_order_update",
            }
        ),
        "chargeback": frozenset({"chargeback_create", "chargeback_delete", "chargeback_update"}),
        "checkout": frozenset({"checkout_cart_abandon", "checkout_cart_send_return_email"}),
        "customer": frozenset({"customer_create", "customer_delete", "customer_update"}),
        "fulfillment": frozenset({"fulfillment_hold", "fulfillment_transmit"}),
        "item": frozenset({"item_create", "item_delete", "item_update"}),
        "order": frozenset(
            {
                "order_abandon_recovery",
                "order_create",
                "order_delete",
                "order_payment_failed",
                "order_payment_process",
                "order_refund",
                "order_reject",
                "order_s3_invoice",
                "order_s3_packing_slip",
                "order_ship",
                "order_ship_delivered",
                "order_ship_expected",
                "order_ship_out_for_delivery",
                "order_stage_change",
                "order_update",
            }
        ),
        "storefront": frozenset({"screen_recording"}),
        "user": frozenset({"user_create", "user_delete", "user_login", "user_update"}),
        "workflow_task": frozenset(
            {"workflow_task_create", "workflow_task_delete", "workflow_task_update"}
        ),
    }
)

#: Every event name in :data:`EVENT_CATEGORIES`.
EVENT_NAMES: Final[frozenset[str]] = frozenset().union(*EVENT_CATEGORIES.values())

_CATEGORY_OF: Final[dict[str, str]] = {
    name: category for category, names in EVENT_CATEGORIES.items() for name in names
}

#: What an event carries: the SDK model of its category, or the JSON object as received.
EventObject = Customer | Order | WorkflowTask | User | dict[str, Any]

# Why by prefix rather than by the known names: an event UltraCart adds later to a category
# (say ``customer_merge``) carries the same object, so it is typed too. No prefix is a prefix
# of another, so their order does not matter.
_MODEL_BY_PREFIX: Final[tuple[tuple[str, type[Customer | Order | WorkflowTask | User]], ...]] = (
    ("customer_", Customer),
    ("order_", Order),
    ("workflow_task_", WorkflowTask),
    ("user_", User),
)

# The object id and the modification timestamp of each model, as wire keys. Orders and users
# carry no modification timestamp.
_ID_KEY: Final[dict[type[Any], str]] = {
    Customer: "customer_profile_oid",
    Order: "order_id",
    WorkflowTask: "workflow_task_uuid",
    User: "user_id",
}
_MODIFIED_KEY: Final[dict[type[Any], str]] = {
    Customer: "last_modified_dts",
    WorkflowTask: "last_update_dts",
}


def model_for_event(name: str) -> type[Customer | Order | WorkflowTask | User] | None:
    """The model an event's object is parsed into, or ``None`` (it stays a dict).

    Example::

        model_for_event("customer_update")   # Customer
        model_for_event("item_update")       # None: items have no model in this SDK
    """
    for prefix, model in _MODEL_BY_PREFIX:
        if name.startswith(prefix):
            return model
    return None


def shown_name(name: str) -> str:
    """An event name for a log line or an error message: quoted, escaped and at most 100
    characters (names come from the sender and can be anything)."""
    return f"'{printable(name, 100)}'"


def event_category(name: str) -> str | None:
    """The category of a known event (``"order"`` for ``"order_create"``), else ``None``."""
    return _CATEGORY_OF.get(name)


@attrs.frozen(slots=True, repr=False, eq=False)
class WebhookEvent:
    """One event of a webhook delivery.

    ``customer_*`` events carry a :class:`~ultracart_async.models.Customer`, ``order_*`` an
    :class:`~ultracart_async.models.Order`, ``workflow_task_*`` a
    :class:`~ultracart_async.models.WorkflowTask` and ``user_*`` a
    :class:`~ultracart_async.models.User`; any other event carries its JSON object as a dict.
    A value of the wrong type inside the object follows the models' rule: the field is
    ``None``, the value is kept in ``extra_fields`` and the problem is listed in ``issues``.
    If the value is not a JSON object at all, ``object`` is ``None`` and ``raw`` holds it.

    The repr names the event and the object's id only: objects hold personal data.

    Example::

        @router.on("customer_update")
        async def on_customer_update(event: WebhookEvent) -> None:
            customer = event.customer            # Customer | None
            if customer is not None:
                print(customer.customer_profile_oid, customer.email)
    """

    name: str
    """The event name, e.g. ``"customer_update"``."""

    object: EventObject | None
    """The parsed object (see the class docstring), or ``None`` if it was not a JSON object."""

    raw: Any
    """The event's value exactly as decoded from the JSON body."""

    index: int = 0
    """The event's position in its delivery, from 0."""

    issues: tuple[FieldIssue, ...] = ()
    """Values that did not fit the model (see :class:`~ultracart_async._wire.FieldIssue`)."""

    @property
    def known(self) -> bool:
        """True if the name is in :data:`EVENT_NAMES`."""
        return self.name in EVENT_NAMES

    @property
    def category(self) -> str | None:
        """The event's category (``"customer"``, ...) if it is a known event."""
        return _CATEGORY_OF.get(self.name)

    @property
    def customer(self) -> Customer | None:
        """The object if it is a :class:`~ultracart_async.models.Customer`, else ``None``."""
        return self.object if isinstance(self.object, Customer) else None

    @property
    def order(self) -> Order | None:
        """The object if it is an :class:`~ultracart_async.models.Order`, else ``None``."""
        return self.object if isinstance(self.object, Order) else None

    @property
    def workflow_task(self) -> WorkflowTask | None:
        """The object if it is a :class:`~ultracart_async.models.WorkflowTask`, else ``None``."""
        return self.object if isinstance(self.object, WorkflowTask) else None

    @property
    def user(self) -> User | None:
        """The object if it is a :class:`~ultracart_async.models.User`, else ``None``."""
        return self.object if isinstance(self.object, User) else None

    @property
    def object_id(self) -> int | str | None:
        """The object's id: ``customer_profile_oid``, ``order_id``, ``workflow_task_uuid`` or
        ``user_id``; ``None`` for other events or when the id is missing or malformed."""
        key = _ID_KEY.get(type(self.object))
        if key is None:
            return None
        value = getattr(self.object, key)
        # Why the type test: a wrong-typed id is already None on the model, but a bool is an
        # int to isinstance and must not become a dedupe key.
        return value if type(value) in (int, str) else None

    @property
    def modified(self) -> str | None:
        """The object's modification timestamp exactly as sent (``last_modified_dts`` of a
        customer, ``last_update_dts`` of a workflow task), or ``None``."""
        key = _MODIFIED_KEY.get(type(self.object))
        if key is None or not isinstance(self.raw, dict):
            return None
        # The raw string, not the parsed datetime: exact, and free of time zone questions.
        value = self.raw.get(key)
        return value if isinstance(value, str) else None

    def __repr__(self) -> str:
        kind = "None" if self.object is None else type(self.object).__name__
        # Bounded: the name and the id come from the sender and can be megabytes long.
        object_id = printable(repr(self.object_id), 100)
        return (
            f"WebhookEvent(name={shown_name(self.name)}, index={self.index}, object={kind}, "
            f"object_id={object_id}, issues={len(self.issues)})"
        )
