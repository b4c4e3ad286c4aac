# Generated from tools/ultracart-openapi.json by tools/generate_models.py: do not edit.
# Regenerate with `python tools/generate_models.py`.
"""The ``Order`` tree, reached from the customer group through ``Customer.orders``,
``Customer.quotes``; it refers back through ``Order.customer_profile``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

import attrs

from ._base import UltraCartModel

__all__ = [
    "AUTO_ORDER_ITEM_FREQUENCY_VALUES",
    "AUTO_ORDER_ITEM_SIMPLE_SCHEDULE_FREQUENCY_VALUES",
    "AutoOrderAddonItem",
    "AutoOrderAddonItemOption",
    "AutoOrderItem",
    "AutoOrderItemFutureSchedule",
    "AutoOrderItemOption",
    "AutoOrderItemSimpleSchedule",
    "AutoOrderProperty",
    "Browser",
    "BrowserDevice",
    "BrowserOS",
    "BrowserUserAgent",
    "Currency",
    "DISTANCE_UOM_VALUES",
    "Distance",
    "ORDER_AFFILIATE_LEDGER_TRANSACTION_STATE_VALUES",
    "ORDER_AUTO_ORDER_STATUS_VALUES",
    "ORDER_CURRENT_STAGE_HISTORY_AFTER_STAGE_VALUES",
    "ORDER_CURRENT_STAGE_HISTORY_BEFORE_STAGE_VALUES",
    "ORDER_CURRENT_STAGE_VALUES",
    "ORDER_FRAUD_SCORE_BIN_MATCH_VALUES",
    "ORDER_ITEM_OPTION_ADDITIONAL_DIMENSION_APPLICATION_VALUES",
    "ORDER_ITEM_TAX_PRODUCT_TYPE_VALUES",
    "ORDER_PAYMENT_CREDIT_CARD_CARD_TYPE_VALUES",
    "ORDER_PAYMENT_E_CHECK_BANK_ACCOUNT_TYPE_VALUES",
    "ORDER_PAYMENT_E_CHECK_BANK_OWNER_TYPE_VALUES",
    "ORDER_PAYMENT_PAYMENT_METHOD_VALUES",
    "ORDER_PAYMENT_PAYMENT_STATUS_VALUES",
    "Order",
    "OrderAffiliate",
    "OrderAffiliateLedger",
    "OrderAutoOrder",
    "OrderBilling",
    "OrderBuysafe",
    "OrderChannelPartner",
    "OrderCheckout",
    "OrderCoupon",
    "OrderCurrentStageHistory",
    "OrderDigitalItem",
    "OrderDigitalOrder",
    "OrderEdi",
    "OrderEmail",
    "OrderFraudScore",
    "OrderGift",
    "OrderGiftCertificate",
    "OrderInternal",
    "OrderItem",
    "OrderItemEdi",
    "OrderItemEdiIdentification",
    "OrderItemEdiLot",
    "OrderItemOption",
    "OrderItemOptionFileAttachment",
    "OrderItemProperty",
    "OrderItemTag",
    "OrderLinkedShipment",
    "OrderMarketing",
    "OrderPayment",
    "OrderPaymentCheck",
    "OrderPaymentCreditCard",
    "OrderPaymentCreditCardDualVaulted",
    "OrderPaymentCreditCardDualVaultedProperty",
    "OrderPaymentECheck",
    "OrderPaymentHealthBenefitCard",
    "OrderPaymentInsurance",
    "OrderPaymentPayPal",
    "OrderPaymentPurchaseOrder",
    "OrderPaymentTransaction",
    "OrderPaymentTransactionDetail",
    "OrderPointOfSale",
    "OrderProperty",
    "OrderQuote",
    "OrderSalesforce",
    "OrderShipping",
    "OrderSummary",
    "OrderTag",
    "OrderTaxes",
    "OrderTrackingNumberDetail",
    "OrderTrackingNumberDetails",
    "OrderTransactionalMerchantNote",
    "OrderUtm",
    "POINT_OF_SALE_READER_PAYMENT_PROVIDER_VALUES",
    "PointOfSaleLocation",
    "PointOfSaleReader",
    "PointOfSaleRegister",
    "WEIGHT_UOM_VALUES",
    "Weight",
]

AUTO_ORDER_ITEM_FREQUENCY_VALUES: Final[tuple[str, ...]] = (
    "Weekly",
    "Biweekly",
    "Every...",
    "Every 10 Days",
    "Every 24 Days",
    "Every 28 Days",
    "Monthly",
    "Every 45 Days",
    "Every 2 Months",
    "Every 3 Months",
    "Every 4 Months",
    "Every 5 Months",
    "Every 6 Months",
    "Yearly",
    "Every 4 Weeks",
    "Every 6 Weeks",
    "Every 8 Weeks",
)
"""Known values of :attr:`AutoOrderItem.frequency`; UltraCart may send others."""

AUTO_ORDER_ITEM_SIMPLE_SCHEDULE_FREQUENCY_VALUES: Final[tuple[str, ...]] = (
    "Weekly",
    "Biweekly",
    "Every...",
    "Every 10 Days",
    "Every 24 Days",
    "Every 28 Days",
    "Monthly",
    "Every 45 Days",
    "Every 2 Months",
    "Every 3 Months",
    "Every 4 Months",
    "Every 5 Months",
    "Every 6 Months",
    "Yearly",
    "Every 4 Weeks",
    "Every 6 Weeks",
    "Every 8 Weeks",
)
"""Known values of :attr:`AutoOrderItemSimpleSchedule.frequency`; UltraCart may send others."""

DISTANCE_UOM_VALUES: Final[tuple[str, ...]] = (
    "IN",
    "CM",
)
"""Known values of :attr:`Distance.uom`; UltraCart may send others."""

ORDER_CURRENT_STAGE_VALUES: Final[tuple[str, ...]] = (
    "Accounts Receivable",
    "Pending Clearance",
    "Fraud Review",
    "Rejected",
    "Shipping Department",
    "Completed Order",
    "Quote Request",
    "Quote Sent",
    "Least Cost Routing",
    "Unknown",
    "Pre-ordered",
    "Advanced Order Routing",
    "Hold",
)
"""Known values of :attr:`Order.current_stage`; UltraCart may send others."""

ORDER_AFFILIATE_LEDGER_TRANSACTION_STATE_VALUES: Final[tuple[str, ...]] = (
    "Pending",
    "Posted",
    "Approved",
    "Paid",
    "Rejected",
    "Partially Paid",
)
"""Known values of :attr:`OrderAffiliateLedger.transaction_state`; UltraCart may send others."""

ORDER_AUTO_ORDER_STATUS_VALUES: Final[tuple[str, ...]] = (
    "active",
    "canceled",
    "disabled",
)
"""Known values of :attr:`OrderAutoOrder.status`; UltraCart may send others."""

ORDER_CURRENT_STAGE_HISTORY_AFTER_STAGE_VALUES: Final[tuple[str, ...]] = (
    "Accounts Receivable",
    "Pending Clearance",
    "Fraud Review",
    "Rejected",
    "Shipping Department",
    "Completed Order",
    "Quote Request",
    "Quote Sent",
    "Least Cost Routing",
    "Unknown",
    "Pre-ordered",
    "Advanced Order Routing",
    "Hold",
)
"""Known values of :attr:`OrderCurrentStageHistory.after_stage`; UltraCart may send others."""

ORDER_CURRENT_STAGE_HISTORY_BEFORE_STAGE_VALUES: Final[tuple[str, ...]] = (
    "Accounts Receivable",
    "Pending Clearance",
    "Fraud Review",
    "Rejected",
    "Shipping Department",
    "Completed Order",
    "Quote Request",
    "Quote Sent",
    "Least Cost Routing",
    "Unknown",
    "Pre-ordered",
    "Advanced Order Routing",
    "Hold",
)
"""Known values of :attr:`OrderCurrentStageHistory.before_stage`; UltraCart may send others."""

ORDER_FRAUD_SCORE_BIN_MATCH_VALUES: Final[tuple[str, ...]] = (
    "NA",
    "No",
    "NotFound",
    "Yes",
)
"""Known values of :attr:`OrderFraudScore.bin_match`; UltraCart may send others."""

ORDER_ITEM_TAX_PRODUCT_TYPE_VALUES: Final[tuple[str, ...]] = (
    "",
    "digital",
    "physical",
    "service",
)
"""Known values of :attr:`OrderItem.tax_product_type`; UltraCart may send others."""

ORDER_ITEM_OPTION_ADDITIONAL_DIMENSION_APPLICATION_VALUES: Final[tuple[str, ...]] = (
    "none",
    "set item to",
    "add item",
)
"""Known values of :attr:`OrderItemOption.additional_dimension_application`; UltraCart may send
others.
"""

ORDER_PAYMENT_PAYMENT_METHOD_VALUES: Final[tuple[str, ...]] = (
    "Affirm",
    "Amazon",
    "Amazon Pay",
    "Amazon SC",
    "Cash",
    "Check",
    "COD",
    "Credit Card",
    "Crypto",
    "eBay",
    "eCheck",
    "Google Shopping",
    "Goldbelly",
    "GoHighLevel",
    "Insurance",
    "Link",
    "LoanHero",
    "Money Order",
    "PayPal",
    "Purchase Order",
    "Quote Request",
    "Unknown",
    "Wire Transfer",
    "Walmart",
    "Shop.com",
    "Sezzle",
    "Venmo",
    "Apple Pay",
    "Google Pay",
    "Health Benefit Card",
    "PayPal Fastlane",
    "Klarna",
)
"""Known values of :attr:`OrderPayment.payment_method`; UltraCart may send others."""

ORDER_PAYMENT_PAYMENT_STATUS_VALUES: Final[tuple[str, ...]] = (
    "Unprocessed",
    "Authorized",
    "Capture Failed",
    "Processed",
    "Declined",
    "Voided",
    "Refunded",
    "Skipped",
)
"""Known values of :attr:`OrderPayment.payment_status`; UltraCart may send others."""

ORDER_PAYMENT_CREDIT_CARD_CARD_TYPE_VALUES: Final[tuple[str, ...]] = (
    "AMEX",
    "Diners Club",
    "Discover",
    "JCB",
    "MasterCard",
    "VISA",
)
"""Known values of :attr:`OrderPaymentCreditCard.card_type`; UltraCart may send others."""

ORDER_PAYMENT_E_CHECK_BANK_ACCOUNT_TYPE_VALUES: Final[tuple[str, ...]] = (
    "Checking",
    "Savings",
)
"""Known values of :attr:`OrderPaymentECheck.bank_account_type`; UltraCart may send others."""

ORDER_PAYMENT_E_CHECK_BANK_OWNER_TYPE_VALUES: Final[tuple[str, ...]] = (
    "Personal",
    "Business",
)
"""Known values of :attr:`OrderPaymentECheck.bank_owner_type`; UltraCart may send others."""

POINT_OF_SALE_READER_PAYMENT_PROVIDER_VALUES: Final[tuple[str, ...]] = ("stripe",)
"""Known values of :attr:`PointOfSaleReader.payment_provider`; UltraCart may send others."""

WEIGHT_UOM_VALUES: Final[tuple[str, ...]] = (
    "KG",
    "G",
    "LB",
    "OZ",
)
"""Known values of :attr:`Weight.uom`; UltraCart may send others."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class AutoOrderAddonItem(UltraCartModel):
    """The UltraCart ``AutoOrderAddonItem`` object."""

    arbitrary_unit_cost: float | None = None

    free_shipping: bool | None = None

    item_id: str | None = None

    next_x_orders: int | None = None

    options: list[AutoOrderAddonItemOption] | None = None
    """Options associated with this item."""

    quantity: int | None = None


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class AutoOrderAddonItemOption(UltraCartModel):
    """The UltraCart ``AutoOrderAddonItemOption`` object."""

    label: str | None = None
    """Label. At most 50 characters."""

    value: str | None = None
    """Value. At most 1024 characters."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class AutoOrderItem(UltraCartModel):
    """The UltraCart ``AutoOrderItem`` object."""

    add_ons: list[AutoOrderAddonItem] | None = None
    """Array of addon objects instructing which items to add to auto order and how many times they
    should be added.
    """

    arbitrary_item_id: str | None = None
    """Arbitrary item id that should be rebilled instead of the normal schedule."""

    arbitrary_percentage_discount: float | None = None
    """An arbitrary percentage discount to provide on future rebills."""

    arbitrary_quantity: float | None = None
    """Arbitrary quantity to rebill."""

    arbitrary_schedule_days: int | None = None
    """The number of days to rebill if the frequency is set to an arbitrary number of days."""

    arbitrary_unit_cost: float | None = None
    """Arbitrary unit cost that rebills of this item should occur at."""

    arbitrary_unit_cost_remaining_orders: int | None = None
    """The number of rebills to give the arbitrary unit cost on before reverting to normal pricing.
    """

    auto_order_item_oid: int | None = None
    """Primary key of AutoOrderItem."""

    calculated_next_shipment_dts: datetime | None = None
    """Calculated Date/time that this item is scheduled to rebill. Will be null if no more shipments
    are going to occur on this item. Timestamp (ISO-8601 on the wire).
    """

    cancel_dts: datetime | None = None
    """Date/time this item was cancelled (companion to cancel_reason). On update, null leaves the
    existing value unchanged; pass an empty string to clear it. Timestamp (ISO-8601 on the wire).
    """

    cancel_reason: str | None = None
    """Reason this item was cancelled, captured when the item was cancelled by the customer or
    merchant. On update, null leaves the existing value unchanged; pass an empty string to clear
    it.
    """

    first_order_dts: datetime | None = None
    """Date/time of the first order of this item. Null if item added to auto order and has not been
    rebilled yet. Timestamp (ISO-8601 on the wire).
    """

    frequency: str | None = None
    """Frequency of the rebill if not a fixed schedule. Known values: ``'Weekly'``, ``'Biweekly'``,
    ``'Every...'``, ``'Every 10 Days'``, ``'Every 24 Days'``, ``'Every 28 Days'``, ``'Monthly'``,
    ``'Every 45 Days'``, ``'Every 2 Months'``, ``'Every 3 Months'``, ``'Every 4 Months'``,
    ``'Every 5 Months'``, ``'Every 6 Months'``, ``'Yearly'``, ``'Every 4 Weeks'``, ``'Every 6
    Weeks'``, ``'Every 8 Weeks'``; other values are kept as they are.
    """

    future_schedules: list[AutoOrderItemFutureSchedule] | None = None
    """The future rebill schedule for this item up to the next ten rebills."""

    last_order_dts: datetime | None = None
    """Date/time of the last order of this item. Timestamp (ISO-8601 on the wire)."""

    life_time_value: float | None = None
    """The life time value of this item including the original purchase."""

    next_item_id: str | None = None
    """Calculated next item id."""

    next_preshipment_notice_dts: datetime | None = None
    """The date/time of when the next pre-shipment notice should be sent. Timestamp (ISO-8601 on the
    wire).
    """

    next_shipment_dts: datetime | None = None
    """Date/time that this item is scheduled to rebill. Timestamp (ISO-8601 on the wire)."""

    no_order_after_dts: datetime | None = None
    """Date/time after which no additional rebills of this item should occur. Timestamp (ISO-8601 on
    the wire).
    """

    number_of_rebills: int | None = None
    """The number of times this item has rebilled."""

    options: list[AutoOrderItemOption] | None = None
    """Options associated with this item."""

    original_item_id: str | None = None
    """The original item id purchased. This item controls scheduling. If you wish to modify a
    schedule, for example, from monthly to yearly, change this item from your monthly item to
    your yearly item, and then change the next_shipment_dts to your desired date.
    """

    original_quantity: float | None = None
    """The original quantity purchased."""

    paused: bool | None = None
    """True if paused. This field is an object instead of a primitive for backwards compatibility.
    """

    paypal_payer_id: str | None = None
    """The PayPal Payer ID tied to this item."""

    paypal_recurring_payment_profile_id: str | None = None
    """The PayPal Profile ID tied to this item."""

    preshipment_notice_sent: bool | None = None
    """True if the preshipment notice associated with the next rebill has been sent."""

    properties: list[AutoOrderProperty] | None = None
    """Array of property objects."""

    rebill_value: float | None = None
    """The value of the rebills of this item."""

    remaining_repeat_count: int | None = None
    """The number of rebills remaining before this item is complete."""

    simple_schedule: AutoOrderItemSimpleSchedule | None = None
    """See :class:`AutoOrderItemSimpleSchedule`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class AutoOrderItemFutureSchedule(UltraCartModel):
    """The UltraCart ``AutoOrderItemFutureSchedule`` object."""

    item_id: str | None = None
    """Item ID that should rebill."""

    rebill_count: int | None = None
    """The number of times this rebill represents."""

    shipment_dts: datetime | None = None
    """Date/time that this item is scheduled to rebill. Timestamp (ISO-8601 on the wire)."""

    unit_cost: float | None = None
    """The unit cost of the item rebilling."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class AutoOrderItemOption(UltraCartModel):
    """The UltraCart ``AutoOrderItemOption`` object."""

    label: str | None = None
    """Label. At most 50 characters."""

    value: str | None = None
    """Value. At most 1024 characters."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class AutoOrderItemSimpleSchedule(UltraCartModel):
    """The UltraCart ``AutoOrderItemSimpleSchedule`` object."""

    frequency: str | None = None
    """Frequency of the rebill if not a fixed schedule. Known values: ``'Weekly'``, ``'Biweekly'``,
    ``'Every...'``, ``'Every 10 Days'``, ``'Every 24 Days'``, ``'Every 28 Days'``, ``'Monthly'``,
    ``'Every 45 Days'``, ``'Every 2 Months'``, ``'Every 3 Months'``, ``'Every 4 Months'``,
    ``'Every 5 Months'``, ``'Every 6 Months'``, ``'Yearly'``, ``'Every 4 Weeks'``, ``'Every 6
    Weeks'``, ``'Every 8 Weeks'``; other values are kept as they are.
    """

    item_id: str | None = None
    """Item ID that should rebill."""

    repeat_count: int | None = None
    """The number of times this simple schedule is configured for."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class AutoOrderProperty(UltraCartModel):
    """The UltraCart ``AutoOrderProperty`` object."""

    name: str | None = None
    """Name of the property."""

    value: str | None = None
    """Value of the property."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class Browser(UltraCartModel):
    """The UltraCart ``Browser`` object."""

    device: BrowserDevice | None = None
    """See :class:`BrowserDevice`."""

    os: BrowserOS | None = None
    """See :class:`BrowserOS`."""

    user_agent: BrowserUserAgent | None = None
    """See :class:`BrowserUserAgent`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class BrowserDevice(UltraCartModel):
    """The UltraCart ``BrowserDevice`` object."""

    family: str | None = None


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class BrowserOS(UltraCartModel):
    """The UltraCart ``BrowserOS`` object."""

    family: str | None = None

    major: str | None = None

    minor: str | None = None

    patch: str | None = None

    patch_minor: str | None = None


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class BrowserUserAgent(UltraCartModel):
    """The UltraCart ``BrowserUserAgent`` object."""

    family: str | None = None

    major: str | None = None

    minor: str | None = None

    patch: str | None = None


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class Currency(UltraCartModel):
    """The UltraCart ``Currency`` object."""

    currency_code: str | None = None
    """Currency code of the localized value."""

    exchange_rate: float | None = None
    """Exchange rate used to localize."""

    localized: float | None = None
    """Value localized to the customer."""

    localized_formatted: str | None = None
    """Value localized and formatted for the customer."""

    value: float | None = None
    """Value in base currency."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class Distance(UltraCartModel):
    """The UltraCart ``Distance`` object."""

    uom: str | None = None
    """Unit of measure. Known values: ``'IN'``, ``'CM'``; other values are kept as they are."""

    value: float | None = None
    """The distance measured in UOM."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class Order(UltraCartModel):
    """The UltraCart ``Order`` object."""

    Tags: list[OrderTag] | None = None
    """tags, available only through update, not through insert due to the nature of how tags are
    handled internally.
    """

    affiliates: list[OrderAffiliate] | None = None
    """Affiliates if any were associated with the order. The first one in the array sent the order
    and each subsequent affiliate is the recruiter that earns a downline commission.
    """

    auto_order: OrderAutoOrder | None = None
    """See :class:`OrderAutoOrder`."""

    billing: OrderBilling | None = None
    """See :class:`OrderBilling`."""

    buysafe: OrderBuysafe | None = None
    """See :class:`OrderBuysafe`."""

    channel_partner: OrderChannelPartner | None = None
    """See :class:`OrderChannelPartner`."""

    checkout: OrderCheckout | None = None
    """See :class:`OrderCheckout`."""

    coupons: list[OrderCoupon] | None = None
    """Coupons."""

    creation_dts: datetime | None = None
    """Date/time that the order was created. Timestamp (ISO-8601 on the wire)."""

    currency_code: str | None = None
    """Currency code that the customer used if different than the merchant's base currency code. At
    most 3 characters.
    """

    current_stage: str | None = None
    """Current stage that the order is in. Known values: ``'Accounts Receivable'``, ``'Pending
    Clearance'``, ``'Fraud Review'``, ``'Rejected'``, ``'Shipping Department'``, ``'Completed
    Order'``, ``'Quote Request'``, ``'Quote Sent'``, ``'Least Cost Routing'``, ``'Unknown'``,
    ``'Pre-ordered'``, ``'Advanced Order Routing'``, ``'Hold'``; other values are kept as they
    are.
    """

    current_stage_histories: list[OrderCurrentStageHistory] | None = None
    """History of the changes to the current_stage field."""

    customer_profile: Customer | None = None
    """See :class:`Customer`."""

    digital_order: OrderDigitalOrder | None = None
    """See :class:`OrderDigitalOrder`."""

    edi: OrderEdi | None = None
    """See :class:`OrderEdi`."""

    emails: list[OrderEmail] | None = None
    """Email delivery records associated with this order."""

    exchange_rate: float | None = None
    """Exchange rate at the time the order was placed if currency code is different than the base
    currency.
    """

    fraud_score: OrderFraudScore | None = None
    """See :class:`OrderFraudScore`."""

    gift: OrderGift | None = None
    """See :class:`OrderGift`."""

    gift_certificate: OrderGiftCertificate | None = None
    """See :class:`OrderGiftCertificate`."""

    internal: OrderInternal | None = None
    """See :class:`OrderInternal`."""

    items: list[OrderItem] | None = None
    """Items."""

    language_iso_code: str | None = None
    """Three letter ISO-639 language code used by the customer during the checkout if different than
    the default language. At most 3 characters.
    """

    linked_shipment: OrderLinkedShipment | None = None
    """See :class:`OrderLinkedShipment`."""

    marketing: OrderMarketing | None = None
    """See :class:`OrderMarketing`."""

    merchant_id: str | None = None
    """UltraCart merchant ID owning this order."""

    order_id: str | None = None
    """Order ID."""

    payment: OrderPayment | None = None
    """See :class:`OrderPayment`."""

    point_of_sale: OrderPointOfSale | None = None
    """See :class:`OrderPointOfSale`."""

    properties: list[OrderProperty] | None = None
    """Properties associated with the order."""

    quote: OrderQuote | None = None
    """See :class:`OrderQuote`."""

    refund_dts: datetime | None = None
    """If the order was refunded, the date/time that the last refund occurred. Timestamp (ISO-8601
    on the wire).
    """

    refund_reason: str | None = None
    """Refund reason code. This can only be written during a refund operation otherwise this field
    is read only.
    """

    reject_dts: datetime | None = None
    """If the order was rejected, the date/time that the rejection occurred. Timestamp (ISO-8601 on
    the wire).
    """

    reject_reason: str | None = None
    """Reject reason code. This can only be written during a reject operation otherwise this field
    is read only.
    """

    salesforce: OrderSalesforce | None = None
    """See :class:`OrderSalesforce`."""

    shipping: OrderShipping | None = None
    """See :class:`OrderShipping`."""

    summary: OrderSummary | None = None
    """See :class:`OrderSummary`."""

    taxes: OrderTaxes | None = None
    """See :class:`OrderTaxes`."""

    utms: list[OrderUtm] | None = None
    """UTM clicks. The zero index is the most recent (last) UTM click."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderAffiliate(UltraCartModel):
    """The UltraCart ``OrderAffiliate`` object."""

    affiliate_oid: int | None = None
    """Affiliate ID."""

    ledger_entries: list[OrderAffiliateLedger] | None = None
    """Ledger entries associated with all the commissions earned on this order."""

    sub_id: str | None = None
    """Sub identifier provided by the affiliate on the click that generated this order."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderAffiliateLedger(UltraCartModel):
    """The UltraCart ``OrderAffiliateLedger`` object."""

    assigned_by_user: str | None = None
    """UltraCart user name that assigned this commission if manually assigned."""

    item_id: str | None = None
    """Item ID that this ledger record is associated with."""

    tier_number: int | None = None
    """Tier number of this affiliate in the commission calculation."""

    transaction_amount: float | None = None
    """Amount of the transaction."""

    transaction_amount_paid: float | None = None
    """The amount that has been paid so far on the transaction."""

    transaction_dts: datetime | None = None
    """The date/time that the affiliate ledger was generated for the transaction. Timestamp
    (ISO-8601 on the wire).
    """

    transaction_memo: str | None = None
    """Details of the transaction suitable for display to the affiliate."""

    transaction_percentage: float | None = None
    """The percentage earned on the transaction."""

    transaction_state: str | None = None
    """The state of the transaction. Known values: ``'Pending'``, ``'Posted'``, ``'Approved'``,
    ``'Paid'``, ``'Rejected'``, ``'Partially Paid'``; other values are kept as they are.
    """


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderAutoOrder(UltraCartModel):
    """The UltraCart ``OrderAutoOrder`` object."""

    auto_order_code: str | None = None
    """Unique code assigned to this auto order."""

    auto_order_oid: int | None = None
    """Auto order object identifier."""

    cancel_after_next_x_orders: int | None = None
    """Cancel this auto order after X additional rebills."""

    cancel_downgrade: bool | None = None
    """True if the auto order was canceled because the customer purchased a downgrade item."""

    cancel_reason: str | None = None
    """The reason this auto order was canceled by either merchant or customer."""

    cancel_upgrade: bool | None = None
    """True if the auto order was canceled because the customer purchased an upgrade item."""

    canceled_by_user: str | None = None
    """The user that canceled the auto order."""

    canceled_dts: datetime | None = None
    """The date/time that the auto order was canceled. Timestamp (ISO-8601 on the wire)."""

    completed: bool | None = None
    """True if the auto order ran successfully to completion."""

    credit_card_attempt: int | None = None
    """The number of credit card attempts that have taken place."""

    disabled_dts: datetime | None = None
    """The date/time the auto order was disabled due to failed rebills. Timestamp (ISO-8601 on the
    wire).
    """

    enabled: bool | None = None
    """True if this auto order is enabled."""

    failure_reason: str | None = None
    """The reason this auto order failed during the last rebill attempt."""

    items: list[AutoOrderItem] | None = None
    """The items that are setup to rebill."""

    next_attempt: str | None = None
    """The next time that the auto order will be attempted for processing."""

    original_order_id: str | None = None
    """The original order id that this auto order is associated with."""

    override_affiliate_id: int | None = None
    """Override the affiliate id given credit for rebills of this auto order."""

    rebill_orders: list[Order] | None = None
    """Rebill orders that have taken place on this auto order."""

    rotating_transaction_gateway_code: str | None = None
    """The RTG code associated with this order for future rebills."""

    status: str | None = None
    """The status of the auto order. Known values: ``'active'``, ``'canceled'``, ``'disabled'``;
    other values are kept as they are.
    """


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderBilling(UltraCartModel):
    """The UltraCart ``OrderBilling`` object."""

    address1: str | None = None
    """Address line 1. At most 50 characters."""

    address2: str | None = None
    """Address line 2. At most 50 characters."""

    cc_emails: list[str] | None = None
    """CC emails. Multiple allowed, but total length of all emails can not exceed 100 characters."""

    cell_phone: str | None = None
    """Cell phone. At most 25 characters."""

    cell_phone_e164: str | None = None
    """Cell phone (E164 format). At most 25 characters."""

    city: str | None = None
    """City. At most 32 characters."""

    company: str | None = None
    """Company. At most 50 characters."""

    country_code: str | None = None
    """ISO-3166 two letter country code. At most 2 characters."""

    day_phone: str | None = None
    """Day time phone. At most 25 characters."""

    day_phone_e164: str | None = None
    """Day time phone (E164 format). At most 25 characters."""

    email: str | None = None
    """Email. At most 100 characters."""

    evening_phone: str | None = None
    """Evening phone. At most 25 characters."""

    evening_phone_e164: str | None = None
    """Evening phone (E164 format). At most 25 characters."""

    first_name: str | None = None
    """First name. At most 30 characters."""

    last_name: str | None = None
    """Last name. At most 30 characters."""

    postal_code: str | None = None
    """Postal code. At most 20 characters."""

    state_region: str | None = None
    """State for United States otherwise region or province for other countries. At most 32
    characters.
    """

    title: str | None = None
    """Title. At most 50 characters."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderBuysafe(UltraCartModel):
    """The UltraCart ``OrderBuysafe`` object."""

    buysafe_bond_available: bool | None = None
    """True if a buySAFE bond was available for purchase on this order."""

    buysafe_bond_cost: Currency | None = None
    """See :class:`Currency`."""

    buysafe_bond_free: bool | None = None
    """True if the buySAFE bond was free for this order."""

    buysafe_bond_refunded: Currency | None = None
    """See :class:`Currency`."""

    buysafe_bond_wanted: bool | None = None
    """True if the buySAFE bond was wanted by the customer."""

    buysafe_shopping_cart_id: str | None = None
    """Shopping cart ID associated with the buySAFE bond."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderChannelPartner(UltraCartModel):
    """The UltraCart ``OrderChannelPartner`` object."""

    arbitrary_pricing_tier_names: list[str] | None = None
    """Names of pricing tiers to price this order against, without associating a customer profile.
    An unknown tier name will fail the import. An item that also supplies arbitrary_unit_cost
    keeps that cost and ignores the tier. If a customer profile is attached to this order during
    checkout, these tiers are granted to that profile permanently. Only applicable on inserting
    orders.
    """

    auto_approve_purchase_order: bool | None = None
    """If true, any purchase order submitted is automatically approved."""

    channel_partner_code: str | None = None
    """The code of the channel partner."""

    channel_partner_data: str | None = None
    """Additional data provided by the channel partner, read-only."""

    channel_partner_oid: int | None = None
    """Channel partner object identifier, read-only and available on existing channel orders only.
    """

    channel_partner_order_id: str | None = None
    """The order ID assigned by the channel partner for this order. At most 50 characters."""

    ignore_invalid_shipping_method: bool | None = None
    """Set to true to ignore invalid shipping method being specified. Only applicable on inserting
    orders.
    """

    no_realtime_payment_processing: bool | None = None
    """Indicates this order should be placed in Account Receivable for later payment processing."""

    skip_auto_order_setup: bool | None = None
    """Instructs UltraCart to skip auto order setup. Only applicable on inserting orders."""

    skip_payment_processing: bool | None = None
    """Indicates this order was already paid for via a channel purchase and no payment collection
    should be attempted.
    """

    store_completed: bool | None = None
    """Instructs UltraCart to skip shipping department and mark this order as fully complete. This
    flag defaults to true. Set this flag to false to shipped product for this order.
    """

    store_if_payment_declines: bool | None = None
    """If true, any failed payment will place the order in Accounts Receivable rather than rejecting
    it.
    """

    treat_warnings_as_errors: bool | None = None
    """Any warnings are raised as errors and halt the import of the order."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderCheckout(UltraCartModel):
    """The UltraCart ``OrderCheckout`` object."""

    browser: Browser | None = None
    """See :class:`Browser`."""

    comments: str | None = None
    """Comments from the customer. Rarely used on the single page checkout."""

    custom_field1: str | None = None
    """Custom field 1. At most 50 characters."""

    custom_field10: str | None = None
    """Custom field 10. At most 200 characters."""

    custom_field2: str | None = None
    """Custom field 2. At most 50 characters."""

    custom_field3: str | None = None
    """Custom field 3. At most 50 characters."""

    custom_field4: str | None = None
    """Custom field 4. At most 50 characters."""

    custom_field5: str | None = None
    """Custom field 5. At most 75 characters."""

    custom_field6: str | None = None
    """Custom field 6. At most 50 characters."""

    custom_field7: str | None = None
    """Custom field 7. At most 50 characters."""

    custom_field8: str | None = None
    """Custom field 8. At most 200 characters."""

    custom_field9: str | None = None
    """Custom field 9. At most 200 characters."""

    customer_ip_address: str | None = None
    """IP address of the customer when placing the order."""

    screen_branding_theme_code: str | None = None
    """Screen branding theme code associated with the order (legacy checkout). At most 10
    characters.
    """

    screen_size: str | None = None
    """Screen size small, medium or large."""

    storefront_host_name: str | None = None
    """StoreFront host name associated with the order."""

    upsell_path_code: str | None = None
    """Upsell path code assigned during the checkout that the customer went through."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderCoupon(UltraCartModel):
    """The UltraCart ``OrderCoupon`` object."""

    accounting_code: str | None = None
    """QuickBooks accounting code for this coupon."""

    automatically_applied: bool | None = None
    """Whether or not the coupon was automatically applied to the order."""

    base_coupon_code: str | None = None
    """Coupon code configured by the merchant. Will differ if the customer used a one time coupon
    code generated off this base coupon. At most 20 characters.
    """

    coupon_code: str | None = None
    """Coupon code entered by the customer. At most 20 characters."""

    hdie_from_customer: bool | None = None
    """True if this coupon is hide from the customer."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderCurrentStageHistory(UltraCartModel):
    """The UltraCart ``OrderCurrentStageHistory`` object."""

    after_stage: str | None = None
    """New stage that the order is in. Known values: ``'Accounts Receivable'``, ``'Pending
    Clearance'``, ``'Fraud Review'``, ``'Rejected'``, ``'Shipping Department'``, ``'Completed
    Order'``, ``'Quote Request'``, ``'Quote Sent'``, ``'Least Cost Routing'``, ``'Unknown'``,
    ``'Pre-ordered'``, ``'Advanced Order Routing'``, ``'Hold'``; other values are kept as they
    are.
    """

    before_stage: str | None = None
    """Previous stage that the order was in. Known values: ``'Accounts Receivable'``, ``'Pending
    Clearance'``, ``'Fraud Review'``, ``'Rejected'``, ``'Shipping Department'``, ``'Completed
    Order'``, ``'Quote Request'``, ``'Quote Sent'``, ``'Least Cost Routing'``, ``'Unknown'``,
    ``'Pre-ordered'``, ``'Advanced Order Routing'``, ``'Hold'``; other values are kept as they
    are.
    """

    transition_dts: datetime | None = None
    """Date/time that the stage transitioned. Timestamp (ISO-8601 on the wire)."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderDigitalItem(UltraCartModel):
    """The UltraCart ``OrderDigitalItem`` object."""

    file_size: int | None = None
    """File size."""

    last_download: str | None = None
    """Last download."""

    last_download_ip_address: str | None = None
    """IP address that performed the last download."""

    original_filename: str | None = None
    """Original file name."""

    product_code: str | None = None
    """Item id associated with this item."""

    product_description: str | None = None
    """Item description associated with this item."""

    remaining_downloads: int | None = None
    """Remaining number of downloads."""

    url: str | None = None
    """URL that the customer can click to download the specific digital item."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderDigitalOrder(UltraCartModel):
    """The UltraCart ``OrderDigitalOrder`` object."""

    creation_dts: datetime | None = None
    """Date/time that the digital order was created. Timestamp (ISO-8601 on the wire)."""

    expiration_dts: datetime | None = None
    """Expiration date/time of the digital order. Timestamp (ISO-8601 on the wire)."""

    items: list[OrderDigitalItem] | None = None
    """Digital items associated with the digital order."""

    url: str | None = None
    """URL where the customer can go to and download their digital order content."""

    url_id: str | None = None
    """URL ID is a unique code that is part of the URLs."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderEdi(UltraCartModel):
    """The UltraCart ``OrderEdi`` object."""

    bill_to_edi_code: str | None = None
    """Billing address identification code from the EDI order. Typically DUNS or DUNS+4."""

    edi_department: str | None = None
    """Department number associated with this EDI order."""

    edi_internal_vendor_number: str | None = None
    """Internal vendor number associated with this EDI order. At most 50 characters."""

    ship_to_edi_code: str | None = None
    """Shipping address identification code from the EDI order. Typically DUNS or DUNS+4."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderEmail(UltraCartModel):
    """The UltraCart ``OrderEmail`` object."""

    bounce_diagnostic_code: str | None = None

    bounce_dts: datetime | None = None
    """Date/time that the email was bounced. Timestamp (ISO-8601 on the wire)."""

    bounce_sub_type: str | None = None

    bounce_type: str | None = None

    clicked: bool | None = None

    clicked_dts: datetime | None = None
    """Date/time that the email was clicked. Timestamp (ISO-8601 on the wire)."""

    delivered: bool | None = None

    delivery_dts: datetime | None = None
    """Date/time that the email was delivered. Timestamp (ISO-8601 on the wire)."""

    email: str | None = None
    """Email. At most 100 characters."""

    internal: bool | None = None

    message_id: str | None = None

    opened: bool | None = None

    opened_dts: datetime | None = None
    """Date/time that the email was opened. Timestamp (ISO-8601 on the wire)."""

    reporting_mta: str | None = None

    send_dts: datetime | None = None
    """Date/time that the email was sent. Timestamp (ISO-8601 on the wire)."""

    skip_reason: str | None = None

    skipped: bool | None = None

    smtp_response: str | None = None

    subject: str | None = None


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderFraudScore(UltraCartModel):
    """The UltraCart ``OrderFraudScore`` object."""

    anonymous_proxy: bool | None = None
    """True if the IP address is a known anonymous proxy server."""

    bin_match: str | None = None
    """Whether the BIN (first six digits) matched the country. Known values: ``'NA'``, ``'No'``,
    ``'NotFound'``, ``'Yes'``; other values are kept as they are.
    """

    carder_email: bool | None = None
    """True if the email address belongs to a known credit card fraudster."""

    country_code: str | None = None
    """Country code."""

    country_match: bool | None = None
    """Country code matches BIN country."""

    customer_phone_in_billing_location: str | None = None
    """Whether the customer's phone number is located in the area of the billing address."""

    distance_km: int | None = None
    """Distance in kilometers between the IP address and the BIN."""

    free_email: bool | None = None
    """True if the email address is for a free service like gmail.com."""

    high_risk_country: bool | None = None
    """True if the customer is in a high risk country known for internet fraud."""

    ip_city: str | None = None
    """City associated with the IP address."""

    ip_isp: str | None = None
    """ISP that owns the IP address."""

    ip_latitude: str | None = None
    """Approximate latitude associated with the IP address."""

    ip_longitude: str | None = None
    """Approximate longitude associated with the IP address."""

    ip_org: str | None = None
    """Organization that owns the IP address."""

    ip_region: str | None = None
    """State/region associated with the IP address."""

    proxy_score: float | None = None
    """Likelihood of the IP address being a proxy server."""

    score: float | None = None
    """Overall score. This is the score that is compared to see if the order is rejected or held for
    review by the fraud filter rules.
    """

    ship_forwarder: bool | None = None
    """True if the address is a known ship forwarding company."""

    spam_score: float | None = None
    """Likelihood of the email address being associated with a spammer."""

    transparent_proxy: bool | None = None
    """True if the IP address that placed the order is a transparent proxy server."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderGift(UltraCartModel):
    """The UltraCart ``OrderGift`` object."""

    gift: bool | None = None
    """True if the order is a gift."""

    gift_charge: Currency | None = None
    """See :class:`Currency`."""

    gift_charge_accounting_code: str | None = None
    """QuickBooks code for the gift charge."""

    gift_charge_refunded: Currency | None = None
    """See :class:`Currency`."""

    gift_email: str | None = None
    """Email address of the gift recipient. At most 100 characters."""

    gift_message: str | None = None
    """Message to the gift recipient. At most 10000 characters."""

    gift_wrap_accounting_code: str | None = None
    """QuickBooks code for the gift wrap charge."""

    gift_wrap_cost: Currency | None = None
    """See :class:`Currency`."""

    gift_wrap_refunded: Currency | None = None
    """See :class:`Currency`."""

    gift_wrap_title: str | None = None
    """Title of the gift wrap that the customer wants used. At most 30 characters."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderGiftCertificate(UltraCartModel):
    """The UltraCart ``OrderGiftCertificate`` object."""

    gift_certificate_amount: Currency | None = None
    """See :class:`Currency`."""

    gift_certificate_code: str | None = None
    """Gift certificate code used on the order."""

    gift_certificate_oid: int | None = None
    """Gift certificate object identifier."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderInternal(UltraCartModel):
    """The UltraCart ``OrderInternal`` object."""

    exported_to_accounting: bool | None = None
    """True if the order has been exported to QuickBooks. If QuickBooks is not configured, then this
    will already be true.
    """

    merchant_notes: str | None = None
    """Merchant notes. Full notes in non-transactional mode. Just used to write a new merchant note
    when transaction merchant notes enabled.
    """

    placed_by_user: str | None = None
    """If placed via the BEOE, this is the user that placed the order."""

    refund_by_user: str | None = None
    """User that issued the refund."""

    sales_rep_code: str | None = None
    """Sales rep code associated with the order. At most 10 characters."""

    transactional_merchant_notes: list[OrderTransactionalMerchantNote] | None = None
    """Transactional merchant notes."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderItem(UltraCartModel):
    """The UltraCart ``OrderItem`` object."""

    accounting_code: str | None = None
    """QuickBooks code."""

    activation_codes: list[str] | None = None
    """Activation codes assigned to this item."""

    actual_cogs: Currency | None = None
    """See :class:`Currency`."""

    arbitrary_unit_cost: Currency | None = None
    """See :class:`Currency`."""

    auto_order_last_rebill_dts: datetime | None = None
    """Date/time of the last rebill, used only during order insert to help project future rebills.
    Timestamp (ISO-8601 on the wire).
    """

    auto_order_schedule: str | None = None
    """Auto order schedule, used only during inserts supplying the recurring schedule."""

    barcode: str | None = None
    """Barcode."""

    barcode_gtin12: str | None = None
    """Barcode - GTIN 12. At most 12 characters."""

    barcode_gtin14: str | None = None
    """Barcode - GTIN 14. At most 14 characters."""

    barcode_upc11: str | None = None
    """Barcode - UPC 11. At most 11 characters."""

    barcode_upc12: str | None = None
    """Barcode - UPC 12. At most 12 characters."""

    channel_partner_item_id: str | None = None
    """Channel partner item id if this order came through a channel partner and the channel partner
    item id was mapped to an internal item id. At most 30 characters.
    """

    cogs: float | None = None
    """Cost of goods sold."""

    component_unit_value: float | None = None
    """Value of the kit component item."""

    cost: Currency | None = None
    """See :class:`Currency`."""

    country_code_of_origin: str | None = None
    """Country of origin (ISO-3166 two letter code). At most 2 characters."""

    customs_description: str | None = None
    """Customs description."""

    description: str | None = None
    """Description. At most 2000 characters."""

    discount: Currency | None = None
    """See :class:`Currency`."""

    discount_quantity: float | None = None
    """Discount quantity."""

    discount_shipping_weight: Weight | None = None
    """See :class:`Weight`."""

    distribution_center_code: str | None = None
    """Distribution center code responsible for shipping this item."""

    edi: OrderItemEdi | None = None
    """See :class:`OrderItemEdi`."""

    exclude_coupon: bool | None = None
    """True if this item is excluded from coupons."""

    free_shipping: bool | None = None
    """True if the item receives free shipping."""

    hazmat: bool | None = None
    """Hazardous materials indicator."""

    height: Distance | None = None
    """See :class:`Distance`."""

    item_index: int | None = None
    """Index of the item on the order (one based index)."""

    item_reference_oid: int | None = None
    """Item reference object identifier used to linked to auto order item record."""

    kit: bool | None = None
    """True if this item is a kit."""

    kit_component: bool | None = None
    """True if this item is a kit component."""

    length: Distance | None = None
    """See :class:`Distance`."""

    manufacturer_sku: str | None = None
    """Manufacturer SKU."""

    max_days_time_in_transit: int | None = None
    """Maximum days that the item can be in transit before spoilage (perishable products)."""

    merchant_item_id: str | None = None
    """Item ID. At most 20 characters."""

    mix_and_match_group_name: str | None = None
    """Mix and match group name."""

    mix_and_match_group_oid: int | None = None
    """Mix and match group object identifier."""

    no_shipping_discount: bool | None = None
    """True if this item is excluded from shipping discounts."""

    options: list[OrderItemOption] | None = None
    """Options."""

    packed_by_user: str | None = None
    """Packed by user."""

    parent_item_index: int | None = None
    """If this item is a kit component, this is the item index of the parent item (kit)."""

    parent_merchant_item_id: str | None = None
    """If this item is a kit component, this is the item id of the parent item (kit). At most 20
    characters.
    """

    perishable_class: str | None = None
    """Perishable class of the item. At most 50 characters."""

    pricing_tier_name: str | None = None
    """Pricing tier that granted the particular price for this item if the customer profile had
    pricing tiers assigned.
    """

    properties: list[OrderItemProperty] | None = None
    """Properties."""

    quantity: float | None = None
    """Quantity."""

    quantity_refunded: float | None = None
    """Quantity refunded on this item (read only except refund operation)."""

    quickbooks_class: str | None = None
    """QuickBooks class. At most 31 characters."""

    refund_reason: str | None = None
    """Refund reason code. This can only be written during a refund operation otherwise this field
    is read only.
    """

    return_reason: str | None = None
    """Return reason code. This can only be written during a refund operation otherwise this field
    is read only.
    """

    ship_separately: bool | None = None
    """True if this item ships in a separate box."""

    shipped_by_user: str | None = None
    """Shipped by user."""

    shipped_dts: datetime | None = None
    """Date/time that this item was marked shipped. Timestamp (ISO-8601 on the wire)."""

    shipping_status: str | None = None
    """Shipping status for this item. This is the replacement for the old order level shipping
    status.
    """

    special_product_type: str | None = None
    """Special product type (USPS Media Mail)."""

    tags: list[OrderItemTag] | None = None
    """Tags."""

    tax_free: bool | None = None
    """True if the item is tax free."""

    tax_product_type: str | None = None
    """Type of product for tax purposes (self or UltraCart Managed taxes). Known values: ``''``,
    ``'digital'``, ``'physical'``, ``'service'``; other values are kept as they are.
    """

    taxable_cost: Currency | None = None
    """See :class:`Currency`."""

    total_cost_with_discount: Currency | None = None
    """See :class:`Currency`."""

    total_refunded: Currency | None = None
    """See :class:`Currency`."""

    transmitted_to_distribution_center_dts: datetime | None = None
    """Date/time that this item was transmitted to the distribution center. Timestamp (ISO-8601 on
    the wire).
    """

    unit_cost_with_discount: Currency | None = None
    """See :class:`Currency`."""

    upsell: bool | None = None
    """True if this item was added to the order as part of an upsell."""

    weight: Weight | None = None
    """See :class:`Weight`."""

    width: Distance | None = None
    """See :class:`Distance`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderItemEdi(UltraCartModel):
    """The UltraCart ``OrderItemEdi`` object."""

    identifications: list[OrderItemEdiIdentification] | None = None
    """Identification information receives on the EDI purchase order."""

    lots: list[OrderItemEdiLot] | None = None
    """Lot information."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderItemEdiIdentification(UltraCartModel):
    """The UltraCart ``OrderItemEdiIdentification`` object."""

    identification: str | None = None
    """Identification value."""

    quantity: int | None = None
    """Quantity associated with this identifier."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderItemEdiLot(UltraCartModel):
    """The UltraCart ``OrderItemEdiLot`` object."""

    lot_expiration: str | None = None
    """Log expiration."""

    lot_number: str | None = None
    """Lot number."""

    lot_quantity: int | None = None
    """Lot quantity."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderItemOption(UltraCartModel):
    """The UltraCart ``OrderItemOption`` object."""

    additional_dimension_application: str | None = None
    """How the additional dimensions are applied to the item. Known values: ``'none'``, ``'set item
    to'``, ``'add item'``; other values are kept as they are.
    """

    cost_change: Currency | None = None
    """See :class:`Currency`."""

    file_attachment: OrderItemOptionFileAttachment | None = None
    """See :class:`OrderItemOptionFileAttachment`."""

    height: Distance | None = None
    """See :class:`Distance`."""

    hidden: bool | None = None
    """True if this option is hidden from display on the order."""

    label: str | None = None
    """Label. At most 50 characters."""

    length: Distance | None = None
    """See :class:`Distance`."""

    one_time_fee: bool | None = None
    """True if the cost associated with this option is a one time fee or multiplied by the quantity
    of the item.
    """

    value: str | None = None
    """Value. At most 1024 characters."""

    weight_change: Weight | None = None
    """See :class:`Weight`."""

    width: Distance | None = None
    """See :class:`Distance`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderItemOptionFileAttachment(UltraCartModel):
    """The UltraCart ``OrderItemOptionFileAttachment`` object."""

    expiration_dts: datetime | None = None
    """Expiration date/time. Timestamp (ISO-8601 on the wire)."""

    file_name: str | None = None
    """File name."""

    mime_type: str | None = None
    """Mime type."""

    size: int | None = None
    """Size."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderItemProperty(UltraCartModel):
    """The UltraCart ``OrderItemProperty`` object."""

    display: bool | None = None
    """True if this property is displayed to the customer."""

    expiration_dts: datetime | None = None
    """The date/time that the property expires and is deleted. Timestamp (ISO-8601 on the wire)."""

    name: str | None = None
    """Name. At most 100 characters."""

    value: str | None = None
    """Value. At most 3800 characters."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderItemTag(UltraCartModel):
    """The UltraCart ``OrderItemTag`` object."""

    tag_value: str | None = None
    """Tag Value. At most 100 characters."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderLinkedShipment(UltraCartModel):
    """The UltraCart ``OrderLinkedShipment`` object."""

    has_linked_shipment: bool | None = None
    """True if this order has child linked shipments."""

    linked_shipment: bool | None = None
    """True if this order is linked to another parent order."""

    linked_shipment_channel_partner_order_ids: list[str] | None = None
    """The child linked shipment channel partner order ids."""

    linked_shipment_order_ids: list[str] | None = None
    """The child linked shipment order ids."""

    linked_shipment_to_order_id: str | None = None
    """The parent order id that this one is linked to."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderMarketing(UltraCartModel):
    """The UltraCart ``OrderMarketing`` object."""

    advertising_source: str | None = None
    """Advertising source. At most 50 characters."""

    cell_phone_opt_in: bool | None = None
    """True if the customer has opted into SMS marketing."""

    mailing_list: bool | None = None
    """True if the customer has opted into mailing list subscription."""

    referral_code: str | None = None
    """Referral code. At most 30 characters."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderPayment(UltraCartModel):
    """The UltraCart ``OrderPayment`` object."""

    check: OrderPaymentCheck | None = None
    """See :class:`OrderPaymentCheck`."""

    credit_card: OrderPaymentCreditCard | None = None
    """See :class:`OrderPaymentCreditCard`."""

    echeck: OrderPaymentECheck | None = None
    """See :class:`OrderPaymentECheck`."""

    health_benefit_card: OrderPaymentHealthBenefitCard | None = None
    """See :class:`OrderPaymentHealthBenefitCard`."""

    hold_for_fraud_review: bool | None = None
    """True if order has been held for fraud review."""

    insurance: OrderPaymentInsurance | None = None
    """See :class:`OrderPaymentInsurance`."""

    payment_dts: datetime | None = None
    """Date/time that the payment was successfully processed, for new orders, this field is only
    considered if channel_partner.skip_payment_processing is true. Timestamp (ISO-8601 on the
    wire).
    """

    payment_method: str | None = None
    """Payment method. Known values: ``'Affirm'``, ``'Amazon'``, ``'Amazon Pay'``, ``'Amazon SC'``,
    ``'Cash'``, ``'Check'``, ``'COD'``, ``'Credit Card'``, ``'Crypto'``, ``'eBay'``,
    ``'eCheck'``, ``'Google Shopping'``, ``'Goldbelly'``, ``'GoHighLevel'``, ``'Insurance'``,
    ``'Link'``, ``'LoanHero'``, ``'Money Order'``, ``'PayPal'``, ``'Purchase Order'``, ``'Quote
    Request'``, ``'Unknown'``, ``'Wire Transfer'``, ``'Walmart'``, ``'Shop.com'``, ``'Sezzle'``,
    ``'Venmo'``, ``'Apple Pay'``, ``'Google Pay'``, ``'Health Benefit Card'``, ``'PayPal
    Fastlane'``, ``'Klarna'``; other values are kept as they are.
    """

    payment_method_accounting_code: str | None = None
    """Payment method QuickBooks code."""

    payment_method_deposit_to_account: str | None = None
    """Payment method QuickBooks deposit account."""

    payment_status: str | None = None
    """Payment status. Known values: ``'Unprocessed'``, ``'Authorized'``, ``'Capture Failed'``,
    ``'Processed'``, ``'Declined'``, ``'Voided'``, ``'Refunded'``, ``'Skipped'``; other values
    are kept as they are.
    """

    paypal: OrderPaymentPayPal | None = None
    """See :class:`OrderPaymentPayPal`."""

    purchase_order: OrderPaymentPurchaseOrder | None = None
    """See :class:`OrderPaymentPurchaseOrder`."""

    rotating_transaction_gateway_code: str | None = None
    """Rotating transaction gateway code used to process this order."""

    surcharge: Currency | None = None
    """See :class:`Currency`."""

    surcharge_accounting_code: str | None = None
    """Surcharge accounting code."""

    surcharge_transaction_fee: float | None = None
    """Surcharge transaction fee."""

    surcharge_transaction_percentage: float | None = None
    """Surcharge transaction percentage."""

    test_order: bool | None = None
    """True if this is a test order."""

    transactions: list[OrderPaymentTransaction] | None = None
    """Transactions associated with processing this payment. Accepted on insert to carry the payment
    history of an order captured outside the system.
    """


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderPaymentCheck(UltraCartModel):
    """The UltraCart ``OrderPaymentCheck`` object."""

    check_number: str | None = None
    """Check number."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderPaymentCreditCard(UltraCartModel):
    """The UltraCart ``OrderPaymentCreditCard`` object."""

    card_auth_ticket: str | None = None
    """Card authorization ticket."""

    card_authorization_amount: float | None = None
    """Card authorization amount."""

    card_authorization_dts: datetime | None = None
    """Card authorization date/time. Timestamp (ISO-8601 on the wire)."""

    card_authorization_reference_number: str | None = None
    """Card authorization reference number."""

    card_expiration_month: int | None = None
    """Card expiration month (1-12)."""

    card_expiration_year: int | None = None
    """Card expiration year (Four digit year)."""

    card_number: str | None = attrs.field(default=None, repr=False)
    """Card number (masked to last 4)."""

    card_number_token: str | None = attrs.field(default=None, repr=False)
    """Card number token from hosted fields used to update the card number."""

    card_number_truncated: bool | None = attrs.field(default=None, repr=False)
    """True if the card has been truncated."""

    card_type: str | None = None
    """Card type. Known values: ``'AMEX'``, ``'Diners Club'``, ``'Discover'``, ``'JCB'``,
    ``'MasterCard'``, ``'VISA'``; other values are kept as they are.
    """

    card_verification_number_token: str | None = attrs.field(default=None, repr=False)
    """Card verification number token from hosted fields, only for import/insert of new orders,
    completely ignored for updates, and always null/empty for queries.
    """

    dual_vaulted: OrderPaymentCreditCardDualVaulted | None = None
    """See :class:`OrderPaymentCreditCardDualVaulted`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderPaymentCreditCardDualVaulted(UltraCartModel):
    """The UltraCart ``OrderPaymentCreditCardDualVaulted`` object."""

    gateway_name: str | None = None

    properties: list[OrderPaymentCreditCardDualVaultedProperty] | None = None

    rotating_transaction_gateway_code: str | None = None


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderPaymentCreditCardDualVaultedProperty(UltraCartModel):
    """The UltraCart ``OrderPaymentCreditCardDualVaultedProperty`` object."""

    name: str | None = None

    value: str | None = None


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderPaymentECheck(UltraCartModel):
    """The UltraCart ``OrderPaymentECheck`` object."""

    bank_aba_code: str | None = None
    """Bank routing code. At most 9 characters."""

    bank_account_name: str | None = None
    """Bank account name. At most 50 characters."""

    bank_account_number: str | None = None
    """Bank account number (masked to last 4). At most 50 characters."""

    bank_account_type: str | None = None
    """Bank account type. Known values: ``'Checking'``, ``'Savings'``; other values are kept as they
    are.
    """

    bank_name: str | None = None
    """Bank name. At most 50 characters."""

    bank_owner_type: str | None = None
    """Bank owner type. Known values: ``'Personal'``, ``'Business'``; other values are kept as they
    are.
    """

    customer_tax_id: str | None = None
    """Customer tax id (masked to last 4). At most 9 characters."""

    drivers_license_dob: str | None = None
    """Driver license date of birth. At most 10 characters."""

    drivers_license_number: str | None = None
    """Driver license number (masked to last 4). At most 50 characters."""

    drivers_license_state: str | None = None
    """Driver license state. At most 2 characters."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderPaymentHealthBenefitCard(UltraCartModel):
    """The UltraCart ``OrderPaymentHealthBenefitCard`` object."""

    health_benefit_card_expiration_month: int | None = None
    """Health benefit card expiration month (1-12)."""

    health_benefit_card_expiration_year: int | None = None
    """Health benefit card expiration year (Four digit year)."""

    health_benefit_card_number: str | None = attrs.field(default=None, repr=False)
    """Health benefit card number (masked to last 4)."""

    health_benefit_card_number_token: str | None = attrs.field(default=None, repr=False)
    """Health benefit card number token from hosted fields used to update the health benefit card
    number.
    """

    health_benefit_card_number_truncated: bool | None = attrs.field(default=None, repr=False)
    """True if the health benefit card has been truncated."""

    health_benefit_card_verification_number_token: str | None = attrs.field(
        default=None, repr=False
    )
    """Health benefit card verification number token from hosted fields, only for import/insert of
    new orders, completely ignored for updates, and always null/empty for queries.
    """


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderPaymentInsurance(UltraCartModel):
    """The UltraCart ``OrderPaymentInsurance`` object."""

    application_id: str | None = None
    """application id."""

    claim_id: str | None = None
    """claim id."""

    insurance_type: str | None = None
    """insurance type."""

    refund_claim_id: str | None = None
    """refund claim id."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderPaymentPayPal(UltraCartModel):
    """The UltraCart ``OrderPaymentPayPal`` object."""

    customer_id: str | None = None
    """PayPal Customer ID."""

    vault_id: str | None = None
    """PayPal Vault ID."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderPaymentPurchaseOrder(UltraCartModel):
    """The UltraCart ``OrderPaymentPurchaseOrder`` object."""

    purchase_order_number: str | None = None
    """Purchase order number."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderPaymentTransaction(UltraCartModel):
    """The UltraCart ``OrderPaymentTransaction`` object."""

    details: list[OrderPaymentTransactionDetail] | None = None
    """Details."""

    successful: bool | None = None
    """True if the transaction was successful."""

    transaction_gateway: str | None = None
    """Transaction gateway."""

    transaction_id: int | None = None
    """Transaction ID."""

    transaction_timestamp: str | None = None
    """Transaction date/time."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderPaymentTransactionDetail(UltraCartModel):
    """The UltraCart ``OrderPaymentTransactionDetail`` object."""

    name: str | None = None
    """Name."""

    type: str | None = None
    """Type."""

    value: str | None = None
    """Value."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderPointOfSale(UltraCartModel):
    """The UltraCart ``OrderPointOfSale`` object."""

    location: PointOfSaleLocation | None = None
    """See :class:`PointOfSaleLocation`."""

    reader: PointOfSaleReader | None = None
    """See :class:`PointOfSaleReader`."""

    register: PointOfSaleRegister | None = None
    """See :class:`PointOfSaleRegister`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderProperty(UltraCartModel):
    """The UltraCart ``OrderProperty`` object."""

    created_by: str | None = None
    """Created by user. At most 20 characters."""

    created_dts: datetime | None = None
    """The date/time that the property was created by the user. Timestamp (ISO-8601 on the wire)."""

    display: bool | None = None
    """True if this property is displayed to the customer."""

    expiration_dts: datetime | None = None
    """The date/time that the property expires and is deleted. Timestamp (ISO-8601 on the wire)."""

    name: str | None = None
    """Name. At most 100 characters."""

    value: str | None = None
    """Value. At most 1500 characters."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderQuote(UltraCartModel):
    """The UltraCart ``OrderQuote`` object."""

    quote_expiration_dts: datetime | None = None
    """Expiration of quote at date/time. Timestamp (ISO-8601 on the wire)."""

    quoted_by: str | None = None
    """Quoted by user."""

    quoted_dts: datetime | None = None
    """Quoted on date/time. Timestamp (ISO-8601 on the wire)."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderSalesforce(UltraCartModel):
    """The UltraCart ``OrderSalesforce`` object."""

    salesforce_opportunity_id: str | None = None
    """Salesforce.com opportunity id."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderShipping(UltraCartModel):
    """The UltraCart ``OrderShipping`` object."""

    address1: str | None = None
    """Address line 1. At most 50 characters."""

    address2: str | None = None
    """Address line 2. At most 50 characters."""

    city: str | None = None
    """City. At most 32 characters."""

    company: str | None = None
    """Company. At most 50 characters."""

    country_code: str | None = None
    """ISO-3166 two letter country code. At most 2 characters."""

    day_phone: str | None = None
    """Day time phone. At most 25 characters."""

    day_phone_e164: str | None = None
    """Day time phone (E164 format). At most 25 characters."""

    delivery_date: datetime | None = None
    """Date the customer is requesting delivery on. Typically used for perishable product delivery.
    Timestamp (ISO-8601 on the wire).
    """

    evening_phone: str | None = None
    """Evening phone. At most 25 characters."""

    evening_phone_e164: str | None = None
    """Evening phone (E164 format). At most 25 characters."""

    first_name: str | None = None
    """First name. At most 30 characters."""

    last_name: str | None = None
    """Last name. At most 30 characters."""

    least_cost_route: bool | None = None
    """If true, instructs UltraCart to apply the cheapest shipping method to this order. Used only
    for channel partner order inserts.
    """

    least_cost_route_shipping_methods: list[str] | None = None
    """List of shipping methods to consider if least_code_route is true. Used only for channel
    parter order inserts.
    """

    lift_gate: bool | None = None
    """Lift gate requested (LTL shipping methods only)."""

    pickup_dts: datetime | None = None
    """Date/time the order should be picked up locally. Timestamp (ISO-8601 on the wire)."""

    postal_code: str | None = None
    """Postal code. At most 20 characters."""

    rma: str | None = None
    """RMA number. At most 30 characters."""

    ship_on_date: datetime | None = None
    """Date the customer is requesting that the order ship on. Typically used for perishable product
    delivery. Timestamp (ISO-8601 on the wire).
    """

    ship_to_residential: bool | None = None
    """True if the shipping address is residential. Effects the methods that are available to the
    customer as well as the price of the shipping method.
    """

    shipping_3rd_party_account_number: str | None = None
    """Shipping 3rd party account number. At most 20 characters."""

    shipping_date: datetime | None = None
    """Date/time the order shipped on. This date is set once the first shipment is sent to the
    customer. Timestamp (ISO-8601 on the wire).
    """

    shipping_department_status: str | None = None
    """Shipping department status. At most 30 characters."""

    shipping_method: str | None = None
    """Shipping method."""

    shipping_method_accounting_code: str | None = None
    """Shipping method accounting code."""

    special_instructions: str | None = None
    """Special instructions from the customer regarding shipping."""

    state_region: str | None = None
    """State. At most 32 characters."""

    title: str | None = None
    """Title. At most 50 characters."""

    tracking_number_details: list[OrderTrackingNumberDetails] | None = None
    """Tracking number details."""

    tracking_numbers: list[str] | None = None
    """Tracking numbers."""

    weight: Weight | None = None
    """See :class:`Weight`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderSummary(UltraCartModel):
    """The UltraCart ``OrderSummary`` object."""

    actual_fulfillment: Currency | None = None
    """See :class:`Currency`."""

    actual_other_cost: Currency | None = None
    """See :class:`Currency`."""

    actual_payment_processing: Currency | None = None
    """See :class:`Currency`."""

    actual_profit: Currency | None = None
    """See :class:`Currency`."""

    actual_profit_analyzed: bool | None = None
    """Actual profit has been analyzed."""

    actual_profit_review: bool | None = None
    """Actual profit needs review."""

    actual_shipping: Currency | None = None
    """See :class:`Currency`."""

    arbitrary_shipping_handling_total: Currency | None = None
    """See :class:`Currency`."""

    arbitrary_subtotal_discount: Currency | None = None
    """See :class:`Currency`."""

    arbitrary_taxable_subtotal_discount: Currency | None = None
    """See :class:`Currency`."""

    health_benefit_card_amount: Currency | None = None
    """See :class:`Currency`."""

    health_benefit_card_refunded: Currency | None = None
    """See :class:`Currency`."""

    internal_gift_certificate_amount: Currency | None = None
    """See :class:`Currency`."""

    internal_gift_certificate_refunded: Currency | None = None
    """See :class:`Currency`."""

    other_refunded: Currency | None = None
    """See :class:`Currency`."""

    shipping_handling_refunded: Currency | None = None
    """See :class:`Currency`."""

    shipping_handling_total: Currency | None = None
    """See :class:`Currency`."""

    shipping_handling_total_discount: Currency | None = None
    """See :class:`Currency`."""

    subtotal: Currency | None = None
    """See :class:`Currency`."""

    subtotal_discount: Currency | None = None
    """See :class:`Currency`."""

    subtotal_discount_refunded: Currency | None = None
    """See :class:`Currency`."""

    subtotal_refunded: Currency | None = None
    """See :class:`Currency`."""

    tax: Currency | None = None
    """See :class:`Currency`."""

    tax_refunded: Currency | None = None
    """See :class:`Currency`."""

    taxable_subtotal: Currency | None = None
    """See :class:`Currency`."""

    taxable_subtotal_discount: Currency | None = None
    """See :class:`Currency`."""

    total: Currency | None = None
    """See :class:`Currency`."""

    total_refunded: Currency | None = None
    """See :class:`Currency`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderTag(UltraCartModel):
    """The UltraCart ``OrderTag`` object."""

    tag_value: str | None = None
    """Tag Value. At most 100 characters."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderTaxes(UltraCartModel):
    """The UltraCart ``OrderTaxes`` object."""

    arbitrary_tax: float | None = None
    """Arbitrary Tax, this is meaningless for updating an order. For inserting a new order, this
    will override any internal tax calculations and should only be used for orders completed
    outside the system.
    """

    arbitrary_tax_rate: float | None = None
    """Arbitrary tax rate, this is meaningless for updating an order. For inserting a new order,
    this will override any internal tax calculations and should only be used for orders completed
    outside the system.
    """

    arbitrary_taxable_subtotal: float | None = None
    """Arbitrary taxable subtotal, this is meaningless for updating an order. For inserting a new
    order, this will override any internal tax calculations and should only be used for orders
    completed outside the system.
    """

    tax_city_accounting_code: str | None = None
    """QuickBooks tax city code."""

    tax_country_accounting_code: str | None = None
    """QuickBooks tax country code."""

    tax_county: str | None = None
    """County used for tax calculation purposes (only in the United States). At most 32 characters.
    """

    tax_county_accounting_code: str | None = None
    """QuickBooks tax county code."""

    tax_gift_charge: bool | None = None
    """True if gift charge is taxed."""

    tax_postal_code_accounting_code: str | None = None
    """QuickBooks tax postal code code."""

    tax_rate: float | None = None
    """Tax rate, this is meaningless for updating an order. For inserting a new order, if you need
    to override internal tax calculations, use the arbitrary fields.
    """

    tax_rate_city: float | None = None
    """Tax rate at the city level."""

    tax_rate_country: float | None = None
    """Tax rate at the country level."""

    tax_rate_county: float | None = None
    """Tax rate at the county level."""

    tax_rate_postal_code: float | None = None
    """Tax rate at the postal code level."""

    tax_rate_state: float | None = None
    """Tax rate at the state level."""

    tax_shipping: bool | None = None
    """True if shipping is taxed."""

    tax_state_accounting_code: str | None = None
    """QuickBooks tax state code."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderTrackingNumberDetail(UltraCartModel):
    """The UltraCart ``OrderTrackingNumberDetail`` object."""

    city: str | None = None

    event_dts: datetime | None = None
    """ISO 8601 timestamp that the event occurred. Timestamp (ISO-8601 on the wire)."""

    event_local_date: datetime | None = None
    """Timestamp (ISO-8601 on the wire)."""

    event_local_time: str | None = None

    event_timezone_id: str | None = None
    """Timezone the event occurred in. Use this in conjunction with event_dts to format a local
    date/time.
    """

    state: str | None = None

    subtag: str | None = None

    subtag_message: str | None = None

    tag: str | None = None

    tag_description: str | None = None

    tag_icon: str | None = None

    zip: str | None = None


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderTrackingNumberDetails(UltraCartModel):
    """The UltraCart ``OrderTrackingNumberDetails`` object."""

    actual_delivery_date: datetime | None = None
    """Timestamp (ISO-8601 on the wire)."""

    actual_delivery_date_formatted: str | None = None

    details: list[OrderTrackingNumberDetail] | None = None

    easypost_tracker_id: str | None = None

    expected_delivery_date: datetime | None = None
    """Timestamp (ISO-8601 on the wire)."""

    expected_delivery_date_formatted: str | None = None

    map_url: str | None = None

    order_placed_date: datetime | None = None
    """Timestamp (ISO-8601 on the wire)."""

    order_placed_date_formatted: str | None = None

    payment_processed_date: datetime | None = None
    """Timestamp (ISO-8601 on the wire)."""

    payment_processed_date_formatted: str | None = None

    shipped_date: datetime | None = None
    """Timestamp (ISO-8601 on the wire)."""

    shipped_date_formatted: str | None = None

    shipping_method: str | None = None

    status: str | None = None

    status_description: str | None = None

    tracking_number: str | None = None

    tracking_url: str | None = None


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderTransactionalMerchantNote(UltraCartModel):
    """The UltraCart ``OrderTransactionalMerchantNote`` object."""

    ip_address: str | None = None
    """IP Address."""

    note: str | None = None
    """note."""

    note_dts: datetime | None = None
    """Timestamp when the note was added. Timestamp (ISO-8601 on the wire)."""

    user: str | None = None
    """User that wrote the merchant note."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class OrderUtm(UltraCartModel):
    """The UltraCart ``OrderUtm`` object."""

    attribution_first_click_subtotal: float | None = None

    attribution_first_click_total: float | None = None

    attribution_last_click_subtotal: float | None = None

    attribution_last_click_total: float | None = None

    attribution_linear_subtotal: float | None = None

    attribution_linear_total: float | None = None

    attribution_position_based_subtotal: float | None = None

    attribution_position_based_total: float | None = None

    click_dts: datetime | None = None
    """Date/time that the click happened. Timestamp (ISO-8601 on the wire)."""

    facebook_ad_id: str | None = None

    fbclid: str | None = None

    gbraid: str | None = None

    glcid: str | None = None

    itm_campaign: str | None = None

    itm_content: str | None = None

    itm_id: str | None = None

    itm_medium: str | None = None

    itm_source: str | None = None

    itm_term: str | None = None

    msclkid: str | None = None

    short_code: str | None = None

    short_code_backup: bool | None = None

    ttclid: str | None = None

    uc_message_id: str | None = None

    utm_campaign: str | None = None

    utm_content: str | None = None

    utm_id: str | None = None

    utm_medium: str | None = None

    utm_source: str | None = None

    utm_term: str | None = None

    vmcid: str | None = None

    wbraid: str | None = None


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class PointOfSaleLocation(UltraCartModel):
    """The UltraCart ``PointOfSaleLocation`` object."""

    adddress2: str | None = None
    """Address line 2."""

    address1: str | None = None
    """Address line 1."""

    city: str | None = None
    """City."""

    country: str | None = None
    """Country."""

    distribution_center_code: str | None = None
    """The distribution center code where inventory is reduced from for this sale."""

    external_id: str | None = None
    """External Id useful for syncing with a remote filesystem, this may be an MD5 hash or whatever
    suits your needs. At most 100 characters.
    """

    merchant_id: str | None = None
    """Merchant ID that owns this location."""

    pos_location_oid: int | None = None
    """Object identifier of the point of sale location."""

    postal_code: str | None = None
    """Postal code."""

    state_province: str | None = None
    """State/province."""

    tax_county: str | None = None
    """Tax county associated with this address. Need when a self managed tax configuration is being
    used. At most 32 characters.
    """


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class PointOfSaleReader(UltraCartModel):
    """The UltraCart ``PointOfSaleReader`` object."""

    device_type: str | None = None
    """The device type of the reader."""

    label: str | None = None
    """The label of the reader."""

    merchant_id: str | None = None
    """The merchant id that owns this point of sale reader."""

    payment_provider: str | None = None
    """The payment provider for the card reader. Known values: ``'stripe'``; other values are kept
    as they are. Server default: ``'stripe'``.
    """

    pos_reader_id: int | None = None
    """Object identifier of the point of sale reader."""

    pos_register_oid: int | None = None
    """Object identifier of the point of sale register this reader is assigned to."""

    serial_number: str | None = None
    """The serial number of the reader."""

    stripe_account_id: str | None = None
    """If the payment provider is Stripe, this is the Stripe account id."""

    stripe_reader_id: str | None = None
    """If the payment provide is Stripe, this is the Stripe terminal reader id."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class PointOfSaleRegister(UltraCartModel):
    """The UltraCart ``PointOfSaleRegister`` object."""

    merchant_id: str | None = None
    """The merchant id that owns this point of sale register."""

    name: str | None = None
    """Name of the register."""

    pos_location_oid: int | None = None
    """Object identifier of the point of sale location where this register is located."""

    pos_register_oid: int | None = None
    """Object identifier of the point of sale register."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class Weight(UltraCartModel):
    """The UltraCart ``Weight`` object."""

    uom: str | None = None
    """Unit of measure. Known values: ``'KG'``, ``'G'``, ``'LB'``, ``'OZ'``; other values are kept
    as they are.
    """

    value: float | None = None
    """Weight."""


# Why at the bottom: the group modules refer to each other (Customer.orders,
# Order.customer_profile); importing once every class above exists breaks the cycle.
from .customer import Customer  # noqa: E402
