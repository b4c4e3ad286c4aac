# Generated from tools/ultracart-openapi.json by tools/generate_models.py: do not edit.
# Regenerate with `python tools/generate_models.py`.
"""Wire functions of the models in ``order.py``, one pair per model.

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

from .order import (
    AutoOrderAddonItem,
    AutoOrderAddonItemOption,
    AutoOrderItem,
    AutoOrderItemFutureSchedule,
    AutoOrderItemOption,
    AutoOrderItemSimpleSchedule,
    AutoOrderProperty,
    Browser,
    BrowserDevice,
    BrowserOS,
    BrowserUserAgent,
    Currency,
    Distance,
    Order,
    OrderAffiliate,
    OrderAffiliateLedger,
    OrderAutoOrder,
    OrderBilling,
    OrderBuysafe,
    OrderChannelPartner,
    OrderCheckout,
    OrderCoupon,
    OrderCurrentStageHistory,
    OrderDigitalItem,
    OrderDigitalOrder,
    OrderEdi,
    OrderEmail,
    OrderFraudScore,
    OrderGift,
    OrderGiftCertificate,
    OrderInternal,
    OrderItem,
    OrderItemEdi,
    OrderItemEdiIdentification,
    OrderItemEdiLot,
    OrderItemOption,
    OrderItemOptionFileAttachment,
    OrderItemProperty,
    OrderItemTag,
    OrderLinkedShipment,
    OrderMarketing,
    OrderPayment,
    OrderPaymentCheck,
    OrderPaymentCreditCard,
    OrderPaymentCreditCardDualVaulted,
    OrderPaymentCreditCardDualVaultedProperty,
    OrderPaymentECheck,
    OrderPaymentHealthBenefitCard,
    OrderPaymentInsurance,
    OrderPaymentPayPal,
    OrderPaymentPurchaseOrder,
    OrderPaymentTransaction,
    OrderPaymentTransactionDetail,
    OrderPointOfSale,
    OrderProperty,
    OrderQuote,
    OrderSalesforce,
    OrderShipping,
    OrderSummary,
    OrderTag,
    OrderTaxes,
    OrderTrackingNumberDetail,
    OrderTrackingNumberDetails,
    OrderTransactionalMerchantNote,
    OrderUtm,
    PointOfSaleLocation,
    PointOfSaleReader,
    PointOfSaleRegister,
    Weight,
)

_KNOWN_AUTO_ORDER_ADDON_ITEM: Final = frozenset(
    {
        "arbitrary_unit_cost",
        "free_shipping",
        "item_id",
        "next_x_orders",
        "options",
        "quantity",
    }
)

_KNOWN_AUTO_ORDER_ADDON_ITEM_OPTION: Final = frozenset({"label", "value"})

_KNOWN_AUTO_ORDER_ITEM: Final = frozenset(
    {
        "add_ons",
        "arbitrary_item_id",
        "arbitrary_percentage_discount",
        "arbitrary_quantity",
        "arbitrary_schedule_days",
        "arbitrary_unit_cost",
        "arbitrary_unit_cost_remaining_orders",
        "auto_order_item_oid",
        "calculated_next_shipment_dts",
        "cancel_dts",
        "cancel_reason",
        "first_order_dts",
        "frequency",
        "future_schedules",
        "last_order_dts",
        "life_time_value",
        "next_item_id",
        "next_preshipment_notice_dts",
        "next_shipment_dts",
        "no_order_after_dts",
        "number_of_rebills",
        "options",
        "original_item_id",
        "original_quantity",
        "paused",
        "paypal_payer_id",
        "paypal_recurring_payment_profile_id",
        "preshipment_notice_sent",
        "properties",
        "rebill_value",
        "remaining_repeat_count",
        "simple_schedule",
    }
)

_KNOWN_AUTO_ORDER_ITEM_FUTURE_SCHEDULE: Final = frozenset(
    {
        "item_id",
        "rebill_count",
        "shipment_dts",
        "unit_cost",
    }
)

_KNOWN_AUTO_ORDER_ITEM_OPTION: Final = frozenset({"label", "value"})

_KNOWN_AUTO_ORDER_ITEM_SIMPLE_SCHEDULE: Final = frozenset({"frequency", "item_id", "repeat_count"})

_KNOWN_AUTO_ORDER_PROPERTY: Final = frozenset({"name", "value"})

_KNOWN_BROWSER: Final = frozenset({"device", "os", "user_agent"})

_KNOWN_BROWSER_DEVICE: Final = frozenset({"family"})

_KNOWN_BROWSER_OS: Final = frozenset({"family", "major", "minor", "patch", "patch_minor"})

_KNOWN_BROWSER_USER_AGENT: Final = frozenset({"family", "major", "minor", "patch"})

_KNOWN_CURRENCY: Final = frozenset(
    {
        "currency_code",
        "exchange_rate",
        "localized",
        "localized_formatted",
        "value",
    }
)

_KNOWN_DISTANCE: Final = frozenset({"uom", "value"})

_KNOWN_ORDER: Final = frozenset(
    {
        "Tags",
        "affiliates",
        "auto_order",
        "billing",
        "buysafe",
        "channel_partner",
        "checkout",
        "coupons",
        "creation_dts",
        "currency_code",
        "current_stage",
        "current_stage_histories",
        "customer_profile",
        "digital_order",
        "edi",
        "emails",
        "exchange_rate",
        "fraud_score",
        "gift",
        "gift_certificate",
        "internal",
        "items",
        "language_iso_code",
        "linked_shipment",
        "marketing",
        "merchant_id",
        "order_id",
        "payment",
        "point_of_sale",
        "properties",
        "quote",
        "refund_dts",
        "refund_reason",
        "reject_dts",
        "reject_reason",
        "salesforce",
        "shipping",
        "summary",
        "taxes",
        "utms",
    }
)

_KNOWN_ORDER_AFFILIATE: Final = frozenset({"affiliate_oid", "ledger_entries", "sub_id"})

_KNOWN_ORDER_AFFILIATE_LEDGER: Final = frozenset(
    {
        "assigned_by_user",
        "item_id",
        "tier_number",
        "transaction_amount",
        "transaction_amount_paid",
        "transaction_dts",
        "transaction_memo",
        "transaction_percentage",
        "transaction_state",
    }
)

_KNOWN_ORDER_AUTO_ORDER: Final = frozenset(
    {
        "auto_order_code",
        "auto_order_oid",
        "cancel_after_next_x_orders",
        "cancel_downgrade",
        "cancel_reason",
        "cancel_upgrade",
        "canceled_by_user",
        "canceled_dts",
        "completed",
        "credit_card_attempt",
        "disabled_dts",
        "enabled",
        "failure_reason",
        "items",
        "next_attempt",
        "original_order_id",
        "override_affiliate_id",
        "rebill_orders",
        "rotating_transaction_gateway_code",
        "status",
    }
)

_KNOWN_ORDER_BILLING: Final = frozenset(
    {
        "address1",
        "address2",
        "cc_emails",
        "cell_phone",
        "cell_phone_e164",
        "city",
        "company",
        "country_code",
        "day_phone",
        "day_phone_e164",
        "email",
        "evening_phone",
        "evening_phone_e164",
        "first_name",
        "last_name",
        "postal_code",
        "state_region",
        "title",
    }
)

_KNOWN_ORDER_BUYSAFE: Final = frozenset(
    {
        "buysafe_bond_available",
        "buysafe_bond_cost",
        "buysafe_bond_free",
        "buysafe_bond_refunded",
        "buysafe_bond_wanted",
        "buysafe_shopping_cart_id",
    }
)

_KNOWN_ORDER_CHANNEL_PARTNER: Final = frozenset(
    {
        "arbitrary_pricing_tier_names",
        "auto_approve_purchase_order",
        "channel_partner_code",
        "channel_partner_data",
        "channel_partner_oid",
        "channel_partner_order_id",
        "ignore_invalid_shipping_method",
        "no_realtime_payment_processing",
        "skip_auto_order_setup",
        "skip_payment_processing",
        "store_completed",
        "store_if_payment_declines",
        "treat_warnings_as_errors",
    }
)

_KNOWN_ORDER_CHECKOUT: Final = frozenset(
    {
        "browser",
        "comments",
        "custom_field1",
        "custom_field10",
        "custom_field2",
        "custom_field3",
        "custom_field4",
        "custom_field5",
        "custom_field6",
        "custom_field7",
        "custom_field8",
        "custom_field9",
        "customer_ip_address",
        "screen_branding_theme_code",
        "screen_size",
        "storefront_host_name",
        "upsell_path_code",
    }
)

_KNOWN_ORDER_COUPON: Final = frozenset(
    {
        "accounting_code",
        "automatically_applied",
        "base_coupon_code",
        "coupon_code",
        "hdie_from_customer",
    }
)

_KNOWN_ORDER_CURRENT_STAGE_HISTORY: Final = frozenset(
    {
        "after_stage",
        "before_stage",
        "transition_dts",
    }
)

_KNOWN_ORDER_DIGITAL_ITEM: Final = frozenset(
    {
        "file_size",
        "last_download",
        "last_download_ip_address",
        "original_filename",
        "product_code",
        "product_description",
        "remaining_downloads",
        "url",
    }
)

_KNOWN_ORDER_DIGITAL_ORDER: Final = frozenset(
    {
        "creation_dts",
        "expiration_dts",
        "items",
        "url",
        "url_id",
    }
)

_KNOWN_ORDER_EDI: Final = frozenset(
    {
        "bill_to_edi_code",
        "edi_department",
        "edi_internal_vendor_number",
        "ship_to_edi_code",
    }
)

_KNOWN_ORDER_EMAIL: Final = frozenset(
    {
        "bounce_diagnostic_code",
        "bounce_dts",
        "bounce_sub_type",
        "bounce_type",
        "clicked",
        "clicked_dts",
        "delivered",
        "delivery_dts",
        "email",
        "internal",
        "message_id",
        "opened",
        "opened_dts",
        "reporting_mta",
        "send_dts",
        "skip_reason",
        "skipped",
        "smtp_response",
        "subject",
    }
)

_KNOWN_ORDER_FRAUD_SCORE: Final = frozenset(
    {
        "anonymous_proxy",
        "bin_match",
        "carder_email",
        "country_code",
        "country_match",
        "customer_phone_in_billing_location",
        "distance_km",
        "free_email",
        "high_risk_country",
        "ip_city",
        "ip_isp",
        "ip_latitude",
        "ip_longitude",
        "ip_org",
        "ip_region",
        "proxy_score",
        "score",
        "ship_forwarder",
        "spam_score",
        "transparent_proxy",
    }
)

_KNOWN_ORDER_GIFT: Final = frozenset(
    {
        "gift",
        "gift_charge",
        "gift_charge_accounting_code",
        "gift_charge_refunded",
        "gift_email",
        "gift_message",
        "gift_wrap_accounting_code",
        "gift_wrap_cost",
        "gift_wrap_refunded",
        "gift_wrap_title",
    }
)

_KNOWN_ORDER_GIFT_CERTIFICATE: Final = frozenset(
    {
        "gift_certificate_amount",
        "gift_certificate_code",
        "gift_certificate_oid",
    }
)

_KNOWN_ORDER_INTERNAL: Final = frozenset(
    {
        "exported_to_accounting",
        "merchant_notes",
        "placed_by_user",
        "refund_by_user",
        "sales_rep_code",
        "transactional_merchant_notes",
    }
)

_KNOWN_ORDER_ITEM: Final = frozenset(
    {
        "accounting_code",
        "activation_codes",
        "actual_cogs",
        "arbitrary_unit_cost",
        "auto_order_last_rebill_dts",
        "auto_order_schedule",
        "barcode",
        "barcode_gtin12",
        "barcode_gtin14",
        "barcode_upc11",
        "barcode_upc12",
        "channel_partner_item_id",
        "cogs",
        "component_unit_value",
        "cost",
        "country_code_of_origin",
        "customs_description",
        "description",
        "discount",
        "discount_quantity",
        "discount_shipping_weight",
        "distribution_center_code",
        "edi",
        "exclude_coupon",
        "free_shipping",
        "hazmat",
        "height",
        "item_index",
        "item_reference_oid",
        "kit",
        "kit_component",
        "length",
        "manufacturer_sku",
        "max_days_time_in_transit",
        "merchant_item_id",
        "mix_and_match_group_name",
        "mix_and_match_group_oid",
        "no_shipping_discount",
        "options",
        "packed_by_user",
        "parent_item_index",
        "parent_merchant_item_id",
        "perishable_class",
        "pricing_tier_name",
        "properties",
        "quantity",
        "quantity_refunded",
        "quickbooks_class",
        "refund_reason",
        "return_reason",
        "ship_separately",
        "shipped_by_user",
        "shipped_dts",
        "shipping_status",
        "special_product_type",
        "tags",
        "tax_free",
        "tax_product_type",
        "taxable_cost",
        "total_cost_with_discount",
        "total_refunded",
        "transmitted_to_distribution_center_dts",
        "unit_cost_with_discount",
        "upsell",
        "weight",
        "width",
    }
)

_KNOWN_ORDER_ITEM_EDI: Final = frozenset({"identifications", "lots"})

_KNOWN_ORDER_ITEM_EDI_IDENTIFICATION: Final = frozenset({"identification", "quantity"})

_KNOWN_ORDER_ITEM_EDI_LOT: Final = frozenset({"lot_expiration", "lot_number", "lot_quantity"})

_KNOWN_ORDER_ITEM_OPTION: Final = frozenset(
    {
        "additional_dimension_application",
        "cost_change",
        "file_attachment",
        "height",
        "hidden",
        "label",
        "length",
        "one_time_fee",
        "value",
        "weight_change",
        "width",
    }
)

_KNOWN_ORDER_ITEM_OPTION_FILE_ATTACHMENT: Final = frozenset(
    {
        "expiration_dts",
        "file_name",
        "mime_type",
        "size",
    }
)

_KNOWN_ORDER_ITEM_PROPERTY: Final = frozenset({"display", "expiration_dts", "name", "value"})

_KNOWN_ORDER_ITEM_TAG: Final = frozenset({"tag_value"})

_KNOWN_ORDER_LINKED_SHIPMENT: Final = frozenset(
    {
        "has_linked_shipment",
        "linked_shipment",
        "linked_shipment_channel_partner_order_ids",
        "linked_shipment_order_ids",
        "linked_shipment_to_order_id",
    }
)

_KNOWN_ORDER_MARKETING: Final = frozenset(
    {
        "advertising_source",
        "cell_phone_opt_in",
        "mailing_list",
        "referral_code",
    }
)

_KNOWN_ORDER_PAYMENT: Final = frozenset(
    {
        "check",
        "credit_card",
        "echeck",
        "health_benefit_card",
        "hold_for_fraud_review",
        "insurance",
        "payment_dts",
        "payment_method",
        "payment_method_accounting_code",
        "payment_method_deposit_to_account",
        "payment_status",
        "paypal",
        "purchase_order",
        "rotating_transaction_gateway_code",
        "surcharge",
        "surcharge_accounting_code",
        "surcharge_transaction_fee",
        "surcharge_transaction_percentage",
        "test_order",
        "transactions",
    }
)

_KNOWN_ORDER_PAYMENT_CHECK: Final = frozenset({"check_number"})

_KNOWN_ORDER_PAYMENT_CREDIT_CARD: Final = frozenset(
    {
        "card_auth_ticket",
        "card_authorization_amount",
        "card_authorization_dts",
        "card_authorization_reference_number",
        "card_expiration_month",
        "card_expiration_year",
        "card_number",
        "card_number_token",
        "card_number_truncated",
        "card_type",
        "card_verification_number_token",
        "dual_vaulted",
    }
)

_KNOWN_ORDER_PAYMENT_CREDIT_CARD_DUAL_VAULTED: Final = frozenset(
    {
        "gateway_name",
        "properties",
        "rotating_transaction_gateway_code",
    }
)

_KNOWN_ORDER_PAYMENT_CREDIT_CARD_DUAL_VAULTED_PROPERTY: Final = frozenset({"name", "value"})

_KNOWN_ORDER_PAYMENT_E_CHECK: Final = frozenset(
    {
        "bank_aba_code",
        "bank_account_name",
        "bank_account_number",
        "bank_account_type",
        "bank_name",
        "bank_owner_type",
        "customer_tax_id",
        "drivers_license_dob",
        "drivers_license_number",
        "drivers_license_state",
    }
)

_KNOWN_ORDER_PAYMENT_HEALTH_BENEFIT_CARD: Final = frozenset(
    {
        "health_benefit_card_expiration_month",
        "health_benefit_card_expiration_year",
        "health_benefit_card_number",
        "health_benefit_card_number_token",
        "health_benefit_card_number_truncated",
        "health_benefit_card_verification_number_token",
    }
)

_KNOWN_ORDER_PAYMENT_INSURANCE: Final = frozenset(
    {
        "application_id",
        "claim_id",
        "insurance_type",
        "refund_claim_id",
    }
)

_KNOWN_ORDER_PAYMENT_PAY_PAL: Final = frozenset({"customer_id", "vault_id"})

_KNOWN_ORDER_PAYMENT_PURCHASE_ORDER: Final = frozenset({"purchase_order_number"})

_KNOWN_ORDER_PAYMENT_TRANSACTION: Final = frozenset(
    {
        "details",
        "successful",
        "transaction_gateway",
        "transaction_id",
        "transaction_timestamp",
    }
)

_KNOWN_ORDER_PAYMENT_TRANSACTION_DETAIL: Final = frozenset({"name", "type", "value"})

_KNOWN_ORDER_POINT_OF_SALE: Final = frozenset({"location", "reader", "register"})

_KNOWN_ORDER_PROPERTY: Final = frozenset(
    {
        "created_by",
        "created_dts",
        "display",
        "expiration_dts",
        "name",
        "value",
    }
)

_KNOWN_ORDER_QUOTE: Final = frozenset({"quote_expiration_dts", "quoted_by", "quoted_dts"})

_KNOWN_ORDER_SALESFORCE: Final = frozenset({"salesforce_opportunity_id"})

_KNOWN_ORDER_SHIPPING: Final = frozenset(
    {
        "address1",
        "address2",
        "city",
        "company",
        "country_code",
        "day_phone",
        "day_phone_e164",
        "delivery_date",
        "evening_phone",
        "evening_phone_e164",
        "first_name",
        "last_name",
        "least_cost_route",
        "least_cost_route_shipping_methods",
        "lift_gate",
        "pickup_dts",
        "postal_code",
        "rma",
        "ship_on_date",
        "ship_to_residential",
        "shipping_3rd_party_account_number",
        "shipping_date",
        "shipping_department_status",
        "shipping_method",
        "shipping_method_accounting_code",
        "special_instructions",
        "state_region",
        "title",
        "tracking_number_details",
        "tracking_numbers",
        "weight",
    }
)

_KNOWN_ORDER_SUMMARY: Final = frozenset(
    {
        "actual_fulfillment",
        "actual_other_cost",
        "actual_payment_processing",
        "actual_profit",
        "actual_profit_analyzed",
        "actual_profit_review",
        "actual_shipping",
        "arbitrary_shipping_handling_total",
        "arbitrary_subtotal_discount",
        "arbitrary_taxable_subtotal_discount",
        "health_benefit_card_amount",
        "health_benefit_card_refunded",
        "internal_gift_certificate_amount",
        "internal_gift_certificate_refunded",
        "other_refunded",
        "shipping_handling_refunded",
        "shipping_handling_total",
        "shipping_handling_total_discount",
        "subtotal",
        "subtotal_discount",
        "subtotal_discount_refunded",
        "subtotal_refunded",
        "tax",
        "tax_refunded",
        "taxable_subtotal",
        "taxable_subtotal_discount",
        "total",
        "total_refunded",
    }
)

_KNOWN_ORDER_TAG: Final = frozenset({"tag_value"})

_KNOWN_ORDER_TAXES: Final = frozenset(
    {
        "arbitrary_tax",
        "arbitrary_tax_rate",
        "arbitrary_taxable_subtotal",
        "tax_city_accounting_code",
        "tax_country_accounting_code",
        "tax_county",
        "tax_county_accounting_code",
        "tax_gift_charge",
        "tax_postal_code_accounting_code",
        "tax_rate",
        "tax_rate_city",
        "tax_rate_country",
        "tax_rate_county",
        "tax_rate_postal_code",
        "tax_rate_state",
        "tax_shipping",
        "tax_state_accounting_code",
    }
)

_KNOWN_ORDER_TRACKING_NUMBER_DETAIL: Final = frozenset(
    {
        "city",
        "event_dts",
        "event_local_date",
        "event_local_time",
        "event_timezone_id",
        "state",
        "subtag",
        "subtag_message",
        "tag",
        "tag_description",
        "tag_icon",
        "zip",
    }
)

_KNOWN_ORDER_TRACKING_NUMBER_DETAILS: Final = frozenset(
    {
        "actual_delivery_date",
        "actual_delivery_date_formatted",
        "details",
        "easypost_tracker_id",
        "expected_delivery_date",
        "expected_delivery_date_formatted",
        "map_url",
        "order_placed_date",
        "order_placed_date_formatted",
        "payment_processed_date",
        "payment_processed_date_formatted",
        "shipped_date",
        "shipped_date_formatted",
        "shipping_method",
        "status",
        "status_description",
        "tracking_number",
        "tracking_url",
    }
)

_KNOWN_ORDER_TRANSACTIONAL_MERCHANT_NOTE: Final = frozenset(
    {
        "ip_address",
        "note",
        "note_dts",
        "user",
    }
)

_KNOWN_ORDER_UTM: Final = frozenset(
    {
        "attribution_first_click_subtotal",
        "attribution_first_click_total",
        "attribution_last_click_subtotal",
        "attribution_last_click_total",
        "attribution_linear_subtotal",
        "attribution_linear_total",
        "attribution_position_based_subtotal",
        "attribution_position_based_total",
        "click_dts",
        "facebook_ad_id",
        "fbclid",
        "gbraid",
        "glcid",
        "itm_campaign",
        "itm_content",
        "itm_id",
        "itm_medium",
        "itm_source",
        "itm_term",
        "msclkid",
        "short_code",
        "short_code_backup",
        "ttclid",
        "uc_message_id",
        "utm_campaign",
        "utm_content",
        "utm_id",
        "utm_medium",
        "utm_source",
        "utm_term",
        "vmcid",
        "wbraid",
    }
)

_KNOWN_POINT_OF_SALE_LOCATION: Final = frozenset(
    {
        "adddress2",
        "address1",
        "city",
        "country",
        "distribution_center_code",
        "external_id",
        "merchant_id",
        "pos_location_oid",
        "postal_code",
        "state_province",
        "tax_county",
    }
)

_KNOWN_POINT_OF_SALE_READER: Final = frozenset(
    {
        "device_type",
        "label",
        "merchant_id",
        "payment_provider",
        "pos_reader_id",
        "pos_register_oid",
        "serial_number",
        "stripe_account_id",
        "stripe_reader_id",
    }
)

_KNOWN_POINT_OF_SALE_REGISTER: Final = frozenset(
    {
        "merchant_id",
        "name",
        "pos_location_oid",
        "pos_register_oid",
    }
)

_KNOWN_WEIGHT: Final = frozenset({"uom", "value"})


def structure_auto_order_addon_item(o: Any) -> AutoOrderAddonItem:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: AutoOrderAddonItem = new_object(AutoOrderAddonItem)
    g = o.get
    r: list[Any]
    n = 0
    v = g("arbitrary_unit_cost")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.arbitrary_unit_cost = v
    v = g("free_shipping")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.free_shipping = v
    v = g("item_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.item_id = v
    v = g("next_x_orders")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.next_x_orders = v
    v = g("options")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_auto_order_addon_item_option(x))
        v = r
    self.options = v
    v = g("quantity")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.quantity = v
    if len(o) + n == 6 or _KNOWN_AUTO_ORDER_ADDON_ITEM.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_AUTO_ORDER_ADDON_ITEM)
    self._wire_timestamps = None
    return self


def unstructure_auto_order_addon_item(obj: AutoOrderAddonItem) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.arbitrary_unit_cost
    if v is not None:
        out["arbitrary_unit_cost"] = v
    v = obj.free_shipping
    if v is not None:
        out["free_shipping"] = v
    v = obj.item_id
    if v is not None:
        out["item_id"] = v
    v = obj.next_x_orders
    if v is not None:
        out["next_x_orders"] = v
    v = obj.options
    if v is not None:
        out["options"] = [unstructure(x) for x in v]
    v = obj.quantity
    if v is not None:
        out["quantity"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_auto_order_addon_item_option(o: Any) -> AutoOrderAddonItemOption:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: AutoOrderAddonItemOption = new_object(AutoOrderAddonItemOption)
    g = o.get
    n = 0
    v = g("label")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.label = v
    v = g("value")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.value = v
    if len(o) + n == 2 or _KNOWN_AUTO_ORDER_ADDON_ITEM_OPTION.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_AUTO_ORDER_ADDON_ITEM_OPTION)
    self._wire_timestamps = None
    return self


def unstructure_auto_order_addon_item_option(obj: AutoOrderAddonItemOption) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.label
    if v is not None:
        out["label"] = v
    v = obj.value
    if v is not None:
        out["value"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_auto_order_item(o: Any) -> AutoOrderItem:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: AutoOrderItem = new_object(AutoOrderItem)
    g = o.get
    ts: dict[str, str] | None = None
    r: list[Any]
    n = 0
    v = g("add_ons")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_auto_order_addon_item(x))
        v = r
    self.add_ons = v
    v = g("arbitrary_item_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.arbitrary_item_id = v
    v = g("arbitrary_percentage_discount")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.arbitrary_percentage_discount = v
    v = g("arbitrary_quantity")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.arbitrary_quantity = v
    v = g("arbitrary_schedule_days")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.arbitrary_schedule_days = v
    v = g("arbitrary_unit_cost")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.arbitrary_unit_cost = v
    v = g("arbitrary_unit_cost_remaining_orders")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.arbitrary_unit_cost_remaining_orders = v
    v = g("auto_order_item_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.auto_order_item_oid = v
    v = g("calculated_next_shipment_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["calculated_next_shipment_dts"] = v
        v = p
    self.calculated_next_shipment_dts = v
    v = g("cancel_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["cancel_dts"] = v
        v = p
    self.cancel_dts = v
    v = g("cancel_reason")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.cancel_reason = v
    v = g("first_order_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["first_order_dts"] = v
        v = p
    self.first_order_dts = v
    v = g("frequency")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.frequency = v
    v = g("future_schedules")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_auto_order_item_future_schedule(x))
        v = r
    self.future_schedules = v
    v = g("last_order_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["last_order_dts"] = v
        v = p
    self.last_order_dts = v
    v = g("life_time_value")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.life_time_value = v
    v = g("next_item_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.next_item_id = v
    v = g("next_preshipment_notice_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["next_preshipment_notice_dts"] = v
        v = p
    self.next_preshipment_notice_dts = v
    v = g("next_shipment_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["next_shipment_dts"] = v
        v = p
    self.next_shipment_dts = v
    v = g("no_order_after_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["no_order_after_dts"] = v
        v = p
    self.no_order_after_dts = v
    v = g("number_of_rebills")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.number_of_rebills = v
    v = g("options")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_auto_order_item_option(x))
        v = r
    self.options = v
    v = g("original_item_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.original_item_id = v
    v = g("original_quantity")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.original_quantity = v
    v = g("paused")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.paused = v
    v = g("paypal_payer_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.paypal_payer_id = v
    v = g("paypal_recurring_payment_profile_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.paypal_recurring_payment_profile_id = v
    v = g("preshipment_notice_sent")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.preshipment_notice_sent = v
    v = g("properties")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_auto_order_property(x))
        v = r
    self.properties = v
    v = g("rebill_value")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.rebill_value = v
    v = g("remaining_repeat_count")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.remaining_repeat_count = v
    v = g("simple_schedule")
    if v is None:
        n += 1
    else:
        v = structure_auto_order_item_simple_schedule(v)
    self.simple_schedule = v
    if len(o) + n == 32 or _KNOWN_AUTO_ORDER_ITEM.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_AUTO_ORDER_ITEM)
    self._wire_timestamps = ts
    return self


def unstructure_auto_order_item(obj: AutoOrderItem) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.add_ons
    if v is not None:
        out["add_ons"] = [unstructure(x) for x in v]
    v = obj.arbitrary_item_id
    if v is not None:
        out["arbitrary_item_id"] = v
    v = obj.arbitrary_percentage_discount
    if v is not None:
        out["arbitrary_percentage_discount"] = v
    v = obj.arbitrary_quantity
    if v is not None:
        out["arbitrary_quantity"] = v
    v = obj.arbitrary_schedule_days
    if v is not None:
        out["arbitrary_schedule_days"] = v
    v = obj.arbitrary_unit_cost
    if v is not None:
        out["arbitrary_unit_cost"] = v
    v = obj.arbitrary_unit_cost_remaining_orders
    if v is not None:
        out["arbitrary_unit_cost_remaining_orders"] = v
    v = obj.auto_order_item_oid
    if v is not None:
        out["auto_order_item_oid"] = v
    v = obj.calculated_next_shipment_dts
    if v is not None:
        out["calculated_next_shipment_dts"] = timestamp_out(
            stamps, "calculated_next_shipment_dts", v
        )
    v = obj.cancel_dts
    if v is not None:
        out["cancel_dts"] = timestamp_out(stamps, "cancel_dts", v)
    v = obj.cancel_reason
    if v is not None:
        out["cancel_reason"] = v
    v = obj.first_order_dts
    if v is not None:
        out["first_order_dts"] = timestamp_out(stamps, "first_order_dts", v)
    v = obj.frequency
    if v is not None:
        out["frequency"] = v
    v = obj.future_schedules
    if v is not None:
        out["future_schedules"] = [unstructure(x) for x in v]
    v = obj.last_order_dts
    if v is not None:
        out["last_order_dts"] = timestamp_out(stamps, "last_order_dts", v)
    v = obj.life_time_value
    if v is not None:
        out["life_time_value"] = v
    v = obj.next_item_id
    if v is not None:
        out["next_item_id"] = v
    v = obj.next_preshipment_notice_dts
    if v is not None:
        out["next_preshipment_notice_dts"] = timestamp_out(stamps, "next_preshipment_notice_dts", v)
    v = obj.next_shipment_dts
    if v is not None:
        out["next_shipment_dts"] = timestamp_out(stamps, "next_shipment_dts", v)
    v = obj.no_order_after_dts
    if v is not None:
        out["no_order_after_dts"] = timestamp_out(stamps, "no_order_after_dts", v)
    v = obj.number_of_rebills
    if v is not None:
        out["number_of_rebills"] = v
    v = obj.options
    if v is not None:
        out["options"] = [unstructure(x) for x in v]
    v = obj.original_item_id
    if v is not None:
        out["original_item_id"] = v
    v = obj.original_quantity
    if v is not None:
        out["original_quantity"] = v
    v = obj.paused
    if v is not None:
        out["paused"] = v
    v = obj.paypal_payer_id
    if v is not None:
        out["paypal_payer_id"] = v
    v = obj.paypal_recurring_payment_profile_id
    if v is not None:
        out["paypal_recurring_payment_profile_id"] = v
    v = obj.preshipment_notice_sent
    if v is not None:
        out["preshipment_notice_sent"] = v
    v = obj.properties
    if v is not None:
        out["properties"] = [unstructure(x) for x in v]
    v = obj.rebill_value
    if v is not None:
        out["rebill_value"] = v
    v = obj.remaining_repeat_count
    if v is not None:
        out["remaining_repeat_count"] = v
    v = obj.simple_schedule
    if v is not None:
        out["simple_schedule"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_auto_order_item_future_schedule(o: Any) -> AutoOrderItemFutureSchedule:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: AutoOrderItemFutureSchedule = new_object(AutoOrderItemFutureSchedule)
    g = o.get
    ts: dict[str, str] | None = None
    n = 0
    v = g("item_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.item_id = v
    v = g("rebill_count")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.rebill_count = v
    v = g("shipment_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["shipment_dts"] = v
        v = p
    self.shipment_dts = v
    v = g("unit_cost")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.unit_cost = v
    if len(o) + n == 4 or _KNOWN_AUTO_ORDER_ITEM_FUTURE_SCHEDULE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_AUTO_ORDER_ITEM_FUTURE_SCHEDULE)
    self._wire_timestamps = ts
    return self


def unstructure_auto_order_item_future_schedule(obj: AutoOrderItemFutureSchedule) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.item_id
    if v is not None:
        out["item_id"] = v
    v = obj.rebill_count
    if v is not None:
        out["rebill_count"] = v
    v = obj.shipment_dts
    if v is not None:
        out["shipment_dts"] = timestamp_out(stamps, "shipment_dts", v)
    v = obj.unit_cost
    if v is not None:
        out["unit_cost"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_auto_order_item_option(o: Any) -> AutoOrderItemOption:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: AutoOrderItemOption = new_object(AutoOrderItemOption)
    g = o.get
    n = 0
    v = g("label")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.label = v
    v = g("value")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.value = v
    if len(o) + n == 2 or _KNOWN_AUTO_ORDER_ITEM_OPTION.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_AUTO_ORDER_ITEM_OPTION)
    self._wire_timestamps = None
    return self


def unstructure_auto_order_item_option(obj: AutoOrderItemOption) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.label
    if v is not None:
        out["label"] = v
    v = obj.value
    if v is not None:
        out["value"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_auto_order_item_simple_schedule(o: Any) -> AutoOrderItemSimpleSchedule:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: AutoOrderItemSimpleSchedule = new_object(AutoOrderItemSimpleSchedule)
    g = o.get
    n = 0
    v = g("frequency")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.frequency = v
    v = g("item_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.item_id = v
    v = g("repeat_count")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.repeat_count = v
    if len(o) + n == 3 or _KNOWN_AUTO_ORDER_ITEM_SIMPLE_SCHEDULE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_AUTO_ORDER_ITEM_SIMPLE_SCHEDULE)
    self._wire_timestamps = None
    return self


def unstructure_auto_order_item_simple_schedule(obj: AutoOrderItemSimpleSchedule) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.frequency
    if v is not None:
        out["frequency"] = v
    v = obj.item_id
    if v is not None:
        out["item_id"] = v
    v = obj.repeat_count
    if v is not None:
        out["repeat_count"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_auto_order_property(o: Any) -> AutoOrderProperty:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: AutoOrderProperty = new_object(AutoOrderProperty)
    g = o.get
    n = 0
    v = g("name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.name = v
    v = g("value")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.value = v
    if len(o) + n == 2 or _KNOWN_AUTO_ORDER_PROPERTY.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_AUTO_ORDER_PROPERTY)
    self._wire_timestamps = None
    return self


def unstructure_auto_order_property(obj: AutoOrderProperty) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.name
    if v is not None:
        out["name"] = v
    v = obj.value
    if v is not None:
        out["value"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_browser(o: Any) -> Browser:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: Browser = new_object(Browser)
    g = o.get
    n = 0
    v = g("device")
    if v is None:
        n += 1
    else:
        v = structure_browser_device(v)
    self.device = v
    v = g("os")
    if v is None:
        n += 1
    else:
        v = structure_browser_os(v)
    self.os = v
    v = g("user_agent")
    if v is None:
        n += 1
    else:
        v = structure_browser_user_agent(v)
    self.user_agent = v
    if len(o) + n == 3 or _KNOWN_BROWSER.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_BROWSER)
    self._wire_timestamps = None
    return self


def unstructure_browser(obj: Browser) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.device
    if v is not None:
        out["device"] = unstructure(v)
    v = obj.os
    if v is not None:
        out["os"] = unstructure(v)
    v = obj.user_agent
    if v is not None:
        out["user_agent"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_browser_device(o: Any) -> BrowserDevice:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: BrowserDevice = new_object(BrowserDevice)
    g = o.get
    n = 0
    v = g("family")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.family = v
    if len(o) + n == 1 or _KNOWN_BROWSER_DEVICE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_BROWSER_DEVICE)
    self._wire_timestamps = None
    return self


def unstructure_browser_device(obj: BrowserDevice) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.family
    if v is not None:
        out["family"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_browser_os(o: Any) -> BrowserOS:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: BrowserOS = new_object(BrowserOS)
    g = o.get
    n = 0
    v = g("family")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.family = v
    v = g("major")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.major = v
    v = g("minor")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.minor = v
    v = g("patch")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.patch = v
    v = g("patch_minor")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.patch_minor = v
    if len(o) + n == 5 or _KNOWN_BROWSER_OS.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_BROWSER_OS)
    self._wire_timestamps = None
    return self


def unstructure_browser_os(obj: BrowserOS) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.family
    if v is not None:
        out["family"] = v
    v = obj.major
    if v is not None:
        out["major"] = v
    v = obj.minor
    if v is not None:
        out["minor"] = v
    v = obj.patch
    if v is not None:
        out["patch"] = v
    v = obj.patch_minor
    if v is not None:
        out["patch_minor"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_browser_user_agent(o: Any) -> BrowserUserAgent:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: BrowserUserAgent = new_object(BrowserUserAgent)
    g = o.get
    n = 0
    v = g("family")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.family = v
    v = g("major")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.major = v
    v = g("minor")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.minor = v
    v = g("patch")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.patch = v
    if len(o) + n == 4 or _KNOWN_BROWSER_USER_AGENT.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_BROWSER_USER_AGENT)
    self._wire_timestamps = None
    return self


def unstructure_browser_user_agent(obj: BrowserUserAgent) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.family
    if v is not None:
        out["family"] = v
    v = obj.major
    if v is not None:
        out["major"] = v
    v = obj.minor
    if v is not None:
        out["minor"] = v
    v = obj.patch
    if v is not None:
        out["patch"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_currency(o: Any) -> Currency:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: Currency = new_object(Currency)
    g = o.get
    n = 0
    v = g("currency_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.currency_code = v
    v = g("exchange_rate")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.exchange_rate = v
    v = g("localized")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.localized = v
    v = g("localized_formatted")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.localized_formatted = v
    v = g("value")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.value = v
    if len(o) + n == 5 or _KNOWN_CURRENCY.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CURRENCY)
    self._wire_timestamps = None
    return self


def unstructure_currency(obj: Currency) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.currency_code
    if v is not None:
        out["currency_code"] = v
    v = obj.exchange_rate
    if v is not None:
        out["exchange_rate"] = v
    v = obj.localized
    if v is not None:
        out["localized"] = v
    v = obj.localized_formatted
    if v is not None:
        out["localized_formatted"] = v
    v = obj.value
    if v is not None:
        out["value"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_distance(o: Any) -> Distance:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: Distance = new_object(Distance)
    g = o.get
    n = 0
    v = g("uom")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.uom = v
    v = g("value")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.value = v
    if len(o) + n == 2 or _KNOWN_DISTANCE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_DISTANCE)
    self._wire_timestamps = None
    return self


def unstructure_distance(obj: Distance) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.uom
    if v is not None:
        out["uom"] = v
    v = obj.value
    if v is not None:
        out["value"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order(o: Any) -> Order:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: Order = new_object(Order)
    g = o.get
    ts: dict[str, str] | None = None
    r: list[Any]
    n = 0
    v = g("Tags")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_order_tag(x))
        v = r
    self.Tags = v
    v = g("affiliates")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_order_affiliate(x))
        v = r
    self.affiliates = v
    v = g("auto_order")
    if v is None:
        n += 1
    else:
        v = structure_order_auto_order(v)
    self.auto_order = v
    v = g("billing")
    if v is None:
        n += 1
    else:
        v = structure_order_billing(v)
    self.billing = v
    v = g("buysafe")
    if v is None:
        n += 1
    else:
        v = structure_order_buysafe(v)
    self.buysafe = v
    v = g("channel_partner")
    if v is None:
        n += 1
    else:
        v = structure_order_channel_partner(v)
    self.channel_partner = v
    v = g("checkout")
    if v is None:
        n += 1
    else:
        v = structure_order_checkout(v)
    self.checkout = v
    v = g("coupons")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_order_coupon(x))
        v = r
    self.coupons = v
    v = g("creation_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["creation_dts"] = v
        v = p
    self.creation_dts = v
    v = g("currency_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.currency_code = v
    v = g("current_stage")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.current_stage = v
    v = g("current_stage_histories")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_order_current_stage_history(x))
        v = r
    self.current_stage_histories = v
    v = g("customer_profile")
    if v is None:
        n += 1
    else:
        v = structure_customer(v)
    self.customer_profile = v
    v = g("digital_order")
    if v is None:
        n += 1
    else:
        v = structure_order_digital_order(v)
    self.digital_order = v
    v = g("edi")
    if v is None:
        n += 1
    else:
        v = structure_order_edi(v)
    self.edi = v
    v = g("emails")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_order_email(x))
        v = r
    self.emails = v
    v = g("exchange_rate")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.exchange_rate = v
    v = g("fraud_score")
    if v is None:
        n += 1
    else:
        v = structure_order_fraud_score(v)
    self.fraud_score = v
    v = g("gift")
    if v is None:
        n += 1
    else:
        v = structure_order_gift(v)
    self.gift = v
    v = g("gift_certificate")
    if v is None:
        n += 1
    else:
        v = structure_order_gift_certificate(v)
    self.gift_certificate = v
    v = g("internal")
    if v is None:
        n += 1
    else:
        v = structure_order_internal(v)
    self.internal = v
    v = g("items")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_order_item(x))
        v = r
    self.items = v
    v = g("language_iso_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.language_iso_code = v
    v = g("linked_shipment")
    if v is None:
        n += 1
    else:
        v = structure_order_linked_shipment(v)
    self.linked_shipment = v
    v = g("marketing")
    if v is None:
        n += 1
    else:
        v = structure_order_marketing(v)
    self.marketing = v
    v = g("merchant_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.merchant_id = v
    v = g("order_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.order_id = v
    v = g("payment")
    if v is None:
        n += 1
    else:
        v = structure_order_payment(v)
    self.payment = v
    v = g("point_of_sale")
    if v is None:
        n += 1
    else:
        v = structure_order_point_of_sale(v)
    self.point_of_sale = v
    v = g("properties")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_order_property(x))
        v = r
    self.properties = v
    v = g("quote")
    if v is None:
        n += 1
    else:
        v = structure_order_quote(v)
    self.quote = v
    v = g("refund_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["refund_dts"] = v
        v = p
    self.refund_dts = v
    v = g("refund_reason")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.refund_reason = v
    v = g("reject_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["reject_dts"] = v
        v = p
    self.reject_dts = v
    v = g("reject_reason")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.reject_reason = v
    v = g("salesforce")
    if v is None:
        n += 1
    else:
        v = structure_order_salesforce(v)
    self.salesforce = v
    v = g("shipping")
    if v is None:
        n += 1
    else:
        v = structure_order_shipping(v)
    self.shipping = v
    v = g("summary")
    if v is None:
        n += 1
    else:
        v = structure_order_summary(v)
    self.summary = v
    v = g("taxes")
    if v is None:
        n += 1
    else:
        v = structure_order_taxes(v)
    self.taxes = v
    v = g("utms")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_order_utm(x))
        v = r
    self.utms = v
    if len(o) + n == 40 or _KNOWN_ORDER.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER)
    self._wire_timestamps = ts
    return self


def unstructure_order(obj: Order) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.Tags
    if v is not None:
        out["Tags"] = [unstructure(x) for x in v]
    v = obj.affiliates
    if v is not None:
        out["affiliates"] = [unstructure(x) for x in v]
    v = obj.auto_order
    if v is not None:
        out["auto_order"] = unstructure(v)
    v = obj.billing
    if v is not None:
        out["billing"] = unstructure(v)
    v = obj.buysafe
    if v is not None:
        out["buysafe"] = unstructure(v)
    v = obj.channel_partner
    if v is not None:
        out["channel_partner"] = unstructure(v)
    v = obj.checkout
    if v is not None:
        out["checkout"] = unstructure(v)
    v = obj.coupons
    if v is not None:
        out["coupons"] = [unstructure(x) for x in v]
    v = obj.creation_dts
    if v is not None:
        out["creation_dts"] = timestamp_out(stamps, "creation_dts", v)
    v = obj.currency_code
    if v is not None:
        out["currency_code"] = v
    v = obj.current_stage
    if v is not None:
        out["current_stage"] = v
    v = obj.current_stage_histories
    if v is not None:
        out["current_stage_histories"] = [unstructure(x) for x in v]
    v = obj.customer_profile
    if v is not None:
        out["customer_profile"] = unstructure(v)
    v = obj.digital_order
    if v is not None:
        out["digital_order"] = unstructure(v)
    v = obj.edi
    if v is not None:
        out["edi"] = unstructure(v)
    v = obj.emails
    if v is not None:
        out["emails"] = [unstructure(x) for x in v]
    v = obj.exchange_rate
    if v is not None:
        out["exchange_rate"] = v
    v = obj.fraud_score
    if v is not None:
        out["fraud_score"] = unstructure(v)
    v = obj.gift
    if v is not None:
        out["gift"] = unstructure(v)
    v = obj.gift_certificate
    if v is not None:
        out["gift_certificate"] = unstructure(v)
    v = obj.internal
    if v is not None:
        out["internal"] = unstructure(v)
    v = obj.items
    if v is not None:
        out["items"] = [unstructure(x) for x in v]
    v = obj.language_iso_code
    if v is not None:
        out["language_iso_code"] = v
    v = obj.linked_shipment
    if v is not None:
        out["linked_shipment"] = unstructure(v)
    v = obj.marketing
    if v is not None:
        out["marketing"] = unstructure(v)
    v = obj.merchant_id
    if v is not None:
        out["merchant_id"] = v
    v = obj.order_id
    if v is not None:
        out["order_id"] = v
    v = obj.payment
    if v is not None:
        out["payment"] = unstructure(v)
    v = obj.point_of_sale
    if v is not None:
        out["point_of_sale"] = unstructure(v)
    v = obj.properties
    if v is not None:
        out["properties"] = [unstructure(x) for x in v]
    v = obj.quote
    if v is not None:
        out["quote"] = unstructure(v)
    v = obj.refund_dts
    if v is not None:
        out["refund_dts"] = timestamp_out(stamps, "refund_dts", v)
    v = obj.refund_reason
    if v is not None:
        out["refund_reason"] = v
    v = obj.reject_dts
    if v is not None:
        out["reject_dts"] = timestamp_out(stamps, "reject_dts", v)
    v = obj.reject_reason
    if v is not None:
        out["reject_reason"] = v
    v = obj.salesforce
    if v is not None:
        out["salesforce"] = unstructure(v)
    v = obj.shipping
    if v is not None:
        out["shipping"] = unstructure(v)
    v = obj.summary
    if v is not None:
        out["summary"] = unstructure(v)
    v = obj.taxes
    if v is not None:
        out["taxes"] = unstructure(v)
    v = obj.utms
    if v is not None:
        out["utms"] = [unstructure(x) for x in v]
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_affiliate(o: Any) -> OrderAffiliate:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderAffiliate = new_object(OrderAffiliate)
    g = o.get
    r: list[Any]
    n = 0
    v = g("affiliate_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.affiliate_oid = v
    v = g("ledger_entries")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_order_affiliate_ledger(x))
        v = r
    self.ledger_entries = v
    v = g("sub_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.sub_id = v
    if len(o) + n == 3 or _KNOWN_ORDER_AFFILIATE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_AFFILIATE)
    self._wire_timestamps = None
    return self


def unstructure_order_affiliate(obj: OrderAffiliate) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.affiliate_oid
    if v is not None:
        out["affiliate_oid"] = v
    v = obj.ledger_entries
    if v is not None:
        out["ledger_entries"] = [unstructure(x) for x in v]
    v = obj.sub_id
    if v is not None:
        out["sub_id"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_affiliate_ledger(o: Any) -> OrderAffiliateLedger:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderAffiliateLedger = new_object(OrderAffiliateLedger)
    g = o.get
    ts: dict[str, str] | None = None
    n = 0
    v = g("assigned_by_user")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.assigned_by_user = v
    v = g("item_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.item_id = v
    v = g("tier_number")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.tier_number = v
    v = g("transaction_amount")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.transaction_amount = v
    v = g("transaction_amount_paid")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.transaction_amount_paid = v
    v = g("transaction_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["transaction_dts"] = v
        v = p
    self.transaction_dts = v
    v = g("transaction_memo")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.transaction_memo = v
    v = g("transaction_percentage")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.transaction_percentage = v
    v = g("transaction_state")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.transaction_state = v
    if len(o) + n == 9 or _KNOWN_ORDER_AFFILIATE_LEDGER.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_AFFILIATE_LEDGER)
    self._wire_timestamps = ts
    return self


def unstructure_order_affiliate_ledger(obj: OrderAffiliateLedger) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.assigned_by_user
    if v is not None:
        out["assigned_by_user"] = v
    v = obj.item_id
    if v is not None:
        out["item_id"] = v
    v = obj.tier_number
    if v is not None:
        out["tier_number"] = v
    v = obj.transaction_amount
    if v is not None:
        out["transaction_amount"] = v
    v = obj.transaction_amount_paid
    if v is not None:
        out["transaction_amount_paid"] = v
    v = obj.transaction_dts
    if v is not None:
        out["transaction_dts"] = timestamp_out(stamps, "transaction_dts", v)
    v = obj.transaction_memo
    if v is not None:
        out["transaction_memo"] = v
    v = obj.transaction_percentage
    if v is not None:
        out["transaction_percentage"] = v
    v = obj.transaction_state
    if v is not None:
        out["transaction_state"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_auto_order(o: Any) -> OrderAutoOrder:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderAutoOrder = new_object(OrderAutoOrder)
    g = o.get
    ts: dict[str, str] | None = None
    r: list[Any]
    n = 0
    v = g("auto_order_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.auto_order_code = v
    v = g("auto_order_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.auto_order_oid = v
    v = g("cancel_after_next_x_orders")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.cancel_after_next_x_orders = v
    v = g("cancel_downgrade")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.cancel_downgrade = v
    v = g("cancel_reason")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.cancel_reason = v
    v = g("cancel_upgrade")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.cancel_upgrade = v
    v = g("canceled_by_user")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.canceled_by_user = v
    v = g("canceled_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["canceled_dts"] = v
        v = p
    self.canceled_dts = v
    v = g("completed")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.completed = v
    v = g("credit_card_attempt")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.credit_card_attempt = v
    v = g("disabled_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["disabled_dts"] = v
        v = p
    self.disabled_dts = v
    v = g("enabled")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.enabled = v
    v = g("failure_reason")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.failure_reason = v
    v = g("items")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_auto_order_item(x))
        v = r
    self.items = v
    v = g("next_attempt")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.next_attempt = v
    v = g("original_order_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.original_order_id = v
    v = g("override_affiliate_id")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.override_affiliate_id = v
    v = g("rebill_orders")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_order(x))
        v = r
    self.rebill_orders = v
    v = g("rotating_transaction_gateway_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.rotating_transaction_gateway_code = v
    v = g("status")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.status = v
    if len(o) + n == 20 or _KNOWN_ORDER_AUTO_ORDER.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_AUTO_ORDER)
    self._wire_timestamps = ts
    return self


def unstructure_order_auto_order(obj: OrderAutoOrder) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.auto_order_code
    if v is not None:
        out["auto_order_code"] = v
    v = obj.auto_order_oid
    if v is not None:
        out["auto_order_oid"] = v
    v = obj.cancel_after_next_x_orders
    if v is not None:
        out["cancel_after_next_x_orders"] = v
    v = obj.cancel_downgrade
    if v is not None:
        out["cancel_downgrade"] = v
    v = obj.cancel_reason
    if v is not None:
        out["cancel_reason"] = v
    v = obj.cancel_upgrade
    if v is not None:
        out["cancel_upgrade"] = v
    v = obj.canceled_by_user
    if v is not None:
        out["canceled_by_user"] = v
    v = obj.canceled_dts
    if v is not None:
        out["canceled_dts"] = timestamp_out(stamps, "canceled_dts", v)
    v = obj.completed
    if v is not None:
        out["completed"] = v
    v = obj.credit_card_attempt
    if v is not None:
        out["credit_card_attempt"] = v
    v = obj.disabled_dts
    if v is not None:
        out["disabled_dts"] = timestamp_out(stamps, "disabled_dts", v)
    v = obj.enabled
    if v is not None:
        out["enabled"] = v
    v = obj.failure_reason
    if v is not None:
        out["failure_reason"] = v
    v = obj.items
    if v is not None:
        out["items"] = [unstructure(x) for x in v]
    v = obj.next_attempt
    if v is not None:
        out["next_attempt"] = v
    v = obj.original_order_id
    if v is not None:
        out["original_order_id"] = v
    v = obj.override_affiliate_id
    if v is not None:
        out["override_affiliate_id"] = v
    v = obj.rebill_orders
    if v is not None:
        out["rebill_orders"] = [unstructure(x) for x in v]
    v = obj.rotating_transaction_gateway_code
    if v is not None:
        out["rotating_transaction_gateway_code"] = v
    v = obj.status
    if v is not None:
        out["status"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_billing(o: Any) -> OrderBilling:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderBilling = new_object(OrderBilling)
    g = o.get
    n = 0
    v = g("address1")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.address1 = v
    v = g("address2")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.address2 = v
    v = g("cc_emails")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        for x in v:
            if x.__class__ is not str:
                raise NotFast
        v = v.copy()
    self.cc_emails = v
    v = g("cell_phone")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.cell_phone = v
    v = g("cell_phone_e164")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.cell_phone_e164 = v
    v = g("city")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.city = v
    v = g("company")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.company = v
    v = g("country_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.country_code = v
    v = g("day_phone")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.day_phone = v
    v = g("day_phone_e164")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.day_phone_e164 = v
    v = g("email")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.email = v
    v = g("evening_phone")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.evening_phone = v
    v = g("evening_phone_e164")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.evening_phone_e164 = v
    v = g("first_name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.first_name = v
    v = g("last_name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.last_name = v
    v = g("postal_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.postal_code = v
    v = g("state_region")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.state_region = v
    v = g("title")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.title = v
    if len(o) + n == 18 or _KNOWN_ORDER_BILLING.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_BILLING)
    self._wire_timestamps = None
    return self


def unstructure_order_billing(obj: OrderBilling) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.address1
    if v is not None:
        out["address1"] = v
    v = obj.address2
    if v is not None:
        out["address2"] = v
    v = obj.cc_emails
    if v is not None:
        out["cc_emails"] = list(v)
    v = obj.cell_phone
    if v is not None:
        out["cell_phone"] = v
    v = obj.cell_phone_e164
    if v is not None:
        out["cell_phone_e164"] = v
    v = obj.city
    if v is not None:
        out["city"] = v
    v = obj.company
    if v is not None:
        out["company"] = v
    v = obj.country_code
    if v is not None:
        out["country_code"] = v
    v = obj.day_phone
    if v is not None:
        out["day_phone"] = v
    v = obj.day_phone_e164
    if v is not None:
        out["day_phone_e164"] = v
    v = obj.email
    if v is not None:
        out["email"] = v
    v = obj.evening_phone
    if v is not None:
        out["evening_phone"] = v
    v = obj.evening_phone_e164
    if v is not None:
        out["evening_phone_e164"] = v
    v = obj.first_name
    if v is not None:
        out["first_name"] = v
    v = obj.last_name
    if v is not None:
        out["last_name"] = v
    v = obj.postal_code
    if v is not None:
        out["postal_code"] = v
    v = obj.state_region
    if v is not None:
        out["state_region"] = v
    v = obj.title
    if v is not None:
        out["title"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_buysafe(o: Any) -> OrderBuysafe:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderBuysafe = new_object(OrderBuysafe)
    g = o.get
    n = 0
    v = g("buysafe_bond_available")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.buysafe_bond_available = v
    v = g("buysafe_bond_cost")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.buysafe_bond_cost = v
    v = g("buysafe_bond_free")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.buysafe_bond_free = v
    v = g("buysafe_bond_refunded")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.buysafe_bond_refunded = v
    v = g("buysafe_bond_wanted")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.buysafe_bond_wanted = v
    v = g("buysafe_shopping_cart_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.buysafe_shopping_cart_id = v
    if len(o) + n == 6 or _KNOWN_ORDER_BUYSAFE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_BUYSAFE)
    self._wire_timestamps = None
    return self


def unstructure_order_buysafe(obj: OrderBuysafe) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.buysafe_bond_available
    if v is not None:
        out["buysafe_bond_available"] = v
    v = obj.buysafe_bond_cost
    if v is not None:
        out["buysafe_bond_cost"] = unstructure(v)
    v = obj.buysafe_bond_free
    if v is not None:
        out["buysafe_bond_free"] = v
    v = obj.buysafe_bond_refunded
    if v is not None:
        out["buysafe_bond_refunded"] = unstructure(v)
    v = obj.buysafe_bond_wanted
    if v is not None:
        out["buysafe_bond_wanted"] = v
    v = obj.buysafe_shopping_cart_id
    if v is not None:
        out["buysafe_shopping_cart_id"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_channel_partner(o: Any) -> OrderChannelPartner:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderChannelPartner = new_object(OrderChannelPartner)
    g = o.get
    n = 0
    v = g("arbitrary_pricing_tier_names")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        for x in v:
            if x.__class__ is not str:
                raise NotFast
        v = v.copy()
    self.arbitrary_pricing_tier_names = v
    v = g("auto_approve_purchase_order")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.auto_approve_purchase_order = v
    v = g("channel_partner_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.channel_partner_code = v
    v = g("channel_partner_data")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.channel_partner_data = v
    v = g("channel_partner_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.channel_partner_oid = v
    v = g("channel_partner_order_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.channel_partner_order_id = v
    v = g("ignore_invalid_shipping_method")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.ignore_invalid_shipping_method = v
    v = g("no_realtime_payment_processing")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.no_realtime_payment_processing = v
    v = g("skip_auto_order_setup")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.skip_auto_order_setup = v
    v = g("skip_payment_processing")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.skip_payment_processing = v
    v = g("store_completed")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.store_completed = v
    v = g("store_if_payment_declines")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.store_if_payment_declines = v
    v = g("treat_warnings_as_errors")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.treat_warnings_as_errors = v
    if len(o) + n == 13 or _KNOWN_ORDER_CHANNEL_PARTNER.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_CHANNEL_PARTNER)
    self._wire_timestamps = None
    return self


def unstructure_order_channel_partner(obj: OrderChannelPartner) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.arbitrary_pricing_tier_names
    if v is not None:
        out["arbitrary_pricing_tier_names"] = list(v)
    v = obj.auto_approve_purchase_order
    if v is not None:
        out["auto_approve_purchase_order"] = v
    v = obj.channel_partner_code
    if v is not None:
        out["channel_partner_code"] = v
    v = obj.channel_partner_data
    if v is not None:
        out["channel_partner_data"] = v
    v = obj.channel_partner_oid
    if v is not None:
        out["channel_partner_oid"] = v
    v = obj.channel_partner_order_id
    if v is not None:
        out["channel_partner_order_id"] = v
    v = obj.ignore_invalid_shipping_method
    if v is not None:
        out["ignore_invalid_shipping_method"] = v
    v = obj.no_realtime_payment_processing
    if v is not None:
        out["no_realtime_payment_processing"] = v
    v = obj.skip_auto_order_setup
    if v is not None:
        out["skip_auto_order_setup"] = v
    v = obj.skip_payment_processing
    if v is not None:
        out["skip_payment_processing"] = v
    v = obj.store_completed
    if v is not None:
        out["store_completed"] = v
    v = obj.store_if_payment_declines
    if v is not None:
        out["store_if_payment_declines"] = v
    v = obj.treat_warnings_as_errors
    if v is not None:
        out["treat_warnings_as_errors"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_checkout(o: Any) -> OrderCheckout:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderCheckout = new_object(OrderCheckout)
    g = o.get
    n = 0
    v = g("browser")
    if v is None:
        n += 1
    else:
        v = structure_browser(v)
    self.browser = v
    v = g("comments")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.comments = v
    v = g("custom_field1")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.custom_field1 = v
    v = g("custom_field10")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.custom_field10 = v
    v = g("custom_field2")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.custom_field2 = v
    v = g("custom_field3")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.custom_field3 = v
    v = g("custom_field4")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.custom_field4 = v
    v = g("custom_field5")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.custom_field5 = v
    v = g("custom_field6")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.custom_field6 = v
    v = g("custom_field7")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.custom_field7 = v
    v = g("custom_field8")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.custom_field8 = v
    v = g("custom_field9")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.custom_field9 = v
    v = g("customer_ip_address")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.customer_ip_address = v
    v = g("screen_branding_theme_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.screen_branding_theme_code = v
    v = g("screen_size")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.screen_size = v
    v = g("storefront_host_name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.storefront_host_name = v
    v = g("upsell_path_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.upsell_path_code = v
    if len(o) + n == 17 or _KNOWN_ORDER_CHECKOUT.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_CHECKOUT)
    self._wire_timestamps = None
    return self


def unstructure_order_checkout(obj: OrderCheckout) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.browser
    if v is not None:
        out["browser"] = unstructure(v)
    v = obj.comments
    if v is not None:
        out["comments"] = v
    v = obj.custom_field1
    if v is not None:
        out["custom_field1"] = v
    v = obj.custom_field10
    if v is not None:
        out["custom_field10"] = v
    v = obj.custom_field2
    if v is not None:
        out["custom_field2"] = v
    v = obj.custom_field3
    if v is not None:
        out["custom_field3"] = v
    v = obj.custom_field4
    if v is not None:
        out["custom_field4"] = v
    v = obj.custom_field5
    if v is not None:
        out["custom_field5"] = v
    v = obj.custom_field6
    if v is not None:
        out["custom_field6"] = v
    v = obj.custom_field7
    if v is not None:
        out["custom_field7"] = v
    v = obj.custom_field8
    if v is not None:
        out["custom_field8"] = v
    v = obj.custom_field9
    if v is not None:
        out["custom_field9"] = v
    v = obj.customer_ip_address
    if v is not None:
        out["customer_ip_address"] = v
    v = obj.screen_branding_theme_code
    if v is not None:
        out["screen_branding_theme_code"] = v
    v = obj.screen_size
    if v is not None:
        out["screen_size"] = v
    v = obj.storefront_host_name
    if v is not None:
        out["storefront_host_name"] = v
    v = obj.upsell_path_code
    if v is not None:
        out["upsell_path_code"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_coupon(o: Any) -> OrderCoupon:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderCoupon = new_object(OrderCoupon)
    g = o.get
    n = 0
    v = g("accounting_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.accounting_code = v
    v = g("automatically_applied")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.automatically_applied = v
    v = g("base_coupon_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.base_coupon_code = v
    v = g("coupon_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.coupon_code = v
    v = g("hdie_from_customer")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.hdie_from_customer = v
    if len(o) + n == 5 or _KNOWN_ORDER_COUPON.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_COUPON)
    self._wire_timestamps = None
    return self


def unstructure_order_coupon(obj: OrderCoupon) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.accounting_code
    if v is not None:
        out["accounting_code"] = v
    v = obj.automatically_applied
    if v is not None:
        out["automatically_applied"] = v
    v = obj.base_coupon_code
    if v is not None:
        out["base_coupon_code"] = v
    v = obj.coupon_code
    if v is not None:
        out["coupon_code"] = v
    v = obj.hdie_from_customer
    if v is not None:
        out["hdie_from_customer"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_current_stage_history(o: Any) -> OrderCurrentStageHistory:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderCurrentStageHistory = new_object(OrderCurrentStageHistory)
    g = o.get
    ts: dict[str, str] | None = None
    n = 0
    v = g("after_stage")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.after_stage = v
    v = g("before_stage")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.before_stage = v
    v = g("transition_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["transition_dts"] = v
        v = p
    self.transition_dts = v
    if len(o) + n == 3 or _KNOWN_ORDER_CURRENT_STAGE_HISTORY.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_CURRENT_STAGE_HISTORY)
    self._wire_timestamps = ts
    return self


def unstructure_order_current_stage_history(obj: OrderCurrentStageHistory) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.after_stage
    if v is not None:
        out["after_stage"] = v
    v = obj.before_stage
    if v is not None:
        out["before_stage"] = v
    v = obj.transition_dts
    if v is not None:
        out["transition_dts"] = timestamp_out(stamps, "transition_dts", v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_digital_item(o: Any) -> OrderDigitalItem:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderDigitalItem = new_object(OrderDigitalItem)
    g = o.get
    n = 0
    v = g("file_size")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.file_size = v
    v = g("last_download")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.last_download = v
    v = g("last_download_ip_address")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.last_download_ip_address = v
    v = g("original_filename")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.original_filename = v
    v = g("product_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.product_code = v
    v = g("product_description")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.product_description = v
    v = g("remaining_downloads")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.remaining_downloads = v
    v = g("url")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.url = v
    if len(o) + n == 8 or _KNOWN_ORDER_DIGITAL_ITEM.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_DIGITAL_ITEM)
    self._wire_timestamps = None
    return self


def unstructure_order_digital_item(obj: OrderDigitalItem) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.file_size
    if v is not None:
        out["file_size"] = v
    v = obj.last_download
    if v is not None:
        out["last_download"] = v
    v = obj.last_download_ip_address
    if v is not None:
        out["last_download_ip_address"] = v
    v = obj.original_filename
    if v is not None:
        out["original_filename"] = v
    v = obj.product_code
    if v is not None:
        out["product_code"] = v
    v = obj.product_description
    if v is not None:
        out["product_description"] = v
    v = obj.remaining_downloads
    if v is not None:
        out["remaining_downloads"] = v
    v = obj.url
    if v is not None:
        out["url"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_digital_order(o: Any) -> OrderDigitalOrder:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderDigitalOrder = new_object(OrderDigitalOrder)
    g = o.get
    ts: dict[str, str] | None = None
    r: list[Any]
    n = 0
    v = g("creation_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["creation_dts"] = v
        v = p
    self.creation_dts = v
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
    v = g("items")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_order_digital_item(x))
        v = r
    self.items = v
    v = g("url")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.url = v
    v = g("url_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.url_id = v
    if len(o) + n == 5 or _KNOWN_ORDER_DIGITAL_ORDER.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_DIGITAL_ORDER)
    self._wire_timestamps = ts
    return self


def unstructure_order_digital_order(obj: OrderDigitalOrder) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.creation_dts
    if v is not None:
        out["creation_dts"] = timestamp_out(stamps, "creation_dts", v)
    v = obj.expiration_dts
    if v is not None:
        out["expiration_dts"] = timestamp_out(stamps, "expiration_dts", v)
    v = obj.items
    if v is not None:
        out["items"] = [unstructure(x) for x in v]
    v = obj.url
    if v is not None:
        out["url"] = v
    v = obj.url_id
    if v is not None:
        out["url_id"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_edi(o: Any) -> OrderEdi:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderEdi = new_object(OrderEdi)
    g = o.get
    n = 0
    v = g("bill_to_edi_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.bill_to_edi_code = v
    v = g("edi_department")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.edi_department = v
    v = g("edi_internal_vendor_number")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.edi_internal_vendor_number = v
    v = g("ship_to_edi_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.ship_to_edi_code = v
    if len(o) + n == 4 or _KNOWN_ORDER_EDI.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_EDI)
    self._wire_timestamps = None
    return self


def unstructure_order_edi(obj: OrderEdi) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.bill_to_edi_code
    if v is not None:
        out["bill_to_edi_code"] = v
    v = obj.edi_department
    if v is not None:
        out["edi_department"] = v
    v = obj.edi_internal_vendor_number
    if v is not None:
        out["edi_internal_vendor_number"] = v
    v = obj.ship_to_edi_code
    if v is not None:
        out["ship_to_edi_code"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_email(o: Any) -> OrderEmail:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderEmail = new_object(OrderEmail)
    g = o.get
    ts: dict[str, str] | None = None
    n = 0
    v = g("bounce_diagnostic_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.bounce_diagnostic_code = v
    v = g("bounce_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["bounce_dts"] = v
        v = p
    self.bounce_dts = v
    v = g("bounce_sub_type")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.bounce_sub_type = v
    v = g("bounce_type")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.bounce_type = v
    v = g("clicked")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.clicked = v
    v = g("clicked_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["clicked_dts"] = v
        v = p
    self.clicked_dts = v
    v = g("delivered")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.delivered = v
    v = g("delivery_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["delivery_dts"] = v
        v = p
    self.delivery_dts = v
    v = g("email")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.email = v
    v = g("internal")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.internal = v
    v = g("message_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.message_id = v
    v = g("opened")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.opened = v
    v = g("opened_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["opened_dts"] = v
        v = p
    self.opened_dts = v
    v = g("reporting_mta")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.reporting_mta = v
    v = g("send_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["send_dts"] = v
        v = p
    self.send_dts = v
    v = g("skip_reason")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.skip_reason = v
    v = g("skipped")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.skipped = v
    v = g("smtp_response")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.smtp_response = v
    v = g("subject")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.subject = v
    if len(o) + n == 19 or _KNOWN_ORDER_EMAIL.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_EMAIL)
    self._wire_timestamps = ts
    return self


def unstructure_order_email(obj: OrderEmail) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.bounce_diagnostic_code
    if v is not None:
        out["bounce_diagnostic_code"] = v
    v = obj.bounce_dts
    if v is not None:
        out["bounce_dts"] = timestamp_out(stamps, "bounce_dts", v)
    v = obj.bounce_sub_type
    if v is not None:
        out["bounce_sub_type"] = v
    v = obj.bounce_type
    if v is not None:
        out["bounce_type"] = v
    v = obj.clicked
    if v is not None:
        out["clicked"] = v
    v = obj.clicked_dts
    if v is not None:
        out["clicked_dts"] = timestamp_out(stamps, "clicked_dts", v)
    v = obj.delivered
    if v is not None:
        out["delivered"] = v
    v = obj.delivery_dts
    if v is not None:
        out["delivery_dts"] = timestamp_out(stamps, "delivery_dts", v)
    v = obj.email
    if v is not None:
        out["email"] = v
    v = obj.internal
    if v is not None:
        out["internal"] = v
    v = obj.message_id
    if v is not None:
        out["message_id"] = v
    v = obj.opened
    if v is not None:
        out["opened"] = v
    v = obj.opened_dts
    if v is not None:
        out["opened_dts"] = timestamp_out(stamps, "opened_dts", v)
    v = obj.reporting_mta
    if v is not None:
        out["reporting_mta"] = v
    v = obj.send_dts
    if v is not None:
        out["send_dts"] = timestamp_out(stamps, "send_dts", v)
    v = obj.skip_reason
    if v is not None:
        out["skip_reason"] = v
    v = obj.skipped
    if v is not None:
        out["skipped"] = v
    v = obj.smtp_response
    if v is not None:
        out["smtp_response"] = v
    v = obj.subject
    if v is not None:
        out["subject"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_fraud_score(o: Any) -> OrderFraudScore:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderFraudScore = new_object(OrderFraudScore)
    g = o.get
    n = 0
    v = g("anonymous_proxy")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.anonymous_proxy = v
    v = g("bin_match")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.bin_match = v
    v = g("carder_email")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.carder_email = v
    v = g("country_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.country_code = v
    v = g("country_match")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.country_match = v
    v = g("customer_phone_in_billing_location")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.customer_phone_in_billing_location = v
    v = g("distance_km")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.distance_km = v
    v = g("free_email")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.free_email = v
    v = g("high_risk_country")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.high_risk_country = v
    v = g("ip_city")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.ip_city = v
    v = g("ip_isp")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.ip_isp = v
    v = g("ip_latitude")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.ip_latitude = v
    v = g("ip_longitude")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.ip_longitude = v
    v = g("ip_org")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.ip_org = v
    v = g("ip_region")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.ip_region = v
    v = g("proxy_score")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.proxy_score = v
    v = g("score")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.score = v
    v = g("ship_forwarder")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.ship_forwarder = v
    v = g("spam_score")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.spam_score = v
    v = g("transparent_proxy")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.transparent_proxy = v
    if len(o) + n == 20 or _KNOWN_ORDER_FRAUD_SCORE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_FRAUD_SCORE)
    self._wire_timestamps = None
    return self


def unstructure_order_fraud_score(obj: OrderFraudScore) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.anonymous_proxy
    if v is not None:
        out["anonymous_proxy"] = v
    v = obj.bin_match
    if v is not None:
        out["bin_match"] = v
    v = obj.carder_email
    if v is not None:
        out["carder_email"] = v
    v = obj.country_code
    if v is not None:
        out["country_code"] = v
    v = obj.country_match
    if v is not None:
        out["country_match"] = v
    v = obj.customer_phone_in_billing_location
    if v is not None:
        out["customer_phone_in_billing_location"] = v
    v = obj.distance_km
    if v is not None:
        out["distance_km"] = v
    v = obj.free_email
    if v is not None:
        out["free_email"] = v
    v = obj.high_risk_country
    if v is not None:
        out["high_risk_country"] = v
    v = obj.ip_city
    if v is not None:
        out["ip_city"] = v
    v = obj.ip_isp
    if v is not None:
        out["ip_isp"] = v
    v = obj.ip_latitude
    if v is not None:
        out["ip_latitude"] = v
    v = obj.ip_longitude
    if v is not None:
        out["ip_longitude"] = v
    v = obj.ip_org
    if v is not None:
        out["ip_org"] = v
    v = obj.ip_region
    if v is not None:
        out["ip_region"] = v
    v = obj.proxy_score
    if v is not None:
        out["proxy_score"] = v
    v = obj.score
    if v is not None:
        out["score"] = v
    v = obj.ship_forwarder
    if v is not None:
        out["ship_forwarder"] = v
    v = obj.spam_score
    if v is not None:
        out["spam_score"] = v
    v = obj.transparent_proxy
    if v is not None:
        out["transparent_proxy"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_gift(o: Any) -> OrderGift:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderGift = new_object(OrderGift)
    g = o.get
    n = 0
    v = g("gift")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.gift = v
    v = g("gift_charge")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.gift_charge = v
    v = g("gift_charge_accounting_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.gift_charge_accounting_code = v
    v = g("gift_charge_refunded")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.gift_charge_refunded = v
    v = g("gift_email")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.gift_email = v
    v = g("gift_message")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.gift_message = v
    v = g("gift_wrap_accounting_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.gift_wrap_accounting_code = v
    v = g("gift_wrap_cost")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.gift_wrap_cost = v
    v = g("gift_wrap_refunded")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.gift_wrap_refunded = v
    v = g("gift_wrap_title")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.gift_wrap_title = v
    if len(o) + n == 10 or _KNOWN_ORDER_GIFT.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_GIFT)
    self._wire_timestamps = None
    return self


def unstructure_order_gift(obj: OrderGift) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.gift
    if v is not None:
        out["gift"] = v
    v = obj.gift_charge
    if v is not None:
        out["gift_charge"] = unstructure(v)
    v = obj.gift_charge_accounting_code
    if v is not None:
        out["gift_charge_accounting_code"] = v
    v = obj.gift_charge_refunded
    if v is not None:
        out["gift_charge_refunded"] = unstructure(v)
    v = obj.gift_email
    if v is not None:
        out["gift_email"] = v
    v = obj.gift_message
    if v is not None:
        out["gift_message"] = v
    v = obj.gift_wrap_accounting_code
    if v is not None:
        out["gift_wrap_accounting_code"] = v
    v = obj.gift_wrap_cost
    if v is not None:
        out["gift_wrap_cost"] = unstructure(v)
    v = obj.gift_wrap_refunded
    if v is not None:
        out["gift_wrap_refunded"] = unstructure(v)
    v = obj.gift_wrap_title
    if v is not None:
        out["gift_wrap_title"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_gift_certificate(o: Any) -> OrderGiftCertificate:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderGiftCertificate = new_object(OrderGiftCertificate)
    g = o.get
    n = 0
    v = g("gift_certificate_amount")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.gift_certificate_amount = v
    v = g("gift_certificate_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.gift_certificate_code = v
    v = g("gift_certificate_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.gift_certificate_oid = v
    if len(o) + n == 3 or _KNOWN_ORDER_GIFT_CERTIFICATE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_GIFT_CERTIFICATE)
    self._wire_timestamps = None
    return self


def unstructure_order_gift_certificate(obj: OrderGiftCertificate) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.gift_certificate_amount
    if v is not None:
        out["gift_certificate_amount"] = unstructure(v)
    v = obj.gift_certificate_code
    if v is not None:
        out["gift_certificate_code"] = v
    v = obj.gift_certificate_oid
    if v is not None:
        out["gift_certificate_oid"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_internal(o: Any) -> OrderInternal:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderInternal = new_object(OrderInternal)
    g = o.get
    r: list[Any]
    n = 0
    v = g("exported_to_accounting")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.exported_to_accounting = v
    v = g("merchant_notes")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.merchant_notes = v
    v = g("placed_by_user")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.placed_by_user = v
    v = g("refund_by_user")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.refund_by_user = v
    v = g("sales_rep_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.sales_rep_code = v
    v = g("transactional_merchant_notes")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_order_transactional_merchant_note(x))
        v = r
    self.transactional_merchant_notes = v
    if len(o) + n == 6 or _KNOWN_ORDER_INTERNAL.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_INTERNAL)
    self._wire_timestamps = None
    return self


def unstructure_order_internal(obj: OrderInternal) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.exported_to_accounting
    if v is not None:
        out["exported_to_accounting"] = v
    v = obj.merchant_notes
    if v is not None:
        out["merchant_notes"] = v
    v = obj.placed_by_user
    if v is not None:
        out["placed_by_user"] = v
    v = obj.refund_by_user
    if v is not None:
        out["refund_by_user"] = v
    v = obj.sales_rep_code
    if v is not None:
        out["sales_rep_code"] = v
    v = obj.transactional_merchant_notes
    if v is not None:
        out["transactional_merchant_notes"] = [unstructure(x) for x in v]
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_item(o: Any) -> OrderItem:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderItem = new_object(OrderItem)
    g = o.get
    ts: dict[str, str] | None = None
    r: list[Any]
    n = 0
    v = g("accounting_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.accounting_code = v
    v = g("activation_codes")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        for x in v:
            if x.__class__ is not str:
                raise NotFast
        v = v.copy()
    self.activation_codes = v
    v = g("actual_cogs")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.actual_cogs = v
    v = g("arbitrary_unit_cost")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.arbitrary_unit_cost = v
    v = g("auto_order_last_rebill_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["auto_order_last_rebill_dts"] = v
        v = p
    self.auto_order_last_rebill_dts = v
    v = g("auto_order_schedule")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.auto_order_schedule = v
    v = g("barcode")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.barcode = v
    v = g("barcode_gtin12")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.barcode_gtin12 = v
    v = g("barcode_gtin14")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.barcode_gtin14 = v
    v = g("barcode_upc11")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.barcode_upc11 = v
    v = g("barcode_upc12")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.barcode_upc12 = v
    v = g("channel_partner_item_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.channel_partner_item_id = v
    v = g("cogs")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.cogs = v
    v = g("component_unit_value")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.component_unit_value = v
    v = g("cost")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.cost = v
    v = g("country_code_of_origin")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.country_code_of_origin = v
    v = g("customs_description")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.customs_description = v
    v = g("description")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.description = v
    v = g("discount")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.discount = v
    v = g("discount_quantity")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.discount_quantity = v
    v = g("discount_shipping_weight")
    if v is None:
        n += 1
    else:
        v = structure_weight(v)
    self.discount_shipping_weight = v
    v = g("distribution_center_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.distribution_center_code = v
    v = g("edi")
    if v is None:
        n += 1
    else:
        v = structure_order_item_edi(v)
    self.edi = v
    v = g("exclude_coupon")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.exclude_coupon = v
    v = g("free_shipping")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.free_shipping = v
    v = g("hazmat")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.hazmat = v
    v = g("height")
    if v is None:
        n += 1
    else:
        v = structure_distance(v)
    self.height = v
    v = g("item_index")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.item_index = v
    v = g("item_reference_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.item_reference_oid = v
    v = g("kit")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.kit = v
    v = g("kit_component")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.kit_component = v
    v = g("length")
    if v is None:
        n += 1
    else:
        v = structure_distance(v)
    self.length = v
    v = g("manufacturer_sku")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.manufacturer_sku = v
    v = g("max_days_time_in_transit")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.max_days_time_in_transit = v
    v = g("merchant_item_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.merchant_item_id = v
    v = g("mix_and_match_group_name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.mix_and_match_group_name = v
    v = g("mix_and_match_group_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.mix_and_match_group_oid = v
    v = g("no_shipping_discount")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.no_shipping_discount = v
    v = g("options")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_order_item_option(x))
        v = r
    self.options = v
    v = g("packed_by_user")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.packed_by_user = v
    v = g("parent_item_index")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.parent_item_index = v
    v = g("parent_merchant_item_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.parent_merchant_item_id = v
    v = g("perishable_class")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.perishable_class = v
    v = g("pricing_tier_name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.pricing_tier_name = v
    v = g("properties")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_order_item_property(x))
        v = r
    self.properties = v
    v = g("quantity")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.quantity = v
    v = g("quantity_refunded")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.quantity_refunded = v
    v = g("quickbooks_class")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.quickbooks_class = v
    v = g("refund_reason")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.refund_reason = v
    v = g("return_reason")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.return_reason = v
    v = g("ship_separately")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.ship_separately = v
    v = g("shipped_by_user")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.shipped_by_user = v
    v = g("shipped_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["shipped_dts"] = v
        v = p
    self.shipped_dts = v
    v = g("shipping_status")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.shipping_status = v
    v = g("special_product_type")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.special_product_type = v
    v = g("tags")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_order_item_tag(x))
        v = r
    self.tags = v
    v = g("tax_free")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.tax_free = v
    v = g("tax_product_type")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.tax_product_type = v
    v = g("taxable_cost")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.taxable_cost = v
    v = g("total_cost_with_discount")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.total_cost_with_discount = v
    v = g("total_refunded")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.total_refunded = v
    v = g("transmitted_to_distribution_center_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["transmitted_to_distribution_center_dts"] = v
        v = p
    self.transmitted_to_distribution_center_dts = v
    v = g("unit_cost_with_discount")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.unit_cost_with_discount = v
    v = g("upsell")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.upsell = v
    v = g("weight")
    if v is None:
        n += 1
    else:
        v = structure_weight(v)
    self.weight = v
    v = g("width")
    if v is None:
        n += 1
    else:
        v = structure_distance(v)
    self.width = v
    if len(o) + n == 66 or _KNOWN_ORDER_ITEM.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_ITEM)
    self._wire_timestamps = ts
    return self


def unstructure_order_item(obj: OrderItem) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.accounting_code
    if v is not None:
        out["accounting_code"] = v
    v = obj.activation_codes
    if v is not None:
        out["activation_codes"] = list(v)
    v = obj.actual_cogs
    if v is not None:
        out["actual_cogs"] = unstructure(v)
    v = obj.arbitrary_unit_cost
    if v is not None:
        out["arbitrary_unit_cost"] = unstructure(v)
    v = obj.auto_order_last_rebill_dts
    if v is not None:
        out["auto_order_last_rebill_dts"] = timestamp_out(stamps, "auto_order_last_rebill_dts", v)
    v = obj.auto_order_schedule
    if v is not None:
        out["auto_order_schedule"] = v
    v = obj.barcode
    if v is not None:
        out["barcode"] = v
    v = obj.barcode_gtin12
    if v is not None:
        out["barcode_gtin12"] = v
    v = obj.barcode_gtin14
    if v is not None:
        out["barcode_gtin14"] = v
    v = obj.barcode_upc11
    if v is not None:
        out["barcode_upc11"] = v
    v = obj.barcode_upc12
    if v is not None:
        out["barcode_upc12"] = v
    v = obj.channel_partner_item_id
    if v is not None:
        out["channel_partner_item_id"] = v
    v = obj.cogs
    if v is not None:
        out["cogs"] = v
    v = obj.component_unit_value
    if v is not None:
        out["component_unit_value"] = v
    v = obj.cost
    if v is not None:
        out["cost"] = unstructure(v)
    v = obj.country_code_of_origin
    if v is not None:
        out["country_code_of_origin"] = v
    v = obj.customs_description
    if v is not None:
        out["customs_description"] = v
    v = obj.description
    if v is not None:
        out["description"] = v
    v = obj.discount
    if v is not None:
        out["discount"] = unstructure(v)
    v = obj.discount_quantity
    if v is not None:
        out["discount_quantity"] = v
    v = obj.discount_shipping_weight
    if v is not None:
        out["discount_shipping_weight"] = unstructure(v)
    v = obj.distribution_center_code
    if v is not None:
        out["distribution_center_code"] = v
    v = obj.edi
    if v is not None:
        out["edi"] = unstructure(v)
    v = obj.exclude_coupon
    if v is not None:
        out["exclude_coupon"] = v
    v = obj.free_shipping
    if v is not None:
        out["free_shipping"] = v
    v = obj.hazmat
    if v is not None:
        out["hazmat"] = v
    v = obj.height
    if v is not None:
        out["height"] = unstructure(v)
    v = obj.item_index
    if v is not None:
        out["item_index"] = v
    v = obj.item_reference_oid
    if v is not None:
        out["item_reference_oid"] = v
    v = obj.kit
    if v is not None:
        out["kit"] = v
    v = obj.kit_component
    if v is not None:
        out["kit_component"] = v
    v = obj.length
    if v is not None:
        out["length"] = unstructure(v)
    v = obj.manufacturer_sku
    if v is not None:
        out["manufacturer_sku"] = v
    v = obj.max_days_time_in_transit
    if v is not None:
        out["max_days_time_in_transit"] = v
    v = obj.merchant_item_id
    if v is not None:
        out["merchant_item_id"] = v
    v = obj.mix_and_match_group_name
    if v is not None:
        out["mix_and_match_group_name"] = v
    v = obj.mix_and_match_group_oid
    if v is not None:
        out["mix_and_match_group_oid"] = v
    v = obj.no_shipping_discount
    if v is not None:
        out["no_shipping_discount"] = v
    v = obj.options
    if v is not None:
        out["options"] = [unstructure(x) for x in v]
    v = obj.packed_by_user
    if v is not None:
        out["packed_by_user"] = v
    v = obj.parent_item_index
    if v is not None:
        out["parent_item_index"] = v
    v = obj.parent_merchant_item_id
    if v is not None:
        out["parent_merchant_item_id"] = v
    v = obj.perishable_class
    if v is not None:
        out["perishable_class"] = v
    v = obj.pricing_tier_name
    if v is not None:
        out["pricing_tier_name"] = v
    v = obj.properties
    if v is not None:
        out["properties"] = [unstructure(x) for x in v]
    v = obj.quantity
    if v is not None:
        out["quantity"] = v
    v = obj.quantity_refunded
    if v is not None:
        out["quantity_refunded"] = v
    v = obj.quickbooks_class
    if v is not None:
        out["quickbooks_class"] = v
    v = obj.refund_reason
    if v is not None:
        out["refund_reason"] = v
    v = obj.return_reason
    if v is not None:
        out["return_reason"] = v
    v = obj.ship_separately
    if v is not None:
        out["ship_separately"] = v
    v = obj.shipped_by_user
    if v is not None:
        out["shipped_by_user"] = v
    v = obj.shipped_dts
    if v is not None:
        out["shipped_dts"] = timestamp_out(stamps, "shipped_dts", v)
    v = obj.shipping_status
    if v is not None:
        out["shipping_status"] = v
    v = obj.special_product_type
    if v is not None:
        out["special_product_type"] = v
    v = obj.tags
    if v is not None:
        out["tags"] = [unstructure(x) for x in v]
    v = obj.tax_free
    if v is not None:
        out["tax_free"] = v
    v = obj.tax_product_type
    if v is not None:
        out["tax_product_type"] = v
    v = obj.taxable_cost
    if v is not None:
        out["taxable_cost"] = unstructure(v)
    v = obj.total_cost_with_discount
    if v is not None:
        out["total_cost_with_discount"] = unstructure(v)
    v = obj.total_refunded
    if v is not None:
        out["total_refunded"] = unstructure(v)
    v = obj.transmitted_to_distribution_center_dts
    if v is not None:
        out["transmitted_to_distribution_center_dts"] = timestamp_out(
            stamps, "transmitted_to_distribution_center_dts", v
        )
    v = obj.unit_cost_with_discount
    if v is not None:
        out["unit_cost_with_discount"] = unstructure(v)
    v = obj.upsell
    if v is not None:
        out["upsell"] = v
    v = obj.weight
    if v is not None:
        out["weight"] = unstructure(v)
    v = obj.width
    if v is not None:
        out["width"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_item_edi(o: Any) -> OrderItemEdi:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderItemEdi = new_object(OrderItemEdi)
    g = o.get
    r: list[Any]
    n = 0
    v = g("identifications")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_order_item_edi_identification(x))
        v = r
    self.identifications = v
    v = g("lots")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_order_item_edi_lot(x))
        v = r
    self.lots = v
    if len(o) + n == 2 or _KNOWN_ORDER_ITEM_EDI.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_ITEM_EDI)
    self._wire_timestamps = None
    return self


def unstructure_order_item_edi(obj: OrderItemEdi) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.identifications
    if v is not None:
        out["identifications"] = [unstructure(x) for x in v]
    v = obj.lots
    if v is not None:
        out["lots"] = [unstructure(x) for x in v]
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_item_edi_identification(o: Any) -> OrderItemEdiIdentification:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderItemEdiIdentification = new_object(OrderItemEdiIdentification)
    g = o.get
    n = 0
    v = g("identification")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.identification = v
    v = g("quantity")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.quantity = v
    if len(o) + n == 2 or _KNOWN_ORDER_ITEM_EDI_IDENTIFICATION.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_ITEM_EDI_IDENTIFICATION)
    self._wire_timestamps = None
    return self


def unstructure_order_item_edi_identification(obj: OrderItemEdiIdentification) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.identification
    if v is not None:
        out["identification"] = v
    v = obj.quantity
    if v is not None:
        out["quantity"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_item_edi_lot(o: Any) -> OrderItemEdiLot:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderItemEdiLot = new_object(OrderItemEdiLot)
    g = o.get
    n = 0
    v = g("lot_expiration")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.lot_expiration = v
    v = g("lot_number")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.lot_number = v
    v = g("lot_quantity")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.lot_quantity = v
    if len(o) + n == 3 or _KNOWN_ORDER_ITEM_EDI_LOT.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_ITEM_EDI_LOT)
    self._wire_timestamps = None
    return self


def unstructure_order_item_edi_lot(obj: OrderItemEdiLot) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.lot_expiration
    if v is not None:
        out["lot_expiration"] = v
    v = obj.lot_number
    if v is not None:
        out["lot_number"] = v
    v = obj.lot_quantity
    if v is not None:
        out["lot_quantity"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_item_option(o: Any) -> OrderItemOption:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderItemOption = new_object(OrderItemOption)
    g = o.get
    n = 0
    v = g("additional_dimension_application")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.additional_dimension_application = v
    v = g("cost_change")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.cost_change = v
    v = g("file_attachment")
    if v is None:
        n += 1
    else:
        v = structure_order_item_option_file_attachment(v)
    self.file_attachment = v
    v = g("height")
    if v is None:
        n += 1
    else:
        v = structure_distance(v)
    self.height = v
    v = g("hidden")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.hidden = v
    v = g("label")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.label = v
    v = g("length")
    if v is None:
        n += 1
    else:
        v = structure_distance(v)
    self.length = v
    v = g("one_time_fee")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.one_time_fee = v
    v = g("value")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.value = v
    v = g("weight_change")
    if v is None:
        n += 1
    else:
        v = structure_weight(v)
    self.weight_change = v
    v = g("width")
    if v is None:
        n += 1
    else:
        v = structure_distance(v)
    self.width = v
    if len(o) + n == 11 or _KNOWN_ORDER_ITEM_OPTION.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_ITEM_OPTION)
    self._wire_timestamps = None
    return self


def unstructure_order_item_option(obj: OrderItemOption) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.additional_dimension_application
    if v is not None:
        out["additional_dimension_application"] = v
    v = obj.cost_change
    if v is not None:
        out["cost_change"] = unstructure(v)
    v = obj.file_attachment
    if v is not None:
        out["file_attachment"] = unstructure(v)
    v = obj.height
    if v is not None:
        out["height"] = unstructure(v)
    v = obj.hidden
    if v is not None:
        out["hidden"] = v
    v = obj.label
    if v is not None:
        out["label"] = v
    v = obj.length
    if v is not None:
        out["length"] = unstructure(v)
    v = obj.one_time_fee
    if v is not None:
        out["one_time_fee"] = v
    v = obj.value
    if v is not None:
        out["value"] = v
    v = obj.weight_change
    if v is not None:
        out["weight_change"] = unstructure(v)
    v = obj.width
    if v is not None:
        out["width"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_item_option_file_attachment(o: Any) -> OrderItemOptionFileAttachment:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderItemOptionFileAttachment = new_object(OrderItemOptionFileAttachment)
    g = o.get
    ts: dict[str, str] | None = None
    n = 0
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
    v = g("file_name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.file_name = v
    v = g("mime_type")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.mime_type = v
    v = g("size")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.size = v
    if len(o) + n == 4 or _KNOWN_ORDER_ITEM_OPTION_FILE_ATTACHMENT.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_ITEM_OPTION_FILE_ATTACHMENT)
    self._wire_timestamps = ts
    return self


def unstructure_order_item_option_file_attachment(
    obj: OrderItemOptionFileAttachment,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.expiration_dts
    if v is not None:
        out["expiration_dts"] = timestamp_out(stamps, "expiration_dts", v)
    v = obj.file_name
    if v is not None:
        out["file_name"] = v
    v = obj.mime_type
    if v is not None:
        out["mime_type"] = v
    v = obj.size
    if v is not None:
        out["size"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_item_property(o: Any) -> OrderItemProperty:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderItemProperty = new_object(OrderItemProperty)
    g = o.get
    ts: dict[str, str] | None = None
    n = 0
    v = g("display")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.display = v
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
    v = g("name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.name = v
    v = g("value")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.value = v
    if len(o) + n == 4 or _KNOWN_ORDER_ITEM_PROPERTY.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_ITEM_PROPERTY)
    self._wire_timestamps = ts
    return self


def unstructure_order_item_property(obj: OrderItemProperty) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.display
    if v is not None:
        out["display"] = v
    v = obj.expiration_dts
    if v is not None:
        out["expiration_dts"] = timestamp_out(stamps, "expiration_dts", v)
    v = obj.name
    if v is not None:
        out["name"] = v
    v = obj.value
    if v is not None:
        out["value"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_item_tag(o: Any) -> OrderItemTag:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderItemTag = new_object(OrderItemTag)
    g = o.get
    n = 0
    v = g("tag_value")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.tag_value = v
    if len(o) + n == 1 or _KNOWN_ORDER_ITEM_TAG.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_ITEM_TAG)
    self._wire_timestamps = None
    return self


def unstructure_order_item_tag(obj: OrderItemTag) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.tag_value
    if v is not None:
        out["tag_value"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_linked_shipment(o: Any) -> OrderLinkedShipment:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderLinkedShipment = new_object(OrderLinkedShipment)
    g = o.get
    n = 0
    v = g("has_linked_shipment")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.has_linked_shipment = v
    v = g("linked_shipment")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.linked_shipment = v
    v = g("linked_shipment_channel_partner_order_ids")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        for x in v:
            if x.__class__ is not str:
                raise NotFast
        v = v.copy()
    self.linked_shipment_channel_partner_order_ids = v
    v = g("linked_shipment_order_ids")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        for x in v:
            if x.__class__ is not str:
                raise NotFast
        v = v.copy()
    self.linked_shipment_order_ids = v
    v = g("linked_shipment_to_order_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.linked_shipment_to_order_id = v
    if len(o) + n == 5 or _KNOWN_ORDER_LINKED_SHIPMENT.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_LINKED_SHIPMENT)
    self._wire_timestamps = None
    return self


def unstructure_order_linked_shipment(obj: OrderLinkedShipment) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.has_linked_shipment
    if v is not None:
        out["has_linked_shipment"] = v
    v = obj.linked_shipment
    if v is not None:
        out["linked_shipment"] = v
    v = obj.linked_shipment_channel_partner_order_ids
    if v is not None:
        out["linked_shipment_channel_partner_order_ids"] = list(v)
    v = obj.linked_shipment_order_ids
    if v is not None:
        out["linked_shipment_order_ids"] = list(v)
    v = obj.linked_shipment_to_order_id
    if v is not None:
        out["linked_shipment_to_order_id"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_marketing(o: Any) -> OrderMarketing:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderMarketing = new_object(OrderMarketing)
    g = o.get
    n = 0
    v = g("advertising_source")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.advertising_source = v
    v = g("cell_phone_opt_in")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.cell_phone_opt_in = v
    v = g("mailing_list")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.mailing_list = v
    v = g("referral_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.referral_code = v
    if len(o) + n == 4 or _KNOWN_ORDER_MARKETING.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_MARKETING)
    self._wire_timestamps = None
    return self


def unstructure_order_marketing(obj: OrderMarketing) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.advertising_source
    if v is not None:
        out["advertising_source"] = v
    v = obj.cell_phone_opt_in
    if v is not None:
        out["cell_phone_opt_in"] = v
    v = obj.mailing_list
    if v is not None:
        out["mailing_list"] = v
    v = obj.referral_code
    if v is not None:
        out["referral_code"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_payment(o: Any) -> OrderPayment:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderPayment = new_object(OrderPayment)
    g = o.get
    ts: dict[str, str] | None = None
    r: list[Any]
    n = 0
    v = g("check")
    if v is None:
        n += 1
    else:
        v = structure_order_payment_check(v)
    self.check = v
    v = g("credit_card")
    if v is None:
        n += 1
    else:
        v = structure_order_payment_credit_card(v)
    self.credit_card = v
    v = g("echeck")
    if v is None:
        n += 1
    else:
        v = structure_order_payment_e_check(v)
    self.echeck = v
    v = g("health_benefit_card")
    if v is None:
        n += 1
    else:
        v = structure_order_payment_health_benefit_card(v)
    self.health_benefit_card = v
    v = g("hold_for_fraud_review")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.hold_for_fraud_review = v
    v = g("insurance")
    if v is None:
        n += 1
    else:
        v = structure_order_payment_insurance(v)
    self.insurance = v
    v = g("payment_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["payment_dts"] = v
        v = p
    self.payment_dts = v
    v = g("payment_method")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.payment_method = v
    v = g("payment_method_accounting_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.payment_method_accounting_code = v
    v = g("payment_method_deposit_to_account")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.payment_method_deposit_to_account = v
    v = g("payment_status")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.payment_status = v
    v = g("paypal")
    if v is None:
        n += 1
    else:
        v = structure_order_payment_pay_pal(v)
    self.paypal = v
    v = g("purchase_order")
    if v is None:
        n += 1
    else:
        v = structure_order_payment_purchase_order(v)
    self.purchase_order = v
    v = g("rotating_transaction_gateway_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.rotating_transaction_gateway_code = v
    v = g("surcharge")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.surcharge = v
    v = g("surcharge_accounting_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.surcharge_accounting_code = v
    v = g("surcharge_transaction_fee")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.surcharge_transaction_fee = v
    v = g("surcharge_transaction_percentage")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.surcharge_transaction_percentage = v
    v = g("test_order")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.test_order = v
    v = g("transactions")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_order_payment_transaction(x))
        v = r
    self.transactions = v
    if len(o) + n == 20 or _KNOWN_ORDER_PAYMENT.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_PAYMENT)
    self._wire_timestamps = ts
    return self


def unstructure_order_payment(obj: OrderPayment) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.check
    if v is not None:
        out["check"] = unstructure(v)
    v = obj.credit_card
    if v is not None:
        out["credit_card"] = unstructure(v)
    v = obj.echeck
    if v is not None:
        out["echeck"] = unstructure(v)
    v = obj.health_benefit_card
    if v is not None:
        out["health_benefit_card"] = unstructure(v)
    v = obj.hold_for_fraud_review
    if v is not None:
        out["hold_for_fraud_review"] = v
    v = obj.insurance
    if v is not None:
        out["insurance"] = unstructure(v)
    v = obj.payment_dts
    if v is not None:
        out["payment_dts"] = timestamp_out(stamps, "payment_dts", v)
    v = obj.payment_method
    if v is not None:
        out["payment_method"] = v
    v = obj.payment_method_accounting_code
    if v is not None:
        out["payment_method_accounting_code"] = v
    v = obj.payment_method_deposit_to_account
    if v is not None:
        out["payment_method_deposit_to_account"] = v
    v = obj.payment_status
    if v is not None:
        out["payment_status"] = v
    v = obj.paypal
    if v is not None:
        out["paypal"] = unstructure(v)
    v = obj.purchase_order
    if v is not None:
        out["purchase_order"] = unstructure(v)
    v = obj.rotating_transaction_gateway_code
    if v is not None:
        out["rotating_transaction_gateway_code"] = v
    v = obj.surcharge
    if v is not None:
        out["surcharge"] = unstructure(v)
    v = obj.surcharge_accounting_code
    if v is not None:
        out["surcharge_accounting_code"] = v
    v = obj.surcharge_transaction_fee
    if v is not None:
        out["surcharge_transaction_fee"] = v
    v = obj.surcharge_transaction_percentage
    if v is not None:
        out["surcharge_transaction_percentage"] = v
    v = obj.test_order
    if v is not None:
        out["test_order"] = v
    v = obj.transactions
    if v is not None:
        out["transactions"] = [unstructure(x) for x in v]
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_payment_check(o: Any) -> OrderPaymentCheck:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderPaymentCheck = new_object(OrderPaymentCheck)
    g = o.get
    n = 0
    v = g("check_number")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.check_number = v
    if len(o) + n == 1 or _KNOWN_ORDER_PAYMENT_CHECK.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_PAYMENT_CHECK)
    self._wire_timestamps = None
    return self


def unstructure_order_payment_check(obj: OrderPaymentCheck) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.check_number
    if v is not None:
        out["check_number"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_payment_credit_card(o: Any) -> OrderPaymentCreditCard:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderPaymentCreditCard = new_object(OrderPaymentCreditCard)
    g = o.get
    ts: dict[str, str] | None = None
    n = 0
    v = g("card_auth_ticket")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.card_auth_ticket = v
    v = g("card_authorization_amount")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.card_authorization_amount = v
    v = g("card_authorization_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["card_authorization_dts"] = v
        v = p
    self.card_authorization_dts = v
    v = g("card_authorization_reference_number")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.card_authorization_reference_number = v
    v = g("card_expiration_month")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.card_expiration_month = v
    v = g("card_expiration_year")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.card_expiration_year = v
    v = g("card_number")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.card_number = v
    v = g("card_number_token")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.card_number_token = v
    v = g("card_number_truncated")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.card_number_truncated = v
    v = g("card_type")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.card_type = v
    v = g("card_verification_number_token")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.card_verification_number_token = v
    v = g("dual_vaulted")
    if v is None:
        n += 1
    else:
        v = structure_order_payment_credit_card_dual_vaulted(v)
    self.dual_vaulted = v
    if len(o) + n == 12 or _KNOWN_ORDER_PAYMENT_CREDIT_CARD.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_PAYMENT_CREDIT_CARD)
    self._wire_timestamps = ts
    return self


def unstructure_order_payment_credit_card(obj: OrderPaymentCreditCard) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.card_auth_ticket
    if v is not None:
        out["card_auth_ticket"] = v
    v = obj.card_authorization_amount
    if v is not None:
        out["card_authorization_amount"] = v
    v = obj.card_authorization_dts
    if v is not None:
        out["card_authorization_dts"] = timestamp_out(stamps, "card_authorization_dts", v)
    v = obj.card_authorization_reference_number
    if v is not None:
        out["card_authorization_reference_number"] = v
    v = obj.card_expiration_month
    if v is not None:
        out["card_expiration_month"] = v
    v = obj.card_expiration_year
    if v is not None:
        out["card_expiration_year"] = v
    v = obj.card_number
    if v is not None:
        out["card_number"] = v
    v = obj.card_number_token
    if v is not None:
        out["card_number_token"] = v
    v = obj.card_number_truncated
    if v is not None:
        out["card_number_truncated"] = v
    v = obj.card_type
    if v is not None:
        out["card_type"] = v
    v = obj.card_verification_number_token
    if v is not None:
        out["card_verification_number_token"] = v
    v = obj.dual_vaulted
    if v is not None:
        out["dual_vaulted"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_payment_credit_card_dual_vaulted(o: Any) -> OrderPaymentCreditCardDualVaulted:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderPaymentCreditCardDualVaulted = new_object(OrderPaymentCreditCardDualVaulted)
    g = o.get
    r: list[Any]
    n = 0
    v = g("gateway_name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.gateway_name = v
    v = g("properties")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_order_payment_credit_card_dual_vaulted_property(x))
        v = r
    self.properties = v
    v = g("rotating_transaction_gateway_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.rotating_transaction_gateway_code = v
    if len(o) + n == 3 or _KNOWN_ORDER_PAYMENT_CREDIT_CARD_DUAL_VAULTED.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_PAYMENT_CREDIT_CARD_DUAL_VAULTED)
    self._wire_timestamps = None
    return self


def unstructure_order_payment_credit_card_dual_vaulted(
    obj: OrderPaymentCreditCardDualVaulted,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.gateway_name
    if v is not None:
        out["gateway_name"] = v
    v = obj.properties
    if v is not None:
        out["properties"] = [unstructure(x) for x in v]
    v = obj.rotating_transaction_gateway_code
    if v is not None:
        out["rotating_transaction_gateway_code"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_payment_credit_card_dual_vaulted_property(
    o: Any,
) -> OrderPaymentCreditCardDualVaultedProperty:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderPaymentCreditCardDualVaultedProperty = new_object(
        OrderPaymentCreditCardDualVaultedProperty
    )
    g = o.get
    n = 0
    v = g("name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.name = v
    v = g("value")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.value = v
    if len(o) + n == 2 or _KNOWN_ORDER_PAYMENT_CREDIT_CARD_DUAL_VAULTED_PROPERTY.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_PAYMENT_CREDIT_CARD_DUAL_VAULTED_PROPERTY)
    self._wire_timestamps = None
    return self


def unstructure_order_payment_credit_card_dual_vaulted_property(
    obj: OrderPaymentCreditCardDualVaultedProperty,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.name
    if v is not None:
        out["name"] = v
    v = obj.value
    if v is not None:
        out["value"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_payment_e_check(o: Any) -> OrderPaymentECheck:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderPaymentECheck = new_object(OrderPaymentECheck)
    g = o.get
    n = 0
    v = g("bank_aba_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.bank_aba_code = v
    v = g("bank_account_name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.bank_account_name = v
    v = g("bank_account_number")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.bank_account_number = v
    v = g("bank_account_type")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.bank_account_type = v
    v = g("bank_name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.bank_name = v
    v = g("bank_owner_type")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.bank_owner_type = v
    v = g("customer_tax_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.customer_tax_id = v
    v = g("drivers_license_dob")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.drivers_license_dob = v
    v = g("drivers_license_number")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.drivers_license_number = v
    v = g("drivers_license_state")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.drivers_license_state = v
    if len(o) + n == 10 or _KNOWN_ORDER_PAYMENT_E_CHECK.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_PAYMENT_E_CHECK)
    self._wire_timestamps = None
    return self


def unstructure_order_payment_e_check(obj: OrderPaymentECheck) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.bank_aba_code
    if v is not None:
        out["bank_aba_code"] = v
    v = obj.bank_account_name
    if v is not None:
        out["bank_account_name"] = v
    v = obj.bank_account_number
    if v is not None:
        out["bank_account_number"] = v
    v = obj.bank_account_type
    if v is not None:
        out["bank_account_type"] = v
    v = obj.bank_name
    if v is not None:
        out["bank_name"] = v
    v = obj.bank_owner_type
    if v is not None:
        out["bank_owner_type"] = v
    v = obj.customer_tax_id
    if v is not None:
        out["customer_tax_id"] = v
    v = obj.drivers_license_dob
    if v is not None:
        out["drivers_license_dob"] = v
    v = obj.drivers_license_number
    if v is not None:
        out["drivers_license_number"] = v
    v = obj.drivers_license_state
    if v is not None:
        out["drivers_license_state"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_payment_health_benefit_card(o: Any) -> OrderPaymentHealthBenefitCard:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderPaymentHealthBenefitCard = new_object(OrderPaymentHealthBenefitCard)
    g = o.get
    n = 0
    v = g("health_benefit_card_expiration_month")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.health_benefit_card_expiration_month = v
    v = g("health_benefit_card_expiration_year")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.health_benefit_card_expiration_year = v
    v = g("health_benefit_card_number")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.health_benefit_card_number = v
    v = g("health_benefit_card_number_token")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.health_benefit_card_number_token = v
    v = g("health_benefit_card_number_truncated")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.health_benefit_card_number_truncated = v
    v = g("health_benefit_card_verification_number_token")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.health_benefit_card_verification_number_token = v
    if len(o) + n == 6 or _KNOWN_ORDER_PAYMENT_HEALTH_BENEFIT_CARD.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_PAYMENT_HEALTH_BENEFIT_CARD)
    self._wire_timestamps = None
    return self


def unstructure_order_payment_health_benefit_card(
    obj: OrderPaymentHealthBenefitCard,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.health_benefit_card_expiration_month
    if v is not None:
        out["health_benefit_card_expiration_month"] = v
    v = obj.health_benefit_card_expiration_year
    if v is not None:
        out["health_benefit_card_expiration_year"] = v
    v = obj.health_benefit_card_number
    if v is not None:
        out["health_benefit_card_number"] = v
    v = obj.health_benefit_card_number_token
    if v is not None:
        out["health_benefit_card_number_token"] = v
    v = obj.health_benefit_card_number_truncated
    if v is not None:
        out["health_benefit_card_number_truncated"] = v
    v = obj.health_benefit_card_verification_number_token
    if v is not None:
        out["health_benefit_card_verification_number_token"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_payment_insurance(o: Any) -> OrderPaymentInsurance:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderPaymentInsurance = new_object(OrderPaymentInsurance)
    g = o.get
    n = 0
    v = g("application_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.application_id = v
    v = g("claim_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.claim_id = v
    v = g("insurance_type")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.insurance_type = v
    v = g("refund_claim_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.refund_claim_id = v
    if len(o) + n == 4 or _KNOWN_ORDER_PAYMENT_INSURANCE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_PAYMENT_INSURANCE)
    self._wire_timestamps = None
    return self


def unstructure_order_payment_insurance(obj: OrderPaymentInsurance) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.application_id
    if v is not None:
        out["application_id"] = v
    v = obj.claim_id
    if v is not None:
        out["claim_id"] = v
    v = obj.insurance_type
    if v is not None:
        out["insurance_type"] = v
    v = obj.refund_claim_id
    if v is not None:
        out["refund_claim_id"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_payment_pay_pal(o: Any) -> OrderPaymentPayPal:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderPaymentPayPal = new_object(OrderPaymentPayPal)
    g = o.get
    n = 0
    v = g("customer_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.customer_id = v
    v = g("vault_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.vault_id = v
    if len(o) + n == 2 or _KNOWN_ORDER_PAYMENT_PAY_PAL.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_PAYMENT_PAY_PAL)
    self._wire_timestamps = None
    return self


def unstructure_order_payment_pay_pal(obj: OrderPaymentPayPal) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.customer_id
    if v is not None:
        out["customer_id"] = v
    v = obj.vault_id
    if v is not None:
        out["vault_id"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_payment_purchase_order(o: Any) -> OrderPaymentPurchaseOrder:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderPaymentPurchaseOrder = new_object(OrderPaymentPurchaseOrder)
    g = o.get
    n = 0
    v = g("purchase_order_number")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.purchase_order_number = v
    if len(o) + n == 1 or _KNOWN_ORDER_PAYMENT_PURCHASE_ORDER.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_PAYMENT_PURCHASE_ORDER)
    self._wire_timestamps = None
    return self


def unstructure_order_payment_purchase_order(obj: OrderPaymentPurchaseOrder) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.purchase_order_number
    if v is not None:
        out["purchase_order_number"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_payment_transaction(o: Any) -> OrderPaymentTransaction:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderPaymentTransaction = new_object(OrderPaymentTransaction)
    g = o.get
    r: list[Any]
    n = 0
    v = g("details")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_order_payment_transaction_detail(x))
        v = r
    self.details = v
    v = g("successful")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.successful = v
    v = g("transaction_gateway")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.transaction_gateway = v
    v = g("transaction_id")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.transaction_id = v
    v = g("transaction_timestamp")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.transaction_timestamp = v
    if len(o) + n == 5 or _KNOWN_ORDER_PAYMENT_TRANSACTION.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_PAYMENT_TRANSACTION)
    self._wire_timestamps = None
    return self


def unstructure_order_payment_transaction(obj: OrderPaymentTransaction) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.details
    if v is not None:
        out["details"] = [unstructure(x) for x in v]
    v = obj.successful
    if v is not None:
        out["successful"] = v
    v = obj.transaction_gateway
    if v is not None:
        out["transaction_gateway"] = v
    v = obj.transaction_id
    if v is not None:
        out["transaction_id"] = v
    v = obj.transaction_timestamp
    if v is not None:
        out["transaction_timestamp"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_payment_transaction_detail(o: Any) -> OrderPaymentTransactionDetail:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderPaymentTransactionDetail = new_object(OrderPaymentTransactionDetail)
    g = o.get
    n = 0
    v = g("name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.name = v
    v = g("type")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.type = v
    v = g("value")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.value = v
    if len(o) + n == 3 or _KNOWN_ORDER_PAYMENT_TRANSACTION_DETAIL.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_PAYMENT_TRANSACTION_DETAIL)
    self._wire_timestamps = None
    return self


def unstructure_order_payment_transaction_detail(
    obj: OrderPaymentTransactionDetail,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.name
    if v is not None:
        out["name"] = v
    v = obj.type
    if v is not None:
        out["type"] = v
    v = obj.value
    if v is not None:
        out["value"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_point_of_sale(o: Any) -> OrderPointOfSale:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderPointOfSale = new_object(OrderPointOfSale)
    g = o.get
    n = 0
    v = g("location")
    if v is None:
        n += 1
    else:
        v = structure_point_of_sale_location(v)
    self.location = v
    v = g("reader")
    if v is None:
        n += 1
    else:
        v = structure_point_of_sale_reader(v)
    self.reader = v
    v = g("register")
    if v is None:
        n += 1
    else:
        v = structure_point_of_sale_register(v)
    self.register = v
    if len(o) + n == 3 or _KNOWN_ORDER_POINT_OF_SALE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_POINT_OF_SALE)
    self._wire_timestamps = None
    return self


def unstructure_order_point_of_sale(obj: OrderPointOfSale) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.location
    if v is not None:
        out["location"] = unstructure(v)
    v = obj.reader
    if v is not None:
        out["reader"] = unstructure(v)
    v = obj.register
    if v is not None:
        out["register"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_property(o: Any) -> OrderProperty:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderProperty = new_object(OrderProperty)
    g = o.get
    ts: dict[str, str] | None = None
    n = 0
    v = g("created_by")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
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
    v = g("display")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.display = v
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
    v = g("name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.name = v
    v = g("value")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.value = v
    if len(o) + n == 6 or _KNOWN_ORDER_PROPERTY.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_PROPERTY)
    self._wire_timestamps = ts
    return self


def unstructure_order_property(obj: OrderProperty) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.created_by
    if v is not None:
        out["created_by"] = v
    v = obj.created_dts
    if v is not None:
        out["created_dts"] = timestamp_out(stamps, "created_dts", v)
    v = obj.display
    if v is not None:
        out["display"] = v
    v = obj.expiration_dts
    if v is not None:
        out["expiration_dts"] = timestamp_out(stamps, "expiration_dts", v)
    v = obj.name
    if v is not None:
        out["name"] = v
    v = obj.value
    if v is not None:
        out["value"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_quote(o: Any) -> OrderQuote:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderQuote = new_object(OrderQuote)
    g = o.get
    ts: dict[str, str] | None = None
    n = 0
    v = g("quote_expiration_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["quote_expiration_dts"] = v
        v = p
    self.quote_expiration_dts = v
    v = g("quoted_by")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.quoted_by = v
    v = g("quoted_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["quoted_dts"] = v
        v = p
    self.quoted_dts = v
    if len(o) + n == 3 or _KNOWN_ORDER_QUOTE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_QUOTE)
    self._wire_timestamps = ts
    return self


def unstructure_order_quote(obj: OrderQuote) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.quote_expiration_dts
    if v is not None:
        out["quote_expiration_dts"] = timestamp_out(stamps, "quote_expiration_dts", v)
    v = obj.quoted_by
    if v is not None:
        out["quoted_by"] = v
    v = obj.quoted_dts
    if v is not None:
        out["quoted_dts"] = timestamp_out(stamps, "quoted_dts", v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_salesforce(o: Any) -> OrderSalesforce:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderSalesforce = new_object(OrderSalesforce)
    g = o.get
    n = 0
    v = g("salesforce_opportunity_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.salesforce_opportunity_id = v
    if len(o) + n == 1 or _KNOWN_ORDER_SALESFORCE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_SALESFORCE)
    self._wire_timestamps = None
    return self


def unstructure_order_salesforce(obj: OrderSalesforce) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.salesforce_opportunity_id
    if v is not None:
        out["salesforce_opportunity_id"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_shipping(o: Any) -> OrderShipping:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderShipping = new_object(OrderShipping)
    g = o.get
    ts: dict[str, str] | None = None
    r: list[Any]
    n = 0
    v = g("address1")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.address1 = v
    v = g("address2")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.address2 = v
    v = g("city")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.city = v
    v = g("company")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.company = v
    v = g("country_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.country_code = v
    v = g("day_phone")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.day_phone = v
    v = g("day_phone_e164")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.day_phone_e164 = v
    v = g("delivery_date")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["delivery_date"] = v
        v = p
    self.delivery_date = v
    v = g("evening_phone")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.evening_phone = v
    v = g("evening_phone_e164")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.evening_phone_e164 = v
    v = g("first_name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.first_name = v
    v = g("last_name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.last_name = v
    v = g("least_cost_route")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.least_cost_route = v
    v = g("least_cost_route_shipping_methods")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        for x in v:
            if x.__class__ is not str:
                raise NotFast
        v = v.copy()
    self.least_cost_route_shipping_methods = v
    v = g("lift_gate")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.lift_gate = v
    v = g("pickup_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["pickup_dts"] = v
        v = p
    self.pickup_dts = v
    v = g("postal_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.postal_code = v
    v = g("rma")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.rma = v
    v = g("ship_on_date")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["ship_on_date"] = v
        v = p
    self.ship_on_date = v
    v = g("ship_to_residential")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.ship_to_residential = v
    v = g("shipping_3rd_party_account_number")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.shipping_3rd_party_account_number = v
    v = g("shipping_date")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["shipping_date"] = v
        v = p
    self.shipping_date = v
    v = g("shipping_department_status")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.shipping_department_status = v
    v = g("shipping_method")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.shipping_method = v
    v = g("shipping_method_accounting_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.shipping_method_accounting_code = v
    v = g("special_instructions")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.special_instructions = v
    v = g("state_region")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.state_region = v
    v = g("title")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.title = v
    v = g("tracking_number_details")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_order_tracking_number_details(x))
        v = r
    self.tracking_number_details = v
    v = g("tracking_numbers")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        for x in v:
            if x.__class__ is not str:
                raise NotFast
        v = v.copy()
    self.tracking_numbers = v
    v = g("weight")
    if v is None:
        n += 1
    else:
        v = structure_weight(v)
    self.weight = v
    if len(o) + n == 31 or _KNOWN_ORDER_SHIPPING.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_SHIPPING)
    self._wire_timestamps = ts
    return self


def unstructure_order_shipping(obj: OrderShipping) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.address1
    if v is not None:
        out["address1"] = v
    v = obj.address2
    if v is not None:
        out["address2"] = v
    v = obj.city
    if v is not None:
        out["city"] = v
    v = obj.company
    if v is not None:
        out["company"] = v
    v = obj.country_code
    if v is not None:
        out["country_code"] = v
    v = obj.day_phone
    if v is not None:
        out["day_phone"] = v
    v = obj.day_phone_e164
    if v is not None:
        out["day_phone_e164"] = v
    v = obj.delivery_date
    if v is not None:
        out["delivery_date"] = timestamp_out(stamps, "delivery_date", v)
    v = obj.evening_phone
    if v is not None:
        out["evening_phone"] = v
    v = obj.evening_phone_e164
    if v is not None:
        out["evening_phone_e164"] = v
    v = obj.first_name
    if v is not None:
        out["first_name"] = v
    v = obj.last_name
    if v is not None:
        out["last_name"] = v
    v = obj.least_cost_route
    if v is not None:
        out["least_cost_route"] = v
    v = obj.least_cost_route_shipping_methods
    if v is not None:
        out["least_cost_route_shipping_methods"] = list(v)
    v = obj.lift_gate
    if v is not None:
        out["lift_gate"] = v
    v = obj.pickup_dts
    if v is not None:
        out["pickup_dts"] = timestamp_out(stamps, "pickup_dts", v)
    v = obj.postal_code
    if v is not None:
        out["postal_code"] = v
    v = obj.rma
    if v is not None:
        out["rma"] = v
    v = obj.ship_on_date
    if v is not None:
        out["ship_on_date"] = timestamp_out(stamps, "ship_on_date", v)
    v = obj.ship_to_residential
    if v is not None:
        out["ship_to_residential"] = v
    v = obj.shipping_3rd_party_account_number
    if v is not None:
        out["shipping_3rd_party_account_number"] = v
    v = obj.shipping_date
    if v is not None:
        out["shipping_date"] = timestamp_out(stamps, "shipping_date", v)
    v = obj.shipping_department_status
    if v is not None:
        out["shipping_department_status"] = v
    v = obj.shipping_method
    if v is not None:
        out["shipping_method"] = v
    v = obj.shipping_method_accounting_code
    if v is not None:
        out["shipping_method_accounting_code"] = v
    v = obj.special_instructions
    if v is not None:
        out["special_instructions"] = v
    v = obj.state_region
    if v is not None:
        out["state_region"] = v
    v = obj.title
    if v is not None:
        out["title"] = v
    v = obj.tracking_number_details
    if v is not None:
        out["tracking_number_details"] = [unstructure(x) for x in v]
    v = obj.tracking_numbers
    if v is not None:
        out["tracking_numbers"] = list(v)
    v = obj.weight
    if v is not None:
        out["weight"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_summary(o: Any) -> OrderSummary:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderSummary = new_object(OrderSummary)
    g = o.get
    n = 0
    v = g("actual_fulfillment")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.actual_fulfillment = v
    v = g("actual_other_cost")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.actual_other_cost = v
    v = g("actual_payment_processing")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.actual_payment_processing = v
    v = g("actual_profit")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.actual_profit = v
    v = g("actual_profit_analyzed")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.actual_profit_analyzed = v
    v = g("actual_profit_review")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.actual_profit_review = v
    v = g("actual_shipping")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.actual_shipping = v
    v = g("arbitrary_shipping_handling_total")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.arbitrary_shipping_handling_total = v
    v = g("arbitrary_subtotal_discount")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.arbitrary_subtotal_discount = v
    v = g("arbitrary_taxable_subtotal_discount")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.arbitrary_taxable_subtotal_discount = v
    v = g("health_benefit_card_amount")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.health_benefit_card_amount = v
    v = g("health_benefit_card_refunded")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.health_benefit_card_refunded = v
    v = g("internal_gift_certificate_amount")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.internal_gift_certificate_amount = v
    v = g("internal_gift_certificate_refunded")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.internal_gift_certificate_refunded = v
    v = g("other_refunded")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.other_refunded = v
    v = g("shipping_handling_refunded")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.shipping_handling_refunded = v
    v = g("shipping_handling_total")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.shipping_handling_total = v
    v = g("shipping_handling_total_discount")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.shipping_handling_total_discount = v
    v = g("subtotal")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.subtotal = v
    v = g("subtotal_discount")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.subtotal_discount = v
    v = g("subtotal_discount_refunded")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.subtotal_discount_refunded = v
    v = g("subtotal_refunded")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.subtotal_refunded = v
    v = g("tax")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.tax = v
    v = g("tax_refunded")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.tax_refunded = v
    v = g("taxable_subtotal")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.taxable_subtotal = v
    v = g("taxable_subtotal_discount")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.taxable_subtotal_discount = v
    v = g("total")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.total = v
    v = g("total_refunded")
    if v is None:
        n += 1
    else:
        v = structure_currency(v)
    self.total_refunded = v
    if len(o) + n == 28 or _KNOWN_ORDER_SUMMARY.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_SUMMARY)
    self._wire_timestamps = None
    return self


def unstructure_order_summary(obj: OrderSummary) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.actual_fulfillment
    if v is not None:
        out["actual_fulfillment"] = unstructure(v)
    v = obj.actual_other_cost
    if v is not None:
        out["actual_other_cost"] = unstructure(v)
    v = obj.actual_payment_processing
    if v is not None:
        out["actual_payment_processing"] = unstructure(v)
    v = obj.actual_profit
    if v is not None:
        out["actual_profit"] = unstructure(v)
    v = obj.actual_profit_analyzed
    if v is not None:
        out["actual_profit_analyzed"] = v
    v = obj.actual_profit_review
    if v is not None:
        out["actual_profit_review"] = v
    v = obj.actual_shipping
    if v is not None:
        out["actual_shipping"] = unstructure(v)
    v = obj.arbitrary_shipping_handling_total
    if v is not None:
        out["arbitrary_shipping_handling_total"] = unstructure(v)
    v = obj.arbitrary_subtotal_discount
    if v is not None:
        out["arbitrary_subtotal_discount"] = unstructure(v)
    v = obj.arbitrary_taxable_subtotal_discount
    if v is not None:
        out["arbitrary_taxable_subtotal_discount"] = unstructure(v)
    v = obj.health_benefit_card_amount
    if v is not None:
        out["health_benefit_card_amount"] = unstructure(v)
    v = obj.health_benefit_card_refunded
    if v is not None:
        out["health_benefit_card_refunded"] = unstructure(v)
    v = obj.internal_gift_certificate_amount
    if v is not None:
        out["internal_gift_certificate_amount"] = unstructure(v)
    v = obj.internal_gift_certificate_refunded
    if v is not None:
        out["internal_gift_certificate_refunded"] = unstructure(v)
    v = obj.other_refunded
    if v is not None:
        out["other_refunded"] = unstructure(v)
    v = obj.shipping_handling_refunded
    if v is not None:
        out["shipping_handling_refunded"] = unstructure(v)
    v = obj.shipping_handling_total
    if v is not None:
        out["shipping_handling_total"] = unstructure(v)
    v = obj.shipping_handling_total_discount
    if v is not None:
        out["shipping_handling_total_discount"] = unstructure(v)
    v = obj.subtotal
    if v is not None:
        out["subtotal"] = unstructure(v)
    v = obj.subtotal_discount
    if v is not None:
        out["subtotal_discount"] = unstructure(v)
    v = obj.subtotal_discount_refunded
    if v is not None:
        out["subtotal_discount_refunded"] = unstructure(v)
    v = obj.subtotal_refunded
    if v is not None:
        out["subtotal_refunded"] = unstructure(v)
    v = obj.tax
    if v is not None:
        out["tax"] = unstructure(v)
    v = obj.tax_refunded
    if v is not None:
        out["tax_refunded"] = unstructure(v)
    v = obj.taxable_subtotal
    if v is not None:
        out["taxable_subtotal"] = unstructure(v)
    v = obj.taxable_subtotal_discount
    if v is not None:
        out["taxable_subtotal_discount"] = unstructure(v)
    v = obj.total
    if v is not None:
        out["total"] = unstructure(v)
    v = obj.total_refunded
    if v is not None:
        out["total_refunded"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_tag(o: Any) -> OrderTag:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderTag = new_object(OrderTag)
    g = o.get
    n = 0
    v = g("tag_value")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.tag_value = v
    if len(o) + n == 1 or _KNOWN_ORDER_TAG.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_TAG)
    self._wire_timestamps = None
    return self


def unstructure_order_tag(obj: OrderTag) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.tag_value
    if v is not None:
        out["tag_value"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_taxes(o: Any) -> OrderTaxes:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderTaxes = new_object(OrderTaxes)
    g = o.get
    n = 0
    v = g("arbitrary_tax")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.arbitrary_tax = v
    v = g("arbitrary_tax_rate")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.arbitrary_tax_rate = v
    v = g("arbitrary_taxable_subtotal")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.arbitrary_taxable_subtotal = v
    v = g("tax_city_accounting_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.tax_city_accounting_code = v
    v = g("tax_country_accounting_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.tax_country_accounting_code = v
    v = g("tax_county")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.tax_county = v
    v = g("tax_county_accounting_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.tax_county_accounting_code = v
    v = g("tax_gift_charge")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.tax_gift_charge = v
    v = g("tax_postal_code_accounting_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.tax_postal_code_accounting_code = v
    v = g("tax_rate")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.tax_rate = v
    v = g("tax_rate_city")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.tax_rate_city = v
    v = g("tax_rate_country")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.tax_rate_country = v
    v = g("tax_rate_county")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.tax_rate_county = v
    v = g("tax_rate_postal_code")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.tax_rate_postal_code = v
    v = g("tax_rate_state")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.tax_rate_state = v
    v = g("tax_shipping")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.tax_shipping = v
    v = g("tax_state_accounting_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.tax_state_accounting_code = v
    if len(o) + n == 17 or _KNOWN_ORDER_TAXES.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_TAXES)
    self._wire_timestamps = None
    return self


def unstructure_order_taxes(obj: OrderTaxes) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.arbitrary_tax
    if v is not None:
        out["arbitrary_tax"] = v
    v = obj.arbitrary_tax_rate
    if v is not None:
        out["arbitrary_tax_rate"] = v
    v = obj.arbitrary_taxable_subtotal
    if v is not None:
        out["arbitrary_taxable_subtotal"] = v
    v = obj.tax_city_accounting_code
    if v is not None:
        out["tax_city_accounting_code"] = v
    v = obj.tax_country_accounting_code
    if v is not None:
        out["tax_country_accounting_code"] = v
    v = obj.tax_county
    if v is not None:
        out["tax_county"] = v
    v = obj.tax_county_accounting_code
    if v is not None:
        out["tax_county_accounting_code"] = v
    v = obj.tax_gift_charge
    if v is not None:
        out["tax_gift_charge"] = v
    v = obj.tax_postal_code_accounting_code
    if v is not None:
        out["tax_postal_code_accounting_code"] = v
    v = obj.tax_rate
    if v is not None:
        out["tax_rate"] = v
    v = obj.tax_rate_city
    if v is not None:
        out["tax_rate_city"] = v
    v = obj.tax_rate_country
    if v is not None:
        out["tax_rate_country"] = v
    v = obj.tax_rate_county
    if v is not None:
        out["tax_rate_county"] = v
    v = obj.tax_rate_postal_code
    if v is not None:
        out["tax_rate_postal_code"] = v
    v = obj.tax_rate_state
    if v is not None:
        out["tax_rate_state"] = v
    v = obj.tax_shipping
    if v is not None:
        out["tax_shipping"] = v
    v = obj.tax_state_accounting_code
    if v is not None:
        out["tax_state_accounting_code"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_tracking_number_detail(o: Any) -> OrderTrackingNumberDetail:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderTrackingNumberDetail = new_object(OrderTrackingNumberDetail)
    g = o.get
    ts: dict[str, str] | None = None
    n = 0
    v = g("city")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.city = v
    v = g("event_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["event_dts"] = v
        v = p
    self.event_dts = v
    v = g("event_local_date")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["event_local_date"] = v
        v = p
    self.event_local_date = v
    v = g("event_local_time")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.event_local_time = v
    v = g("event_timezone_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.event_timezone_id = v
    v = g("state")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.state = v
    v = g("subtag")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.subtag = v
    v = g("subtag_message")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.subtag_message = v
    v = g("tag")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.tag = v
    v = g("tag_description")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.tag_description = v
    v = g("tag_icon")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.tag_icon = v
    v = g("zip")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.zip = v
    if len(o) + n == 12 or _KNOWN_ORDER_TRACKING_NUMBER_DETAIL.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_TRACKING_NUMBER_DETAIL)
    self._wire_timestamps = ts
    return self


def unstructure_order_tracking_number_detail(obj: OrderTrackingNumberDetail) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.city
    if v is not None:
        out["city"] = v
    v = obj.event_dts
    if v is not None:
        out["event_dts"] = timestamp_out(stamps, "event_dts", v)
    v = obj.event_local_date
    if v is not None:
        out["event_local_date"] = timestamp_out(stamps, "event_local_date", v)
    v = obj.event_local_time
    if v is not None:
        out["event_local_time"] = v
    v = obj.event_timezone_id
    if v is not None:
        out["event_timezone_id"] = v
    v = obj.state
    if v is not None:
        out["state"] = v
    v = obj.subtag
    if v is not None:
        out["subtag"] = v
    v = obj.subtag_message
    if v is not None:
        out["subtag_message"] = v
    v = obj.tag
    if v is not None:
        out["tag"] = v
    v = obj.tag_description
    if v is not None:
        out["tag_description"] = v
    v = obj.tag_icon
    if v is not None:
        out["tag_icon"] = v
    v = obj.zip
    if v is not None:
        out["zip"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_tracking_number_details(o: Any) -> OrderTrackingNumberDetails:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderTrackingNumberDetails = new_object(OrderTrackingNumberDetails)
    g = o.get
    ts: dict[str, str] | None = None
    r: list[Any]
    n = 0
    v = g("actual_delivery_date")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["actual_delivery_date"] = v
        v = p
    self.actual_delivery_date = v
    v = g("actual_delivery_date_formatted")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.actual_delivery_date_formatted = v
    v = g("details")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_order_tracking_number_detail(x))
        v = r
    self.details = v
    v = g("easypost_tracker_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.easypost_tracker_id = v
    v = g("expected_delivery_date")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["expected_delivery_date"] = v
        v = p
    self.expected_delivery_date = v
    v = g("expected_delivery_date_formatted")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.expected_delivery_date_formatted = v
    v = g("map_url")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.map_url = v
    v = g("order_placed_date")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["order_placed_date"] = v
        v = p
    self.order_placed_date = v
    v = g("order_placed_date_formatted")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.order_placed_date_formatted = v
    v = g("payment_processed_date")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["payment_processed_date"] = v
        v = p
    self.payment_processed_date = v
    v = g("payment_processed_date_formatted")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.payment_processed_date_formatted = v
    v = g("shipped_date")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["shipped_date"] = v
        v = p
    self.shipped_date = v
    v = g("shipped_date_formatted")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.shipped_date_formatted = v
    v = g("shipping_method")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.shipping_method = v
    v = g("status")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.status = v
    v = g("status_description")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.status_description = v
    v = g("tracking_number")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.tracking_number = v
    v = g("tracking_url")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.tracking_url = v
    if len(o) + n == 18 or _KNOWN_ORDER_TRACKING_NUMBER_DETAILS.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_TRACKING_NUMBER_DETAILS)
    self._wire_timestamps = ts
    return self


def unstructure_order_tracking_number_details(obj: OrderTrackingNumberDetails) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.actual_delivery_date
    if v is not None:
        out["actual_delivery_date"] = timestamp_out(stamps, "actual_delivery_date", v)
    v = obj.actual_delivery_date_formatted
    if v is not None:
        out["actual_delivery_date_formatted"] = v
    v = obj.details
    if v is not None:
        out["details"] = [unstructure(x) for x in v]
    v = obj.easypost_tracker_id
    if v is not None:
        out["easypost_tracker_id"] = v
    v = obj.expected_delivery_date
    if v is not None:
        out["expected_delivery_date"] = timestamp_out(stamps, "expected_delivery_date", v)
    v = obj.expected_delivery_date_formatted
    if v is not None:
        out["expected_delivery_date_formatted"] = v
    v = obj.map_url
    if v is not None:
        out["map_url"] = v
    v = obj.order_placed_date
    if v is not None:
        out["order_placed_date"] = timestamp_out(stamps, "order_placed_date", v)
    v = obj.order_placed_date_formatted
    if v is not None:
        out["order_placed_date_formatted"] = v
    v = obj.payment_processed_date
    if v is not None:
        out["payment_processed_date"] = timestamp_out(stamps, "payment_processed_date", v)
    v = obj.payment_processed_date_formatted
    if v is not None:
        out["payment_processed_date_formatted"] = v
    v = obj.shipped_date
    if v is not None:
        out["shipped_date"] = timestamp_out(stamps, "shipped_date", v)
    v = obj.shipped_date_formatted
    if v is not None:
        out["shipped_date_formatted"] = v
    v = obj.shipping_method
    if v is not None:
        out["shipping_method"] = v
    v = obj.status
    if v is not None:
        out["status"] = v
    v = obj.status_description
    if v is not None:
        out["status_description"] = v
    v = obj.tracking_number
    if v is not None:
        out["tracking_number"] = v
    v = obj.tracking_url
    if v is not None:
        out["tracking_url"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_transactional_merchant_note(o: Any) -> OrderTransactionalMerchantNote:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderTransactionalMerchantNote = new_object(OrderTransactionalMerchantNote)
    g = o.get
    ts: dict[str, str] | None = None
    n = 0
    v = g("ip_address")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.ip_address = v
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
    v = g("user")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.user = v
    if len(o) + n == 4 or _KNOWN_ORDER_TRANSACTIONAL_MERCHANT_NOTE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_TRANSACTIONAL_MERCHANT_NOTE)
    self._wire_timestamps = ts
    return self


def unstructure_order_transactional_merchant_note(
    obj: OrderTransactionalMerchantNote,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.ip_address
    if v is not None:
        out["ip_address"] = v
    v = obj.note
    if v is not None:
        out["note"] = v
    v = obj.note_dts
    if v is not None:
        out["note_dts"] = timestamp_out(stamps, "note_dts", v)
    v = obj.user
    if v is not None:
        out["user"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_order_utm(o: Any) -> OrderUtm:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: OrderUtm = new_object(OrderUtm)
    g = o.get
    ts: dict[str, str] | None = None
    n = 0
    v = g("attribution_first_click_subtotal")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.attribution_first_click_subtotal = v
    v = g("attribution_first_click_total")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.attribution_first_click_total = v
    v = g("attribution_last_click_subtotal")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.attribution_last_click_subtotal = v
    v = g("attribution_last_click_total")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.attribution_last_click_total = v
    v = g("attribution_linear_subtotal")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.attribution_linear_subtotal = v
    v = g("attribution_linear_total")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.attribution_linear_total = v
    v = g("attribution_position_based_subtotal")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.attribution_position_based_subtotal = v
    v = g("attribution_position_based_total")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.attribution_position_based_total = v
    v = g("click_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["click_dts"] = v
        v = p
    self.click_dts = v
    v = g("facebook_ad_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.facebook_ad_id = v
    v = g("fbclid")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.fbclid = v
    v = g("gbraid")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.gbraid = v
    v = g("glcid")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.glcid = v
    v = g("itm_campaign")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.itm_campaign = v
    v = g("itm_content")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.itm_content = v
    v = g("itm_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.itm_id = v
    v = g("itm_medium")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.itm_medium = v
    v = g("itm_source")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.itm_source = v
    v = g("itm_term")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.itm_term = v
    v = g("msclkid")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.msclkid = v
    v = g("short_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.short_code = v
    v = g("short_code_backup")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.short_code_backup = v
    v = g("ttclid")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.ttclid = v
    v = g("uc_message_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.uc_message_id = v
    v = g("utm_campaign")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.utm_campaign = v
    v = g("utm_content")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.utm_content = v
    v = g("utm_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.utm_id = v
    v = g("utm_medium")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.utm_medium = v
    v = g("utm_source")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.utm_source = v
    v = g("utm_term")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.utm_term = v
    v = g("vmcid")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.vmcid = v
    v = g("wbraid")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.wbraid = v
    if len(o) + n == 32 or _KNOWN_ORDER_UTM.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ORDER_UTM)
    self._wire_timestamps = ts
    return self


def unstructure_order_utm(obj: OrderUtm) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.attribution_first_click_subtotal
    if v is not None:
        out["attribution_first_click_subtotal"] = v
    v = obj.attribution_first_click_total
    if v is not None:
        out["attribution_first_click_total"] = v
    v = obj.attribution_last_click_subtotal
    if v is not None:
        out["attribution_last_click_subtotal"] = v
    v = obj.attribution_last_click_total
    if v is not None:
        out["attribution_last_click_total"] = v
    v = obj.attribution_linear_subtotal
    if v is not None:
        out["attribution_linear_subtotal"] = v
    v = obj.attribution_linear_total
    if v is not None:
        out["attribution_linear_total"] = v
    v = obj.attribution_position_based_subtotal
    if v is not None:
        out["attribution_position_based_subtotal"] = v
    v = obj.attribution_position_based_total
    if v is not None:
        out["attribution_position_based_total"] = v
    v = obj.click_dts
    if v is not None:
        out["click_dts"] = timestamp_out(stamps, "click_dts", v)
    v = obj.facebook_ad_id
    if v is not None:
        out["facebook_ad_id"] = v
    v = obj.fbclid
    if v is not None:
        out["fbclid"] = v
    v = obj.gbraid
    if v is not None:
        out["gbraid"] = v
    v = obj.glcid
    if v is not None:
        out["glcid"] = v
    v = obj.itm_campaign
    if v is not None:
        out["itm_campaign"] = v
    v = obj.itm_content
    if v is not None:
        out["itm_content"] = v
    v = obj.itm_id
    if v is not None:
        out["itm_id"] = v
    v = obj.itm_medium
    if v is not None:
        out["itm_medium"] = v
    v = obj.itm_source
    if v is not None:
        out["itm_source"] = v
    v = obj.itm_term
    if v is not None:
        out["itm_term"] = v
    v = obj.msclkid
    if v is not None:
        out["msclkid"] = v
    v = obj.short_code
    if v is not None:
        out["short_code"] = v
    v = obj.short_code_backup
    if v is not None:
        out["short_code_backup"] = v
    v = obj.ttclid
    if v is not None:
        out["ttclid"] = v
    v = obj.uc_message_id
    if v is not None:
        out["uc_message_id"] = v
    v = obj.utm_campaign
    if v is not None:
        out["utm_campaign"] = v
    v = obj.utm_content
    if v is not None:
        out["utm_content"] = v
    v = obj.utm_id
    if v is not None:
        out["utm_id"] = v
    v = obj.utm_medium
    if v is not None:
        out["utm_medium"] = v
    v = obj.utm_source
    if v is not None:
        out["utm_source"] = v
    v = obj.utm_term
    if v is not None:
        out["utm_term"] = v
    v = obj.vmcid
    if v is not None:
        out["vmcid"] = v
    v = obj.wbraid
    if v is not None:
        out["wbraid"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_point_of_sale_location(o: Any) -> PointOfSaleLocation:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: PointOfSaleLocation = new_object(PointOfSaleLocation)
    g = o.get
    n = 0
    v = g("adddress2")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.adddress2 = v
    v = g("address1")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.address1 = v
    v = g("city")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.city = v
    v = g("country")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.country = v
    v = g("distribution_center_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.distribution_center_code = v
    v = g("external_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.external_id = v
    v = g("merchant_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.merchant_id = v
    v = g("pos_location_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.pos_location_oid = v
    v = g("postal_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.postal_code = v
    v = g("state_province")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.state_province = v
    v = g("tax_county")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.tax_county = v
    if len(o) + n == 11 or _KNOWN_POINT_OF_SALE_LOCATION.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_POINT_OF_SALE_LOCATION)
    self._wire_timestamps = None
    return self


def unstructure_point_of_sale_location(obj: PointOfSaleLocation) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.adddress2
    if v is not None:
        out["adddress2"] = v
    v = obj.address1
    if v is not None:
        out["address1"] = v
    v = obj.city
    if v is not None:
        out["city"] = v
    v = obj.country
    if v is not None:
        out["country"] = v
    v = obj.distribution_center_code
    if v is not None:
        out["distribution_center_code"] = v
    v = obj.external_id
    if v is not None:
        out["external_id"] = v
    v = obj.merchant_id
    if v is not None:
        out["merchant_id"] = v
    v = obj.pos_location_oid
    if v is not None:
        out["pos_location_oid"] = v
    v = obj.postal_code
    if v is not None:
        out["postal_code"] = v
    v = obj.state_province
    if v is not None:
        out["state_province"] = v
    v = obj.tax_county
    if v is not None:
        out["tax_county"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_point_of_sale_reader(o: Any) -> PointOfSaleReader:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: PointOfSaleReader = new_object(PointOfSaleReader)
    g = o.get
    n = 0
    v = g("device_type")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.device_type = v
    v = g("label")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.label = v
    v = g("merchant_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.merchant_id = v
    v = g("payment_provider")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.payment_provider = v
    v = g("pos_reader_id")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.pos_reader_id = v
    v = g("pos_register_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.pos_register_oid = v
    v = g("serial_number")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.serial_number = v
    v = g("stripe_account_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.stripe_account_id = v
    v = g("stripe_reader_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.stripe_reader_id = v
    if len(o) + n == 9 or _KNOWN_POINT_OF_SALE_READER.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_POINT_OF_SALE_READER)
    self._wire_timestamps = None
    return self


def unstructure_point_of_sale_reader(obj: PointOfSaleReader) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.device_type
    if v is not None:
        out["device_type"] = v
    v = obj.label
    if v is not None:
        out["label"] = v
    v = obj.merchant_id
    if v is not None:
        out["merchant_id"] = v
    v = obj.payment_provider
    if v is not None:
        out["payment_provider"] = v
    v = obj.pos_reader_id
    if v is not None:
        out["pos_reader_id"] = v
    v = obj.pos_register_oid
    if v is not None:
        out["pos_register_oid"] = v
    v = obj.serial_number
    if v is not None:
        out["serial_number"] = v
    v = obj.stripe_account_id
    if v is not None:
        out["stripe_account_id"] = v
    v = obj.stripe_reader_id
    if v is not None:
        out["stripe_reader_id"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_point_of_sale_register(o: Any) -> PointOfSaleRegister:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: PointOfSaleRegister = new_object(PointOfSaleRegister)
    g = o.get
    n = 0
    v = g("merchant_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.merchant_id = v
    v = g("name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.name = v
    v = g("pos_location_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.pos_location_oid = v
    v = g("pos_register_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.pos_register_oid = v
    if len(o) + n == 4 or _KNOWN_POINT_OF_SALE_REGISTER.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_POINT_OF_SALE_REGISTER)
    self._wire_timestamps = None
    return self


def unstructure_point_of_sale_register(obj: PointOfSaleRegister) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.merchant_id
    if v is not None:
        out["merchant_id"] = v
    v = obj.name
    if v is not None:
        out["name"] = v
    v = obj.pos_location_oid
    if v is not None:
        out["pos_location_oid"] = v
    v = obj.pos_register_oid
    if v is not None:
        out["pos_register_oid"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_weight(o: Any) -> Weight:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: Weight = new_object(Weight)
    g = o.get
    n = 0
    v = g("uom")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.uom = v
    v = g("value")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.value = v
    if len(o) + n == 2 or _KNOWN_WEIGHT.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WEIGHT)
    self._wire_timestamps = None
    return self


def unstructure_weight(obj: Weight) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.uom
    if v is not None:
        out["uom"] = v
    v = obj.value
    if v is not None:
        out["value"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


#: The functions above by model class, for ``ultracart_async._wire``.
STRUCTURE: Final[dict[type[Any], Callable[[Any], Any]]] = {
    AutoOrderAddonItem: structure_auto_order_addon_item,
    AutoOrderAddonItemOption: structure_auto_order_addon_item_option,
    AutoOrderItem: structure_auto_order_item,
    AutoOrderItemFutureSchedule: structure_auto_order_item_future_schedule,
    AutoOrderItemOption: structure_auto_order_item_option,
    AutoOrderItemSimpleSchedule: structure_auto_order_item_simple_schedule,
    AutoOrderProperty: structure_auto_order_property,
    Browser: structure_browser,
    BrowserDevice: structure_browser_device,
    BrowserOS: structure_browser_os,
    BrowserUserAgent: structure_browser_user_agent,
    Currency: structure_currency,
    Distance: structure_distance,
    Order: structure_order,
    OrderAffiliate: structure_order_affiliate,
    OrderAffiliateLedger: structure_order_affiliate_ledger,
    OrderAutoOrder: structure_order_auto_order,
    OrderBilling: structure_order_billing,
    OrderBuysafe: structure_order_buysafe,
    OrderChannelPartner: structure_order_channel_partner,
    OrderCheckout: structure_order_checkout,
    OrderCoupon: structure_order_coupon,
    OrderCurrentStageHistory: structure_order_current_stage_history,
    OrderDigitalItem: structure_order_digital_item,
    OrderDigitalOrder: structure_order_digital_order,
    OrderEdi: structure_order_edi,
    OrderEmail: structure_order_email,
    OrderFraudScore: structure_order_fraud_score,
    OrderGift: structure_order_gift,
    OrderGiftCertificate: structure_order_gift_certificate,
    OrderInternal: structure_order_internal,
    OrderItem: structure_order_item,
    OrderItemEdi: structure_order_item_edi,
    OrderItemEdiIdentification: structure_order_item_edi_identification,
    OrderItemEdiLot: structure_order_item_edi_lot,
    OrderItemOption: structure_order_item_option,
    OrderItemOptionFileAttachment: structure_order_item_option_file_attachment,
    OrderItemProperty: structure_order_item_property,
    OrderItemTag: structure_order_item_tag,
    OrderLinkedShipment: structure_order_linked_shipment,
    OrderMarketing: structure_order_marketing,
    OrderPayment: structure_order_payment,
    OrderPaymentCheck: structure_order_payment_check,
    OrderPaymentCreditCard: structure_order_payment_credit_card,
    OrderPaymentCreditCardDualVaulted: structure_order_payment_credit_card_dual_vaulted,
    OrderPaymentCreditCardDualVaultedProperty: structure_order_payment_credit_card_dual_vaulted_property,
    OrderPaymentECheck: structure_order_payment_e_check,
    OrderPaymentHealthBenefitCard: structure_order_payment_health_benefit_card,
    OrderPaymentInsurance: structure_order_payment_insurance,
    OrderPaymentPayPal: structure_order_payment_pay_pal,
    OrderPaymentPurchaseOrder: structure_order_payment_purchase_order,
    OrderPaymentTransaction: structure_order_payment_transaction,
    OrderPaymentTransactionDetail: structure_order_payment_transaction_detail,
    OrderPointOfSale: structure_order_point_of_sale,
    OrderProperty: structure_order_property,
    OrderQuote: structure_order_quote,
    OrderSalesforce: structure_order_salesforce,
    OrderShipping: structure_order_shipping,
    OrderSummary: structure_order_summary,
    OrderTag: structure_order_tag,
    OrderTaxes: structure_order_taxes,
    OrderTrackingNumberDetail: structure_order_tracking_number_detail,
    OrderTrackingNumberDetails: structure_order_tracking_number_details,
    OrderTransactionalMerchantNote: structure_order_transactional_merchant_note,
    OrderUtm: structure_order_utm,
    PointOfSaleLocation: structure_point_of_sale_location,
    PointOfSaleReader: structure_point_of_sale_reader,
    PointOfSaleRegister: structure_point_of_sale_register,
    Weight: structure_weight,
}
UNSTRUCTURE: Final[dict[type[Any], Callable[[Any], dict[str, Any]]]] = {
    AutoOrderAddonItem: unstructure_auto_order_addon_item,
    AutoOrderAddonItemOption: unstructure_auto_order_addon_item_option,
    AutoOrderItem: unstructure_auto_order_item,
    AutoOrderItemFutureSchedule: unstructure_auto_order_item_future_schedule,
    AutoOrderItemOption: unstructure_auto_order_item_option,
    AutoOrderItemSimpleSchedule: unstructure_auto_order_item_simple_schedule,
    AutoOrderProperty: unstructure_auto_order_property,
    Browser: unstructure_browser,
    BrowserDevice: unstructure_browser_device,
    BrowserOS: unstructure_browser_os,
    BrowserUserAgent: unstructure_browser_user_agent,
    Currency: unstructure_currency,
    Distance: unstructure_distance,
    Order: unstructure_order,
    OrderAffiliate: unstructure_order_affiliate,
    OrderAffiliateLedger: unstructure_order_affiliate_ledger,
    OrderAutoOrder: unstructure_order_auto_order,
    OrderBilling: unstructure_order_billing,
    OrderBuysafe: unstructure_order_buysafe,
    OrderChannelPartner: unstructure_order_channel_partner,
    OrderCheckout: unstructure_order_checkout,
    OrderCoupon: unstructure_order_coupon,
    OrderCurrentStageHistory: unstructure_order_current_stage_history,
    OrderDigitalItem: unstructure_order_digital_item,
    OrderDigitalOrder: unstructure_order_digital_order,
    OrderEdi: unstructure_order_edi,
    OrderEmail: unstructure_order_email,
    OrderFraudScore: unstructure_order_fraud_score,
    OrderGift: unstructure_order_gift,
    OrderGiftCertificate: unstructure_order_gift_certificate,
    OrderInternal: unstructure_order_internal,
    OrderItem: unstructure_order_item,
    OrderItemEdi: unstructure_order_item_edi,
    OrderItemEdiIdentification: unstructure_order_item_edi_identification,
    OrderItemEdiLot: unstructure_order_item_edi_lot,
    OrderItemOption: unstructure_order_item_option,
    OrderItemOptionFileAttachment: unstructure_order_item_option_file_attachment,
    OrderItemProperty: unstructure_order_item_property,
    OrderItemTag: unstructure_order_item_tag,
    OrderLinkedShipment: unstructure_order_linked_shipment,
    OrderMarketing: unstructure_order_marketing,
    OrderPayment: unstructure_order_payment,
    OrderPaymentCheck: unstructure_order_payment_check,
    OrderPaymentCreditCard: unstructure_order_payment_credit_card,
    OrderPaymentCreditCardDualVaulted: unstructure_order_payment_credit_card_dual_vaulted,
    OrderPaymentCreditCardDualVaultedProperty: unstructure_order_payment_credit_card_dual_vaulted_property,
    OrderPaymentECheck: unstructure_order_payment_e_check,
    OrderPaymentHealthBenefitCard: unstructure_order_payment_health_benefit_card,
    OrderPaymentInsurance: unstructure_order_payment_insurance,
    OrderPaymentPayPal: unstructure_order_payment_pay_pal,
    OrderPaymentPurchaseOrder: unstructure_order_payment_purchase_order,
    OrderPaymentTransaction: unstructure_order_payment_transaction,
    OrderPaymentTransactionDetail: unstructure_order_payment_transaction_detail,
    OrderPointOfSale: unstructure_order_point_of_sale,
    OrderProperty: unstructure_order_property,
    OrderQuote: unstructure_order_quote,
    OrderSalesforce: unstructure_order_salesforce,
    OrderShipping: unstructure_order_shipping,
    OrderSummary: unstructure_order_summary,
    OrderTag: unstructure_order_tag,
    OrderTaxes: unstructure_order_taxes,
    OrderTrackingNumberDetail: unstructure_order_tracking_number_detail,
    OrderTrackingNumberDetails: unstructure_order_tracking_number_details,
    OrderTransactionalMerchantNote: unstructure_order_transactional_merchant_note,
    OrderUtm: unstructure_order_utm,
    PointOfSaleLocation: unstructure_point_of_sale_location,
    PointOfSaleReader: unstructure_point_of_sale_reader,
    PointOfSaleRegister: unstructure_point_of_sale_register,
    Weight: unstructure_weight,
}

# Why at the bottom: the codec modules call each other (Customer.orders,
# Order.customer_profile); importing once every function above exists breaks
# the cycle.
from ._codec_customer import structure_customer  # noqa: E402
