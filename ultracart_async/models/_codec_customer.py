# Generated from tools/ultracart-openapi.json by tools/generate_models.py: do not edit.
# Regenerate with `python tools/generate_models.py`.
"""Wire functions of the models in ``customer.py``, one pair per model.

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

from .customer import (
    Activity,
    AdjustInternalCertificateRequest,
    AdjustInternalCertificateResponse,
    AdjustLoyaltyPointsRequest,
    AdjustLoyaltyPointsResponse,
    ChannelPartner,
    Country,
    Customer,
    CustomerActivity,
    CustomerAffiliate,
    CustomerAttachment,
    CustomerBilling,
    CustomerCard,
    CustomerEDI,
    CustomerEditorValues,
    CustomerEmail,
    CustomerEmailListChanges,
    CustomerEmailSuppressionRequest,
    CustomerEmailSuppressionResponse,
    CustomerEmailSuppressionResult,
    CustomerLoyalty,
    CustomerLoyaltyLedger,
    CustomerLoyaltyRedemption,
    CustomerLoyaltyResponse,
    CustomerMagicLinkResponse,
    CustomerMergeRequest,
    CustomerOrdersSummary,
    CustomerPricingTier,
    CustomerPrivacy,
    CustomerProperty,
    CustomerQuery,
    CustomerQuotesSummary,
    CustomerResponse,
    CustomerReviewer,
    CustomerShipping,
    CustomerSoftwareEntitlement,
    CustomersResponse,
    CustomerStoreCredit,
    CustomerStoreCreditAddRequest,
    CustomerStoreCreditLedgerEntry,
    CustomerStoreCreditResponse,
    CustomerTag,
    CustomerTaxCodes,
    CustomerWishListItem,
    CustomerWishListItemResponse,
    CustomerWishListItemsResponse,
    DataTablesServerSideResponse,
    EmailList,
    EmailListSegmentUsedBy,
    EmailListsResponse,
    EmailSuppressionSurfaces,
    EmailVerifyTokenRequest,
    EmailVerifyTokenResponse,
    EmailVerifyTokenValidateRequest,
    EmailVerifyTokenValidateResponse,
    GiftCertificate,
    GiftCertificateLedgerEntry,
    KeyValue,
    ListSegmentMembership,
    LookupRequest,
    LookupResponse,
    Metric,
    QuickBooksOnlineCustomer,
    QuickBooksOnlineCustomersResponse,
)

_KNOWN_ACTIVITY: Final = frozenset(
    {
        "action",
        "channel",
        "metric",
        "storefront_oid",
        "subject",
        "ts",
        "type",
        "uuid",
    }
)

_KNOWN_ADJUST_INTERNAL_CERTIFICATE_REQUEST: Final = frozenset(
    {
        "adjustment_amount",
        "description",
        "entry_dts",
        "expiration_days",
        "order_id",
        "vesting_days",
    }
)

_KNOWN_ADJUST_INTERNAL_CERTIFICATE_RESPONSE: Final = frozenset(
    {
        "adjustment_amount",
        "balance_amount",
        "error",
        "metadata",
        "success",
        "warning",
    }
)

_KNOWN_ADJUST_LOYALTY_POINTS_REQUEST: Final = frozenset(
    {
        "description",
        "loyalty_points",
        "order_id",
        "vesting_days",
    }
)

_KNOWN_ADJUST_LOYALTY_POINTS_RESPONSE: Final = frozenset(
    {
        "current_points",
        "error",
        "loyalty_points",
        "metadata",
        "pending_points",
        "success",
        "warning",
    }
)

_KNOWN_CHANNEL_PARTNER: Final = frozenset(
    {
        "channel_partner_oid",
        "code",
        "communication_method",
        "dont_hold_shipment",
        "inactive",
        "merchant_id",
        "name",
        "skip_customer_emails",
    }
)

_KNOWN_COUNTRY: Final = frozenset({"iso_2_code", "name"})

_KNOWN_CUSTOMER: Final = frozenset(
    {
        "activity",
        "affiliate_oid",
        "allow_3rd_party_billing",
        "allow_cod",
        "allow_drop_shipping",
        "allow_purchase_order",
        "allow_quote_request",
        "allow_selection_of_address_type",
        "attachments",
        "auto_approve_cod",
        "auto_approve_purchase_order",
        "automatic_merchant_notes",
        "billing",
        "birth_date",
        "business_notes",
        "cards",
        "cc_emails",
        "customer_profile_oid",
        "dhl_account_number",
        "dhl_duty_account_number",
        "do_not_send_mail",
        "edi",
        "email",
        "exempt_shipping_handling_charge",
        "fax",
        "fedex_account_number",
        "free_shipping",
        "free_shipping_minimum",
        "last_modified_by",
        "last_modified_dts",
        "loyalty",
        "maximum_item_count",
        "merchant_id",
        "minimum_item_count",
        "minimum_subtotal",
        "no_coupons",
        "no_free_shipping",
        "no_realtime_charge",
        "orders",
        "orders_summary",
        "password",
        "pricing_tiers",
        "privacy",
        "properties",
        "qb_class",
        "qb_code",
        "qb_tax_exemption_reason_code",
        "quickbooks_online_customer_id",
        "quotes",
        "quotes_summary",
        "referral_source",
        "reviewer",
        "sales_rep_code",
        "send_signup_notification",
        "shipping",
        "signup_dts",
        "software_entitlements",
        "suppress_buysafe",
        "tags",
        "tax_codes",
        "tax_exempt",
        "tax_id",
        "terms",
        "track_separately",
        "unapproved",
        "ups_account_number",
        "website_url",
    }
)

_KNOWN_CUSTOMER_ACTIVITY: Final = frozenset(
    {
        "active",
        "activities",
        "global_unsubscribed",
        "global_unsubscribed_dts",
        "last_activity_dts",
        "memberships",
        "metrics",
        "properties_list",
        "sms",
        "sms_stop",
        "spam_complaint",
        "spam_complaint_dts",
    }
)

_KNOWN_CUSTOMER_AFFILIATE: Final = frozenset({"affiliate_oid", "email", "first_name", "last_name"})

_KNOWN_CUSTOMER_ATTACHMENT: Final = frozenset(
    {
        "customer_profile_attachment_oid",
        "description",
        "file_name",
        "mime_type",
        "upload_dts",
    }
)

_KNOWN_CUSTOMER_BILLING: Final = frozenset(
    {
        "address1",
        "address2",
        "city",
        "company",
        "country_code",
        "customer_billing_oid",
        "customer_profile_oid",
        "day_phone",
        "day_phone_e164",
        "default_billing",
        "evening_phone",
        "evening_phone_e164",
        "first_name",
        "last_name",
        "last_used_dts",
        "postal_code",
        "state_region",
        "tax_county",
        "title",
    }
)

_KNOWN_CUSTOMER_CARD: Final = frozenset(
    {
        "card_expiration_month",
        "card_expiration_year",
        "card_number",
        "card_number_token",
        "card_type",
        "customer_profile_credit_card_id",
        "customer_profile_oid",
        "last_used_dts",
    }
)

_KNOWN_CUSTOMER_EDI: Final = frozenset(
    {
        "channel_partner_oid",
        "distribution_center_number",
        "store_number",
    }
)

_KNOWN_CUSTOMER_EDITOR_VALUES: Final = frozenset(
    {
        "affiliates",
        "card_exp_months",
        "card_exp_years",
        "card_types",
        "countries",
        "edi_channel_partners",
        "loyalty_ledger_descriptions",
        "loyalty_program_type",
        "qb_classes",
        "sales_rep_codes",
        "state_optional_countries",
        "terms",
    }
)

_KNOWN_CUSTOMER_EMAIL: Final = frozenset(
    {
        "customer_profile_email_oid",
        "email",
        "label",
        "receipt_notification",
        "refund_notification",
        "shipment_notification",
    }
)

_KNOWN_CUSTOMER_EMAIL_LIST_CHANGES: Final = frozenset({"add_to_lists", "remove_from_lists"})

_KNOWN_CUSTOMER_EMAIL_SUPPRESSION_REQUEST: Final = frozenset(
    {
        "clear_bounce",
        "clear_global_unsubscribe",
        "clear_spam_complaint",
        "consent_source",
        "reason",
    }
)

_KNOWN_CUSTOMER_EMAIL_SUPPRESSION_RESPONSE: Final = frozenset(
    {
        "email_suppression",
        "error",
        "metadata",
        "success",
        "warning",
    }
)

_KNOWN_CUSTOMER_EMAIL_SUPPRESSION_RESULT: Final = frozenset(
    {
        "bounce_cleared",
        "customer_profile_oid",
        "email",
        "esp_suppression_removed",
        "esp_warning",
        "global_unsubscribe_cleared",
        "global_unsubscribed",
        "global_unsubscribed_dts",
        "spam_complaint",
        "spam_complaint_cleared",
        "spam_complaint_dts",
        "suppression_surfaces",
    }
)

_KNOWN_CUSTOMER_LOYALTY: Final = frozenset(
    {
        "current_points",
        "internal_gift_certificate",
        "internal_gift_certificate_balance",
        "internal_gift_certificate_oid",
        "ledger_entries",
        "loyalty_tier_expiration_dts",
        "loyalty_tier_name",
        "loyalty_tier_oid",
        "pending_points",
        "redemptions",
    }
)

_KNOWN_CUSTOMER_LOYALTY_LEDGER: Final = frozenset(
    {
        "created_by",
        "created_dts",
        "description",
        "email",
        "item_id",
        "item_index",
        "ledger_dts",
        "loyalty_campaign_oid",
        "loyalty_ledger_oid",
        "loyalty_points",
        "modified_by",
        "modified_dts",
        "order_id",
        "quantity",
        "vesting_dts",
    }
)

_KNOWN_CUSTOMER_LOYALTY_REDEMPTION: Final = frozenset(
    {
        "coupon_code",
        "coupon_code_oid",
        "coupon_used",
        "description_for_customer",
        "expiration_dts",
        "gift_certificate_code",
        "gift_certificate_oid",
        "loyalty_ledger_oid",
        "loyalty_points",
        "loyalty_redemption_oid",
        "order_id",
        "redemption_dts",
        "remaining_balance",
    }
)

_KNOWN_CUSTOMER_LOYALTY_RESPONSE: Final = frozenset(
    {
        "customer_loyalty",
        "error",
        "metadata",
        "success",
        "warning",
    }
)

_KNOWN_CUSTOMER_MAGIC_LINK_RESPONSE: Final = frozenset(
    {
        "error",
        "metadata",
        "success",
        "url",
        "warning",
    }
)

_KNOWN_CUSTOMER_MERGE_REQUEST: Final = frozenset({"customer_profile_oid", "email"})

_KNOWN_CUSTOMER_ORDERS_SUMMARY: Final = frozenset(
    {
        "first_order_dts",
        "last_order_dts",
        "order_count",
        "total",
    }
)

_KNOWN_CUSTOMER_PRICING_TIER: Final = frozenset({"name", "pricing_tier_oid"})

_KNOWN_CUSTOMER_PRIVACY: Final = frozenset(
    {
        "last_update_dts",
        "marketing",
        "preference",
        "statistics",
    }
)

_KNOWN_CUSTOMER_PROPERTY: Final = frozenset(
    {
        "customer_profile_property_oid",
        "expiration_dts",
        "name",
        "value",
    }
)

_KNOWN_CUSTOMER_QUERY: Final = frozenset(
    {
        "all_tags",
        "any_tags",
        "billing_city",
        "billing_company",
        "billing_country_code",
        "billing_day_phone",
        "billing_evening_phone",
        "billing_first_name",
        "billing_last_name",
        "billing_postal_code",
        "billing_state",
        "email",
        "emails",
        "last_modified_dts_end",
        "last_modified_dts_start",
        "pricing_tier_name",
        "pricing_tier_oid",
        "qb_class",
        "query_target",
        "quickbooks_code",
        "shipping_city",
        "shipping_company",
        "shipping_country_code",
        "shipping_day_phone",
        "shipping_evening_phone",
        "shipping_first_name",
        "shipping_last_name",
        "shipping_postal_code",
        "shipping_state",
        "signup_dts_end",
        "signup_dts_start",
    }
)

_KNOWN_CUSTOMER_QUOTES_SUMMARY: Final = frozenset(
    {
        "first_quote_dts",
        "last_quote_dts",
        "quote_count",
        "total",
    }
)

_KNOWN_CUSTOMER_RESPONSE: Final = frozenset({"customer", "error", "metadata", "success", "warning"})

_KNOWN_CUSTOMER_REVIEWER: Final = frozenset(
    {
        "auto_approve",
        "average_overall_rating",
        "expert",
        "first_review",
        "last_review",
        "location",
        "nickname",
        "number_helpful_review_votes",
        "rank",
        "reviews_contributed",
    }
)

_KNOWN_CUSTOMER_SHIPPING: Final = frozenset(
    {
        "address1",
        "address2",
        "city",
        "company",
        "country_code",
        "customer_profile_oid",
        "customer_shipping_oid",
        "day_phone",
        "day_phone_e164",
        "default_shipping",
        "evening_phone",
        "evening_phone_e164",
        "first_name",
        "last_name",
        "last_used_dts",
        "postal_code",
        "state_region",
        "tax_county",
        "title",
    }
)

_KNOWN_CUSTOMER_SOFTWARE_ENTITLEMENT: Final = frozenset(
    {
        "activation_code",
        "activation_dts",
        "customer_software_entitlement_oid",
        "expiration_dts",
        "purchased_via_item_description",
        "purchased_via_item_id",
        "purchased_via_order_id",
        "software_sku",
    }
)

_KNOWN_CUSTOMER_STORE_CREDIT: Final = frozenset(
    {
        "available",
        "expiring",
        "future_ledgers",
        "past_ledgers",
        "total",
        "vesting",
    }
)

_KNOWN_CUSTOMER_STORE_CREDIT_ADD_REQUEST: Final = frozenset(
    {
        "amount",
        "description",
        "expiration_days",
        "vesting_days",
    }
)

_KNOWN_CUSTOMER_STORE_CREDIT_LEDGER_ENTRY: Final = frozenset(
    {
        "action",
        "amount",
        "description",
        "entry_dts",
        "gift_certificate_ledger_oid",
        "gift_certificate_oid",
        "reference_order_id",
    }
)

_KNOWN_CUSTOMER_STORE_CREDIT_RESPONSE: Final = frozenset(
    {
        "customer_store_credit",
        "error",
        "metadata",
        "success",
        "warning",
    }
)

_KNOWN_CUSTOMER_TAG: Final = frozenset({"tag_value"})

_KNOWN_CUSTOMER_TAX_CODES: Final = frozenset(
    {
        "avalara_customer_code",
        "avalara_entity_use_code",
        "sovos_customer_code",
        "taxjar_customer_id",
        "taxjar_exemption_type",
    }
)

_KNOWN_CUSTOMER_WISH_LIST_ITEM: Final = frozenset(
    {
        "add_dts",
        "comments",
        "customer_profile_oid",
        "customer_wishlist_item_oid",
        "merchant_item_oid",
        "position",
        "priority",
    }
)

_KNOWN_CUSTOMER_WISH_LIST_ITEM_RESPONSE: Final = frozenset(
    {
        "error",
        "metadata",
        "success",
        "warning",
        "wishlist_item",
    }
)

_KNOWN_CUSTOMER_WISH_LIST_ITEMS_RESPONSE: Final = frozenset(
    {
        "error",
        "metadata",
        "success",
        "warning",
        "wishlist_items",
    }
)

_KNOWN_CUSTOMERS_RESPONSE: Final = frozenset(
    {
        "customers",
        "error",
        "metadata",
        "success",
        "warning",
    }
)

_KNOWN_DATA_TABLES_SERVER_SIDE_RESPONSE: Final = frozenset(
    {
        "data",
        "draw",
        "recordsFiltered",
        "recordsTotal",
    }
)

_KNOWN_EMAIL_LIST: Final = frozenset(
    {
        "allow_csv_download",
        "created_dts",
        "deleted",
        "email_list_uuid",
        "esp_list_segment_folder_uuid",
        "member_count",
        "merchant_id",
        "name",
        "public_description",
        "public_list",
        "storefront_oid",
        "used_by",
    }
)

_KNOWN_EMAIL_LIST_SEGMENT_USED_BY: Final = frozenset(
    {
        "email_campaign_uuid",
        "email_flow_uuid",
        "name",
    }
)

_KNOWN_EMAIL_LISTS_RESPONSE: Final = frozenset({"error", "lists", "metadata", "success", "warning"})

_KNOWN_EMAIL_SUPPRESSION_SURFACES: Final = frozenset(
    {
        "central_ses_suppression",
        "esp_customer_flags",
        "ses_account_suppression",
    }
)

_KNOWN_EMAIL_VERIFY_TOKEN_REQUEST: Final = frozenset({"email", "password"})

_KNOWN_EMAIL_VERIFY_TOKEN_RESPONSE: Final = frozenset(
    {
        "error",
        "metadata",
        "success",
        "token",
        "warning",
    }
)

_KNOWN_EMAIL_VERIFY_TOKEN_VALIDATE_REQUEST: Final = frozenset({"token"})

_KNOWN_EMAIL_VERIFY_TOKEN_VALIDATE_RESPONSE: Final = frozenset(
    {
        "error",
        "metadata",
        "success",
        "warning",
    }
)

_KNOWN_GIFT_CERTIFICATE: Final = frozenset(
    {
        "activated",
        "code",
        "customer_profile_oid",
        "deleted",
        "email",
        "expiration_dts",
        "gift_certificate_oid",
        "internal",
        "ledger_entries",
        "merchant_id",
        "merchant_note",
        "original_balance",
        "reference_order_id",
        "remaining_balance",
    }
)

_KNOWN_GIFT_CERTIFICATE_LEDGER_ENTRY: Final = frozenset(
    {
        "amount",
        "description",
        "entry_dts",
        "gift_certificate_ledger_oid",
        "gift_certificate_oid",
        "reference_order_id",
    }
)

_KNOWN_KEY_VALUE: Final = frozenset({"description", "key", "value"})

_KNOWN_LIST_SEGMENT_MEMBERSHIP: Final = frozenset({"name", "type", "uuid"})

_KNOWN_LOOKUP_REQUEST: Final = frozenset(
    {
        "category",
        "matches",
        "max_hits",
        "storefront_host_name",
        "storefront_oid",
        "subcategory",
    }
)

_KNOWN_LOOKUP_RESPONSE: Final = frozenset({"error", "metadata", "success", "values", "warning"})

_KNOWN_METRIC: Final = frozenset(
    {
        "all_time",
        "all_time_formatted",
        "last_30",
        "last_30_formatted",
        "name",
        "prior_30",
        "prior_30_formatted",
        "type",
    }
)

_KNOWN_QUICK_BOOKS_ONLINE_CUSTOMER: Final = frozenset({"customer_id", "display_name", "email"})

_KNOWN_QUICK_BOOKS_ONLINE_CUSTOMERS_RESPONSE: Final = frozenset(
    {
        "error",
        "metadata",
        "quickbooks_online_customers",
        "success",
        "warning",
    }
)


def structure_activity(o: Any) -> Activity:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: Activity = new_object(Activity)
    g = o.get
    n = 0
    v = g("action")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.action = v
    v = g("channel")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.channel = v
    v = g("metric")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.metric = v
    v = g("storefront_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.storefront_oid = v
    v = g("subject")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.subject = v
    v = g("ts")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.ts = v
    v = g("type")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.type = v
    v = g("uuid")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.uuid = v
    if len(o) + n == 8 or _KNOWN_ACTIVITY.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ACTIVITY)
    self._wire_timestamps = None
    return self


def unstructure_activity(obj: Activity) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.action
    if v is not None:
        out["action"] = v
    v = obj.channel
    if v is not None:
        out["channel"] = v
    v = obj.metric
    if v is not None:
        out["metric"] = v
    v = obj.storefront_oid
    if v is not None:
        out["storefront_oid"] = v
    v = obj.subject
    if v is not None:
        out["subject"] = v
    v = obj.ts
    if v is not None:
        out["ts"] = v
    v = obj.type
    if v is not None:
        out["type"] = v
    v = obj.uuid
    if v is not None:
        out["uuid"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_adjust_internal_certificate_request(o: Any) -> AdjustInternalCertificateRequest:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: AdjustInternalCertificateRequest = new_object(AdjustInternalCertificateRequest)
    g = o.get
    ts: dict[str, str] | None = None
    n = 0
    v = g("adjustment_amount")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.adjustment_amount = v
    v = g("description")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.description = v
    v = g("entry_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["entry_dts"] = v
        v = p
    self.entry_dts = v
    v = g("expiration_days")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.expiration_days = v
    v = g("order_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.order_id = v
    v = g("vesting_days")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.vesting_days = v
    if len(o) + n == 6 or _KNOWN_ADJUST_INTERNAL_CERTIFICATE_REQUEST.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ADJUST_INTERNAL_CERTIFICATE_REQUEST)
    self._wire_timestamps = ts
    return self


def unstructure_adjust_internal_certificate_request(
    obj: AdjustInternalCertificateRequest,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.adjustment_amount
    if v is not None:
        out["adjustment_amount"] = v
    v = obj.description
    if v is not None:
        out["description"] = v
    v = obj.entry_dts
    if v is not None:
        out["entry_dts"] = timestamp_out(stamps, "entry_dts", v)
    v = obj.expiration_days
    if v is not None:
        out["expiration_days"] = v
    v = obj.order_id
    if v is not None:
        out["order_id"] = v
    v = obj.vesting_days
    if v is not None:
        out["vesting_days"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_adjust_internal_certificate_response(o: Any) -> AdjustInternalCertificateResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: AdjustInternalCertificateResponse = new_object(AdjustInternalCertificateResponse)
    g = o.get
    n = 0
    v = g("adjustment_amount")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.adjustment_amount = v
    v = g("balance_amount")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.balance_amount = v
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
    if len(o) + n == 6 or _KNOWN_ADJUST_INTERNAL_CERTIFICATE_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ADJUST_INTERNAL_CERTIFICATE_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_adjust_internal_certificate_response(
    obj: AdjustInternalCertificateResponse,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.adjustment_amount
    if v is not None:
        out["adjustment_amount"] = v
    v = obj.balance_amount
    if v is not None:
        out["balance_amount"] = v
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


def structure_adjust_loyalty_points_request(o: Any) -> AdjustLoyaltyPointsRequest:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: AdjustLoyaltyPointsRequest = new_object(AdjustLoyaltyPointsRequest)
    g = o.get
    n = 0
    v = g("description")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.description = v
    v = g("loyalty_points")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.loyalty_points = v
    v = g("order_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.order_id = v
    v = g("vesting_days")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.vesting_days = v
    if len(o) + n == 4 or _KNOWN_ADJUST_LOYALTY_POINTS_REQUEST.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ADJUST_LOYALTY_POINTS_REQUEST)
    self._wire_timestamps = None
    return self


def unstructure_adjust_loyalty_points_request(obj: AdjustLoyaltyPointsRequest) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.description
    if v is not None:
        out["description"] = v
    v = obj.loyalty_points
    if v is not None:
        out["loyalty_points"] = v
    v = obj.order_id
    if v is not None:
        out["order_id"] = v
    v = obj.vesting_days
    if v is not None:
        out["vesting_days"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_adjust_loyalty_points_response(o: Any) -> AdjustLoyaltyPointsResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: AdjustLoyaltyPointsResponse = new_object(AdjustLoyaltyPointsResponse)
    g = o.get
    n = 0
    v = g("current_points")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.current_points = v
    v = g("error")
    if v is None:
        n += 1
    else:
        v = structure_error(v)
    self.error = v
    v = g("loyalty_points")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.loyalty_points = v
    v = g("metadata")
    if v is None:
        n += 1
    else:
        v = structure_response_metadata(v)
    self.metadata = v
    v = g("pending_points")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.pending_points = v
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
    if len(o) + n == 7 or _KNOWN_ADJUST_LOYALTY_POINTS_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_ADJUST_LOYALTY_POINTS_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_adjust_loyalty_points_response(obj: AdjustLoyaltyPointsResponse) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.current_points
    if v is not None:
        out["current_points"] = v
    v = obj.error
    if v is not None:
        out["error"] = unstructure(v)
    v = obj.loyalty_points
    if v is not None:
        out["loyalty_points"] = v
    v = obj.metadata
    if v is not None:
        out["metadata"] = unstructure(v)
    v = obj.pending_points
    if v is not None:
        out["pending_points"] = v
    v = obj.success
    if v is not None:
        out["success"] = v
    v = obj.warning
    if v is not None:
        out["warning"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_channel_partner(o: Any) -> ChannelPartner:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: ChannelPartner = new_object(ChannelPartner)
    g = o.get
    n = 0
    v = g("channel_partner_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.channel_partner_oid = v
    v = g("code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.code = v
    v = g("communication_method")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.communication_method = v
    v = g("dont_hold_shipment")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.dont_hold_shipment = v
    v = g("inactive")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.inactive = v
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
    v = g("skip_customer_emails")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.skip_customer_emails = v
    if len(o) + n == 8 or _KNOWN_CHANNEL_PARTNER.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CHANNEL_PARTNER)
    self._wire_timestamps = None
    return self


def unstructure_channel_partner(obj: ChannelPartner) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.channel_partner_oid
    if v is not None:
        out["channel_partner_oid"] = v
    v = obj.code
    if v is not None:
        out["code"] = v
    v = obj.communication_method
    if v is not None:
        out["communication_method"] = v
    v = obj.dont_hold_shipment
    if v is not None:
        out["dont_hold_shipment"] = v
    v = obj.inactive
    if v is not None:
        out["inactive"] = v
    v = obj.merchant_id
    if v is not None:
        out["merchant_id"] = v
    v = obj.name
    if v is not None:
        out["name"] = v
    v = obj.skip_customer_emails
    if v is not None:
        out["skip_customer_emails"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_country(o: Any) -> Country:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: Country = new_object(Country)
    g = o.get
    n = 0
    v = g("iso_2_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.iso_2_code = v
    v = g("name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.name = v
    if len(o) + n == 2 or _KNOWN_COUNTRY.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_COUNTRY)
    self._wire_timestamps = None
    return self


def unstructure_country(obj: Country) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.iso_2_code
    if v is not None:
        out["iso_2_code"] = v
    v = obj.name
    if v is not None:
        out["name"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer(o: Any) -> Customer:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: Customer = new_object(Customer)
    g = o.get
    ts: dict[str, str] | None = None
    r: list[Any]
    n = 0
    v = g("activity")
    if v is None:
        n += 1
    else:
        v = structure_customer_activity(v)
    self.activity = v
    v = g("affiliate_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.affiliate_oid = v
    v = g("allow_3rd_party_billing")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.allow_3rd_party_billing = v
    v = g("allow_cod")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.allow_cod = v
    v = g("allow_drop_shipping")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.allow_drop_shipping = v
    v = g("allow_purchase_order")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.allow_purchase_order = v
    v = g("allow_quote_request")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.allow_quote_request = v
    v = g("allow_selection_of_address_type")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.allow_selection_of_address_type = v
    v = g("attachments")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_customer_attachment(x))
        v = r
    self.attachments = v
    v = g("auto_approve_cod")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.auto_approve_cod = v
    v = g("auto_approve_purchase_order")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.auto_approve_purchase_order = v
    v = g("automatic_merchant_notes")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.automatic_merchant_notes = v
    v = g("billing")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_customer_billing(x))
        v = r
    self.billing = v
    v = g("birth_date")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["birth_date"] = v
        v = p
    self.birth_date = v
    v = g("business_notes")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.business_notes = v
    v = g("cards")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_customer_card(x))
        v = r
    self.cards = v
    v = g("cc_emails")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_customer_email(x))
        v = r
    self.cc_emails = v
    v = g("customer_profile_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.customer_profile_oid = v
    v = g("dhl_account_number")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.dhl_account_number = v
    v = g("dhl_duty_account_number")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.dhl_duty_account_number = v
    v = g("do_not_send_mail")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.do_not_send_mail = v
    v = g("edi")
    if v is None:
        n += 1
    else:
        v = structure_customer_edi(v)
    self.edi = v
    v = g("email")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.email = v
    v = g("exempt_shipping_handling_charge")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.exempt_shipping_handling_charge = v
    v = g("fax")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.fax = v
    v = g("fedex_account_number")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.fedex_account_number = v
    v = g("free_shipping")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.free_shipping = v
    v = g("free_shipping_minimum")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.free_shipping_minimum = v
    v = g("last_modified_by")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.last_modified_by = v
    v = g("last_modified_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["last_modified_dts"] = v
        v = p
    self.last_modified_dts = v
    v = g("loyalty")
    if v is None:
        n += 1
    else:
        v = structure_customer_loyalty(v)
    self.loyalty = v
    v = g("maximum_item_count")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.maximum_item_count = v
    v = g("merchant_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.merchant_id = v
    v = g("minimum_item_count")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.minimum_item_count = v
    v = g("minimum_subtotal")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.minimum_subtotal = v
    v = g("no_coupons")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.no_coupons = v
    v = g("no_free_shipping")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.no_free_shipping = v
    v = g("no_realtime_charge")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.no_realtime_charge = v
    v = g("orders")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_order(x))
        v = r
    self.orders = v
    v = g("orders_summary")
    if v is None:
        n += 1
    else:
        v = structure_customer_orders_summary(v)
    self.orders_summary = v
    v = g("password")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.password = v
    v = g("pricing_tiers")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_customer_pricing_tier(x))
        v = r
    self.pricing_tiers = v
    v = g("privacy")
    if v is None:
        n += 1
    else:
        v = structure_customer_privacy(v)
    self.privacy = v
    v = g("properties")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_customer_property(x))
        v = r
    self.properties = v
    v = g("qb_class")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.qb_class = v
    v = g("qb_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.qb_code = v
    v = g("qb_tax_exemption_reason_code")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.qb_tax_exemption_reason_code = v
    v = g("quickbooks_online_customer_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.quickbooks_online_customer_id = v
    v = g("quotes")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_order(x))
        v = r
    self.quotes = v
    v = g("quotes_summary")
    if v is None:
        n += 1
    else:
        v = structure_customer_quotes_summary(v)
    self.quotes_summary = v
    v = g("referral_source")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.referral_source = v
    v = g("reviewer")
    if v is None:
        n += 1
    else:
        v = structure_customer_reviewer(v)
    self.reviewer = v
    v = g("sales_rep_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.sales_rep_code = v
    v = g("send_signup_notification")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.send_signup_notification = v
    v = g("shipping")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_customer_shipping(x))
        v = r
    self.shipping = v
    v = g("signup_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["signup_dts"] = v
        v = p
    self.signup_dts = v
    v = g("software_entitlements")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_customer_software_entitlement(x))
        v = r
    self.software_entitlements = v
    v = g("suppress_buysafe")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.suppress_buysafe = v
    v = g("tags")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_customer_tag(x))
        v = r
    self.tags = v
    v = g("tax_codes")
    if v is None:
        n += 1
    else:
        v = structure_customer_tax_codes(v)
    self.tax_codes = v
    v = g("tax_exempt")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.tax_exempt = v
    v = g("tax_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.tax_id = v
    v = g("terms")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.terms = v
    v = g("track_separately")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.track_separately = v
    v = g("unapproved")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.unapproved = v
    v = g("ups_account_number")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.ups_account_number = v
    v = g("website_url")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.website_url = v
    if len(o) + n == 67 or _KNOWN_CUSTOMER.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER)
    self._wire_timestamps = ts
    return self


def unstructure_customer(obj: Customer) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.activity
    if v is not None:
        out["activity"] = unstructure(v)
    v = obj.affiliate_oid
    if v is not None:
        out["affiliate_oid"] = v
    v = obj.allow_3rd_party_billing
    if v is not None:
        out["allow_3rd_party_billing"] = v
    v = obj.allow_cod
    if v is not None:
        out["allow_cod"] = v
    v = obj.allow_drop_shipping
    if v is not None:
        out["allow_drop_shipping"] = v
    v = obj.allow_purchase_order
    if v is not None:
        out["allow_purchase_order"] = v
    v = obj.allow_quote_request
    if v is not None:
        out["allow_quote_request"] = v
    v = obj.allow_selection_of_address_type
    if v is not None:
        out["allow_selection_of_address_type"] = v
    v = obj.attachments
    if v is not None:
        out["attachments"] = [unstructure(x) for x in v]
    v = obj.auto_approve_cod
    if v is not None:
        out["auto_approve_cod"] = v
    v = obj.auto_approve_purchase_order
    if v is not None:
        out["auto_approve_purchase_order"] = v
    v = obj.automatic_merchant_notes
    if v is not None:
        out["automatic_merchant_notes"] = v
    v = obj.billing
    if v is not None:
        out["billing"] = [unstructure(x) for x in v]
    v = obj.birth_date
    if v is not None:
        out["birth_date"] = timestamp_out(stamps, "birth_date", v)
    v = obj.business_notes
    if v is not None:
        out["business_notes"] = v
    v = obj.cards
    if v is not None:
        out["cards"] = [unstructure(x) for x in v]
    v = obj.cc_emails
    if v is not None:
        out["cc_emails"] = [unstructure(x) for x in v]
    v = obj.customer_profile_oid
    if v is not None:
        out["customer_profile_oid"] = v
    v = obj.dhl_account_number
    if v is not None:
        out["dhl_account_number"] = v
    v = obj.dhl_duty_account_number
    if v is not None:
        out["dhl_duty_account_number"] = v
    v = obj.do_not_send_mail
    if v is not None:
        out["do_not_send_mail"] = v
    v = obj.edi
    if v is not None:
        out["edi"] = unstructure(v)
    v = obj.email
    if v is not None:
        out["email"] = v
    v = obj.exempt_shipping_handling_charge
    if v is not None:
        out["exempt_shipping_handling_charge"] = v
    v = obj.fax
    if v is not None:
        out["fax"] = v
    v = obj.fedex_account_number
    if v is not None:
        out["fedex_account_number"] = v
    v = obj.free_shipping
    if v is not None:
        out["free_shipping"] = v
    v = obj.free_shipping_minimum
    if v is not None:
        out["free_shipping_minimum"] = v
    v = obj.last_modified_by
    if v is not None:
        out["last_modified_by"] = v
    v = obj.last_modified_dts
    if v is not None:
        out["last_modified_dts"] = timestamp_out(stamps, "last_modified_dts", v)
    v = obj.loyalty
    if v is not None:
        out["loyalty"] = unstructure(v)
    v = obj.maximum_item_count
    if v is not None:
        out["maximum_item_count"] = v
    v = obj.merchant_id
    if v is not None:
        out["merchant_id"] = v
    v = obj.minimum_item_count
    if v is not None:
        out["minimum_item_count"] = v
    v = obj.minimum_subtotal
    if v is not None:
        out["minimum_subtotal"] = v
    v = obj.no_coupons
    if v is not None:
        out["no_coupons"] = v
    v = obj.no_free_shipping
    if v is not None:
        out["no_free_shipping"] = v
    v = obj.no_realtime_charge
    if v is not None:
        out["no_realtime_charge"] = v
    v = obj.orders
    if v is not None:
        out["orders"] = [unstructure(x) for x in v]
    v = obj.orders_summary
    if v is not None:
        out["orders_summary"] = unstructure(v)
    v = obj.password
    if v is not None:
        out["password"] = v
    v = obj.pricing_tiers
    if v is not None:
        out["pricing_tiers"] = [unstructure(x) for x in v]
    v = obj.privacy
    if v is not None:
        out["privacy"] = unstructure(v)
    v = obj.properties
    if v is not None:
        out["properties"] = [unstructure(x) for x in v]
    v = obj.qb_class
    if v is not None:
        out["qb_class"] = v
    v = obj.qb_code
    if v is not None:
        out["qb_code"] = v
    v = obj.qb_tax_exemption_reason_code
    if v is not None:
        out["qb_tax_exemption_reason_code"] = v
    v = obj.quickbooks_online_customer_id
    if v is not None:
        out["quickbooks_online_customer_id"] = v
    v = obj.quotes
    if v is not None:
        out["quotes"] = [unstructure(x) for x in v]
    v = obj.quotes_summary
    if v is not None:
        out["quotes_summary"] = unstructure(v)
    v = obj.referral_source
    if v is not None:
        out["referral_source"] = v
    v = obj.reviewer
    if v is not None:
        out["reviewer"] = unstructure(v)
    v = obj.sales_rep_code
    if v is not None:
        out["sales_rep_code"] = v
    v = obj.send_signup_notification
    if v is not None:
        out["send_signup_notification"] = v
    v = obj.shipping
    if v is not None:
        out["shipping"] = [unstructure(x) for x in v]
    v = obj.signup_dts
    if v is not None:
        out["signup_dts"] = timestamp_out(stamps, "signup_dts", v)
    v = obj.software_entitlements
    if v is not None:
        out["software_entitlements"] = [unstructure(x) for x in v]
    v = obj.suppress_buysafe
    if v is not None:
        out["suppress_buysafe"] = v
    v = obj.tags
    if v is not None:
        out["tags"] = [unstructure(x) for x in v]
    v = obj.tax_codes
    if v is not None:
        out["tax_codes"] = unstructure(v)
    v = obj.tax_exempt
    if v is not None:
        out["tax_exempt"] = v
    v = obj.tax_id
    if v is not None:
        out["tax_id"] = v
    v = obj.terms
    if v is not None:
        out["terms"] = v
    v = obj.track_separately
    if v is not None:
        out["track_separately"] = v
    v = obj.unapproved
    if v is not None:
        out["unapproved"] = v
    v = obj.ups_account_number
    if v is not None:
        out["ups_account_number"] = v
    v = obj.website_url
    if v is not None:
        out["website_url"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_activity(o: Any) -> CustomerActivity:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerActivity = new_object(CustomerActivity)
    g = o.get
    ts: dict[str, str] | None = None
    r: list[Any]
    n = 0
    v = g("active")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.active = v
    v = g("activities")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_activity(x))
        v = r
    self.activities = v
    v = g("global_unsubscribed")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.global_unsubscribed = v
    v = g("global_unsubscribed_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["global_unsubscribed_dts"] = v
        v = p
    self.global_unsubscribed_dts = v
    v = g("last_activity_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["last_activity_dts"] = v
        v = p
    self.last_activity_dts = v
    v = g("memberships")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_list_segment_membership(x))
        v = r
    self.memberships = v
    v = g("metrics")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_metric(x))
        v = r
    self.metrics = v
    v = g("properties_list")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_property(x))
        v = r
    self.properties_list = v
    v = g("sms")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.sms = v
    v = g("sms_stop")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.sms_stop = v
    v = g("spam_complaint")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.spam_complaint = v
    v = g("spam_complaint_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["spam_complaint_dts"] = v
        v = p
    self.spam_complaint_dts = v
    if len(o) + n == 12 or _KNOWN_CUSTOMER_ACTIVITY.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_ACTIVITY)
    self._wire_timestamps = ts
    return self


def unstructure_customer_activity(obj: CustomerActivity) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.active
    if v is not None:
        out["active"] = v
    v = obj.activities
    if v is not None:
        out["activities"] = [unstructure(x) for x in v]
    v = obj.global_unsubscribed
    if v is not None:
        out["global_unsubscribed"] = v
    v = obj.global_unsubscribed_dts
    if v is not None:
        out["global_unsubscribed_dts"] = timestamp_out(stamps, "global_unsubscribed_dts", v)
    v = obj.last_activity_dts
    if v is not None:
        out["last_activity_dts"] = timestamp_out(stamps, "last_activity_dts", v)
    v = obj.memberships
    if v is not None:
        out["memberships"] = [unstructure(x) for x in v]
    v = obj.metrics
    if v is not None:
        out["metrics"] = [unstructure(x) for x in v]
    v = obj.properties_list
    if v is not None:
        out["properties_list"] = [unstructure(x) for x in v]
    v = obj.sms
    if v is not None:
        out["sms"] = v
    v = obj.sms_stop
    if v is not None:
        out["sms_stop"] = v
    v = obj.spam_complaint
    if v is not None:
        out["spam_complaint"] = v
    v = obj.spam_complaint_dts
    if v is not None:
        out["spam_complaint_dts"] = timestamp_out(stamps, "spam_complaint_dts", v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_affiliate(o: Any) -> CustomerAffiliate:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerAffiliate = new_object(CustomerAffiliate)
    g = o.get
    n = 0
    v = g("affiliate_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.affiliate_oid = v
    v = g("email")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.email = v
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
    if len(o) + n == 4 or _KNOWN_CUSTOMER_AFFILIATE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_AFFILIATE)
    self._wire_timestamps = None
    return self


def unstructure_customer_affiliate(obj: CustomerAffiliate) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.affiliate_oid
    if v is not None:
        out["affiliate_oid"] = v
    v = obj.email
    if v is not None:
        out["email"] = v
    v = obj.first_name
    if v is not None:
        out["first_name"] = v
    v = obj.last_name
    if v is not None:
        out["last_name"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_attachment(o: Any) -> CustomerAttachment:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerAttachment = new_object(CustomerAttachment)
    g = o.get
    ts: dict[str, str] | None = None
    n = 0
    v = g("customer_profile_attachment_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.customer_profile_attachment_oid = v
    v = g("description")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.description = v
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
    v = g("upload_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["upload_dts"] = v
        v = p
    self.upload_dts = v
    if len(o) + n == 5 or _KNOWN_CUSTOMER_ATTACHMENT.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_ATTACHMENT)
    self._wire_timestamps = ts
    return self


def unstructure_customer_attachment(obj: CustomerAttachment) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.customer_profile_attachment_oid
    if v is not None:
        out["customer_profile_attachment_oid"] = v
    v = obj.description
    if v is not None:
        out["description"] = v
    v = obj.file_name
    if v is not None:
        out["file_name"] = v
    v = obj.mime_type
    if v is not None:
        out["mime_type"] = v
    v = obj.upload_dts
    if v is not None:
        out["upload_dts"] = timestamp_out(stamps, "upload_dts", v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_billing(o: Any) -> CustomerBilling:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerBilling = new_object(CustomerBilling)
    g = o.get
    ts: dict[str, str] | None = None
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
    v = g("customer_billing_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.customer_billing_oid = v
    v = g("customer_profile_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.customer_profile_oid = v
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
    v = g("default_billing")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.default_billing = v
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
    v = g("last_used_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["last_used_dts"] = v
        v = p
    self.last_used_dts = v
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
    v = g("tax_county")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.tax_county = v
    v = g("title")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.title = v
    if len(o) + n == 19 or _KNOWN_CUSTOMER_BILLING.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_BILLING)
    self._wire_timestamps = ts
    return self


def unstructure_customer_billing(obj: CustomerBilling) -> dict[str, Any]:
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
    v = obj.customer_billing_oid
    if v is not None:
        out["customer_billing_oid"] = v
    v = obj.customer_profile_oid
    if v is not None:
        out["customer_profile_oid"] = v
    v = obj.day_phone
    if v is not None:
        out["day_phone"] = v
    v = obj.day_phone_e164
    if v is not None:
        out["day_phone_e164"] = v
    v = obj.default_billing
    if v is not None:
        out["default_billing"] = v
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
    v = obj.last_used_dts
    if v is not None:
        out["last_used_dts"] = timestamp_out(stamps, "last_used_dts", v)
    v = obj.postal_code
    if v is not None:
        out["postal_code"] = v
    v = obj.state_region
    if v is not None:
        out["state_region"] = v
    v = obj.tax_county
    if v is not None:
        out["tax_county"] = v
    v = obj.title
    if v is not None:
        out["title"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_card(o: Any) -> CustomerCard:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerCard = new_object(CustomerCard)
    g = o.get
    ts: dict[str, str] | None = None
    n = 0
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
    v = g("card_type")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.card_type = v
    v = g("customer_profile_credit_card_id")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.customer_profile_credit_card_id = v
    v = g("customer_profile_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.customer_profile_oid = v
    v = g("last_used_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["last_used_dts"] = v
        v = p
    self.last_used_dts = v
    if len(o) + n == 8 or _KNOWN_CUSTOMER_CARD.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_CARD)
    self._wire_timestamps = ts
    return self


def unstructure_customer_card(obj: CustomerCard) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
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
    v = obj.card_type
    if v is not None:
        out["card_type"] = v
    v = obj.customer_profile_credit_card_id
    if v is not None:
        out["customer_profile_credit_card_id"] = v
    v = obj.customer_profile_oid
    if v is not None:
        out["customer_profile_oid"] = v
    v = obj.last_used_dts
    if v is not None:
        out["last_used_dts"] = timestamp_out(stamps, "last_used_dts", v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_edi(o: Any) -> CustomerEDI:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerEDI = new_object(CustomerEDI)
    g = o.get
    n = 0
    v = g("channel_partner_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.channel_partner_oid = v
    v = g("distribution_center_number")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.distribution_center_number = v
    v = g("store_number")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.store_number = v
    if len(o) + n == 3 or _KNOWN_CUSTOMER_EDI.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_EDI)
    self._wire_timestamps = None
    return self


def unstructure_customer_edi(obj: CustomerEDI) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.channel_partner_oid
    if v is not None:
        out["channel_partner_oid"] = v
    v = obj.distribution_center_number
    if v is not None:
        out["distribution_center_number"] = v
    v = obj.store_number
    if v is not None:
        out["store_number"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_editor_values(o: Any) -> CustomerEditorValues:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerEditorValues = new_object(CustomerEditorValues)
    g = o.get
    r: list[Any]
    n = 0
    v = g("affiliates")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_customer_affiliate(x))
        v = r
    self.affiliates = v
    v = g("card_exp_months")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        for x in v:
            if x.__class__ is not str:
                raise NotFast
        v = v.copy()
    self.card_exp_months = v
    v = g("card_exp_years")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        for x in v:
            if x.__class__ is not str:
                raise NotFast
        v = v.copy()
    self.card_exp_years = v
    v = g("card_types")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        for x in v:
            if x.__class__ is not str:
                raise NotFast
        v = v.copy()
    self.card_types = v
    v = g("countries")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_country(x))
        v = r
    self.countries = v
    v = g("edi_channel_partners")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_channel_partner(x))
        v = r
    self.edi_channel_partners = v
    v = g("loyalty_ledger_descriptions")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        for x in v:
            if x.__class__ is not str:
                raise NotFast
        v = v.copy()
    self.loyalty_ledger_descriptions = v
    v = g("loyalty_program_type")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.loyalty_program_type = v
    v = g("qb_classes")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        for x in v:
            if x.__class__ is not str:
                raise NotFast
        v = v.copy()
    self.qb_classes = v
    v = g("sales_rep_codes")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        for x in v:
            if x.__class__ is not str:
                raise NotFast
        v = v.copy()
    self.sales_rep_codes = v
    v = g("state_optional_countries")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_country(x))
        v = r
    self.state_optional_countries = v
    v = g("terms")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        for x in v:
            if x.__class__ is not str:
                raise NotFast
        v = v.copy()
    self.terms = v
    if len(o) + n == 12 or _KNOWN_CUSTOMER_EDITOR_VALUES.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_EDITOR_VALUES)
    self._wire_timestamps = None
    return self


def unstructure_customer_editor_values(obj: CustomerEditorValues) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.affiliates
    if v is not None:
        out["affiliates"] = [unstructure(x) for x in v]
    v = obj.card_exp_months
    if v is not None:
        out["card_exp_months"] = list(v)
    v = obj.card_exp_years
    if v is not None:
        out["card_exp_years"] = list(v)
    v = obj.card_types
    if v is not None:
        out["card_types"] = list(v)
    v = obj.countries
    if v is not None:
        out["countries"] = [unstructure(x) for x in v]
    v = obj.edi_channel_partners
    if v is not None:
        out["edi_channel_partners"] = [unstructure(x) for x in v]
    v = obj.loyalty_ledger_descriptions
    if v is not None:
        out["loyalty_ledger_descriptions"] = list(v)
    v = obj.loyalty_program_type
    if v is not None:
        out["loyalty_program_type"] = v
    v = obj.qb_classes
    if v is not None:
        out["qb_classes"] = list(v)
    v = obj.sales_rep_codes
    if v is not None:
        out["sales_rep_codes"] = list(v)
    v = obj.state_optional_countries
    if v is not None:
        out["state_optional_countries"] = [unstructure(x) for x in v]
    v = obj.terms
    if v is not None:
        out["terms"] = list(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_email(o: Any) -> CustomerEmail:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerEmail = new_object(CustomerEmail)
    g = o.get
    n = 0
    v = g("customer_profile_email_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.customer_profile_email_oid = v
    v = g("email")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.email = v
    v = g("label")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.label = v
    v = g("receipt_notification")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.receipt_notification = v
    v = g("refund_notification")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.refund_notification = v
    v = g("shipment_notification")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.shipment_notification = v
    if len(o) + n == 6 or _KNOWN_CUSTOMER_EMAIL.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_EMAIL)
    self._wire_timestamps = None
    return self


def unstructure_customer_email(obj: CustomerEmail) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.customer_profile_email_oid
    if v is not None:
        out["customer_profile_email_oid"] = v
    v = obj.email
    if v is not None:
        out["email"] = v
    v = obj.label
    if v is not None:
        out["label"] = v
    v = obj.receipt_notification
    if v is not None:
        out["receipt_notification"] = v
    v = obj.refund_notification
    if v is not None:
        out["refund_notification"] = v
    v = obj.shipment_notification
    if v is not None:
        out["shipment_notification"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_email_list_changes(o: Any) -> CustomerEmailListChanges:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerEmailListChanges = new_object(CustomerEmailListChanges)
    g = o.get
    n = 0
    v = g("add_to_lists")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        for x in v:
            if x.__class__ is not str:
                raise NotFast
        v = v.copy()
    self.add_to_lists = v
    v = g("remove_from_lists")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        for x in v:
            if x.__class__ is not str:
                raise NotFast
        v = v.copy()
    self.remove_from_lists = v
    if len(o) + n == 2 or _KNOWN_CUSTOMER_EMAIL_LIST_CHANGES.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_EMAIL_LIST_CHANGES)
    self._wire_timestamps = None
    return self


def unstructure_customer_email_list_changes(obj: CustomerEmailListChanges) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.add_to_lists
    if v is not None:
        out["add_to_lists"] = list(v)
    v = obj.remove_from_lists
    if v is not None:
        out["remove_from_lists"] = list(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_email_suppression_request(o: Any) -> CustomerEmailSuppressionRequest:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerEmailSuppressionRequest = new_object(CustomerEmailSuppressionRequest)
    g = o.get
    n = 0
    v = g("clear_bounce")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.clear_bounce = v
    v = g("clear_global_unsubscribe")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.clear_global_unsubscribe = v
    v = g("clear_spam_complaint")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.clear_spam_complaint = v
    v = g("consent_source")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.consent_source = v
    v = g("reason")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.reason = v
    if len(o) + n == 5 or _KNOWN_CUSTOMER_EMAIL_SUPPRESSION_REQUEST.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_EMAIL_SUPPRESSION_REQUEST)
    self._wire_timestamps = None
    return self


def unstructure_customer_email_suppression_request(
    obj: CustomerEmailSuppressionRequest,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.clear_bounce
    if v is not None:
        out["clear_bounce"] = v
    v = obj.clear_global_unsubscribe
    if v is not None:
        out["clear_global_unsubscribe"] = v
    v = obj.clear_spam_complaint
    if v is not None:
        out["clear_spam_complaint"] = v
    v = obj.consent_source
    if v is not None:
        out["consent_source"] = v
    v = obj.reason
    if v is not None:
        out["reason"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_email_suppression_response(o: Any) -> CustomerEmailSuppressionResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerEmailSuppressionResponse = new_object(CustomerEmailSuppressionResponse)
    g = o.get
    n = 0
    v = g("email_suppression")
    if v is None:
        n += 1
    else:
        v = structure_customer_email_suppression_result(v)
    self.email_suppression = v
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
    if len(o) + n == 5 or _KNOWN_CUSTOMER_EMAIL_SUPPRESSION_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_EMAIL_SUPPRESSION_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_customer_email_suppression_response(
    obj: CustomerEmailSuppressionResponse,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.email_suppression
    if v is not None:
        out["email_suppression"] = unstructure(v)
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


def structure_customer_email_suppression_result(o: Any) -> CustomerEmailSuppressionResult:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerEmailSuppressionResult = new_object(CustomerEmailSuppressionResult)
    g = o.get
    ts: dict[str, str] | None = None
    n = 0
    v = g("bounce_cleared")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.bounce_cleared = v
    v = g("customer_profile_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.customer_profile_oid = v
    v = g("email")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.email = v
    v = g("esp_suppression_removed")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.esp_suppression_removed = v
    v = g("esp_warning")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.esp_warning = v
    v = g("global_unsubscribe_cleared")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.global_unsubscribe_cleared = v
    v = g("global_unsubscribed")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.global_unsubscribed = v
    v = g("global_unsubscribed_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["global_unsubscribed_dts"] = v
        v = p
    self.global_unsubscribed_dts = v
    v = g("spam_complaint")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.spam_complaint = v
    v = g("spam_complaint_cleared")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.spam_complaint_cleared = v
    v = g("spam_complaint_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["spam_complaint_dts"] = v
        v = p
    self.spam_complaint_dts = v
    v = g("suppression_surfaces")
    if v is None:
        n += 1
    else:
        v = structure_email_suppression_surfaces(v)
    self.suppression_surfaces = v
    if len(o) + n == 12 or _KNOWN_CUSTOMER_EMAIL_SUPPRESSION_RESULT.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_EMAIL_SUPPRESSION_RESULT)
    self._wire_timestamps = ts
    return self


def unstructure_customer_email_suppression_result(
    obj: CustomerEmailSuppressionResult,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.bounce_cleared
    if v is not None:
        out["bounce_cleared"] = v
    v = obj.customer_profile_oid
    if v is not None:
        out["customer_profile_oid"] = v
    v = obj.email
    if v is not None:
        out["email"] = v
    v = obj.esp_suppression_removed
    if v is not None:
        out["esp_suppression_removed"] = v
    v = obj.esp_warning
    if v is not None:
        out["esp_warning"] = v
    v = obj.global_unsubscribe_cleared
    if v is not None:
        out["global_unsubscribe_cleared"] = v
    v = obj.global_unsubscribed
    if v is not None:
        out["global_unsubscribed"] = v
    v = obj.global_unsubscribed_dts
    if v is not None:
        out["global_unsubscribed_dts"] = timestamp_out(stamps, "global_unsubscribed_dts", v)
    v = obj.spam_complaint
    if v is not None:
        out["spam_complaint"] = v
    v = obj.spam_complaint_cleared
    if v is not None:
        out["spam_complaint_cleared"] = v
    v = obj.spam_complaint_dts
    if v is not None:
        out["spam_complaint_dts"] = timestamp_out(stamps, "spam_complaint_dts", v)
    v = obj.suppression_surfaces
    if v is not None:
        out["suppression_surfaces"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_loyalty(o: Any) -> CustomerLoyalty:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerLoyalty = new_object(CustomerLoyalty)
    g = o.get
    ts: dict[str, str] | None = None
    r: list[Any]
    n = 0
    v = g("current_points")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.current_points = v
    v = g("internal_gift_certificate")
    if v is None:
        n += 1
    else:
        v = structure_gift_certificate(v)
    self.internal_gift_certificate = v
    v = g("internal_gift_certificate_balance")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.internal_gift_certificate_balance = v
    v = g("internal_gift_certificate_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.internal_gift_certificate_oid = v
    v = g("ledger_entries")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_customer_loyalty_ledger(x))
        v = r
    self.ledger_entries = v
    v = g("loyalty_tier_expiration_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["loyalty_tier_expiration_dts"] = v
        v = p
    self.loyalty_tier_expiration_dts = v
    v = g("loyalty_tier_name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.loyalty_tier_name = v
    v = g("loyalty_tier_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.loyalty_tier_oid = v
    v = g("pending_points")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.pending_points = v
    v = g("redemptions")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_customer_loyalty_redemption(x))
        v = r
    self.redemptions = v
    if len(o) + n == 10 or _KNOWN_CUSTOMER_LOYALTY.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_LOYALTY)
    self._wire_timestamps = ts
    return self


def unstructure_customer_loyalty(obj: CustomerLoyalty) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.current_points
    if v is not None:
        out["current_points"] = v
    v = obj.internal_gift_certificate
    if v is not None:
        out["internal_gift_certificate"] = unstructure(v)
    v = obj.internal_gift_certificate_balance
    if v is not None:
        out["internal_gift_certificate_balance"] = v
    v = obj.internal_gift_certificate_oid
    if v is not None:
        out["internal_gift_certificate_oid"] = v
    v = obj.ledger_entries
    if v is not None:
        out["ledger_entries"] = [unstructure(x) for x in v]
    v = obj.loyalty_tier_expiration_dts
    if v is not None:
        out["loyalty_tier_expiration_dts"] = timestamp_out(stamps, "loyalty_tier_expiration_dts", v)
    v = obj.loyalty_tier_name
    if v is not None:
        out["loyalty_tier_name"] = v
    v = obj.loyalty_tier_oid
    if v is not None:
        out["loyalty_tier_oid"] = v
    v = obj.pending_points
    if v is not None:
        out["pending_points"] = v
    v = obj.redemptions
    if v is not None:
        out["redemptions"] = [unstructure(x) for x in v]
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_loyalty_ledger(o: Any) -> CustomerLoyaltyLedger:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerLoyaltyLedger = new_object(CustomerLoyaltyLedger)
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
    v = g("description")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.description = v
    v = g("email")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.email = v
    v = g("item_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.item_id = v
    v = g("item_index")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.item_index = v
    v = g("ledger_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["ledger_dts"] = v
        v = p
    self.ledger_dts = v
    v = g("loyalty_campaign_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.loyalty_campaign_oid = v
    v = g("loyalty_ledger_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.loyalty_ledger_oid = v
    v = g("loyalty_points")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.loyalty_points = v
    v = g("modified_by")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.modified_by = v
    v = g("modified_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["modified_dts"] = v
        v = p
    self.modified_dts = v
    v = g("order_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.order_id = v
    v = g("quantity")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.quantity = v
    v = g("vesting_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["vesting_dts"] = v
        v = p
    self.vesting_dts = v
    if len(o) + n == 15 or _KNOWN_CUSTOMER_LOYALTY_LEDGER.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_LOYALTY_LEDGER)
    self._wire_timestamps = ts
    return self


def unstructure_customer_loyalty_ledger(obj: CustomerLoyaltyLedger) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.created_by
    if v is not None:
        out["created_by"] = v
    v = obj.created_dts
    if v is not None:
        out["created_dts"] = timestamp_out(stamps, "created_dts", v)
    v = obj.description
    if v is not None:
        out["description"] = v
    v = obj.email
    if v is not None:
        out["email"] = v
    v = obj.item_id
    if v is not None:
        out["item_id"] = v
    v = obj.item_index
    if v is not None:
        out["item_index"] = v
    v = obj.ledger_dts
    if v is not None:
        out["ledger_dts"] = timestamp_out(stamps, "ledger_dts", v)
    v = obj.loyalty_campaign_oid
    if v is not None:
        out["loyalty_campaign_oid"] = v
    v = obj.loyalty_ledger_oid
    if v is not None:
        out["loyalty_ledger_oid"] = v
    v = obj.loyalty_points
    if v is not None:
        out["loyalty_points"] = v
    v = obj.modified_by
    if v is not None:
        out["modified_by"] = v
    v = obj.modified_dts
    if v is not None:
        out["modified_dts"] = timestamp_out(stamps, "modified_dts", v)
    v = obj.order_id
    if v is not None:
        out["order_id"] = v
    v = obj.quantity
    if v is not None:
        out["quantity"] = v
    v = obj.vesting_dts
    if v is not None:
        out["vesting_dts"] = timestamp_out(stamps, "vesting_dts", v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_loyalty_redemption(o: Any) -> CustomerLoyaltyRedemption:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerLoyaltyRedemption = new_object(CustomerLoyaltyRedemption)
    g = o.get
    ts: dict[str, str] | None = None
    n = 0
    v = g("coupon_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.coupon_code = v
    v = g("coupon_code_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.coupon_code_oid = v
    v = g("coupon_used")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.coupon_used = v
    v = g("description_for_customer")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.description_for_customer = v
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
    v = g("loyalty_ledger_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.loyalty_ledger_oid = v
    v = g("loyalty_points")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.loyalty_points = v
    v = g("loyalty_redemption_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.loyalty_redemption_oid = v
    v = g("order_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.order_id = v
    v = g("redemption_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["redemption_dts"] = v
        v = p
    self.redemption_dts = v
    v = g("remaining_balance")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.remaining_balance = v
    if len(o) + n == 13 or _KNOWN_CUSTOMER_LOYALTY_REDEMPTION.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_LOYALTY_REDEMPTION)
    self._wire_timestamps = ts
    return self


def unstructure_customer_loyalty_redemption(obj: CustomerLoyaltyRedemption) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.coupon_code
    if v is not None:
        out["coupon_code"] = v
    v = obj.coupon_code_oid
    if v is not None:
        out["coupon_code_oid"] = v
    v = obj.coupon_used
    if v is not None:
        out["coupon_used"] = v
    v = obj.description_for_customer
    if v is not None:
        out["description_for_customer"] = v
    v = obj.expiration_dts
    if v is not None:
        out["expiration_dts"] = timestamp_out(stamps, "expiration_dts", v)
    v = obj.gift_certificate_code
    if v is not None:
        out["gift_certificate_code"] = v
    v = obj.gift_certificate_oid
    if v is not None:
        out["gift_certificate_oid"] = v
    v = obj.loyalty_ledger_oid
    if v is not None:
        out["loyalty_ledger_oid"] = v
    v = obj.loyalty_points
    if v is not None:
        out["loyalty_points"] = v
    v = obj.loyalty_redemption_oid
    if v is not None:
        out["loyalty_redemption_oid"] = v
    v = obj.order_id
    if v is not None:
        out["order_id"] = v
    v = obj.redemption_dts
    if v is not None:
        out["redemption_dts"] = timestamp_out(stamps, "redemption_dts", v)
    v = obj.remaining_balance
    if v is not None:
        out["remaining_balance"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_loyalty_response(o: Any) -> CustomerLoyaltyResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerLoyaltyResponse = new_object(CustomerLoyaltyResponse)
    g = o.get
    n = 0
    v = g("customer_loyalty")
    if v is None:
        n += 1
    else:
        v = structure_customer_loyalty(v)
    self.customer_loyalty = v
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
    if len(o) + n == 5 or _KNOWN_CUSTOMER_LOYALTY_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_LOYALTY_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_customer_loyalty_response(obj: CustomerLoyaltyResponse) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.customer_loyalty
    if v is not None:
        out["customer_loyalty"] = unstructure(v)
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


def structure_customer_magic_link_response(o: Any) -> CustomerMagicLinkResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerMagicLinkResponse = new_object(CustomerMagicLinkResponse)
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
    v = g("url")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.url = v
    v = g("warning")
    if v is None:
        n += 1
    else:
        v = structure_response_warning(v)
    self.warning = v
    if len(o) + n == 5 or _KNOWN_CUSTOMER_MAGIC_LINK_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_MAGIC_LINK_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_customer_magic_link_response(obj: CustomerMagicLinkResponse) -> dict[str, Any]:
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
    v = obj.url
    if v is not None:
        out["url"] = v
    v = obj.warning
    if v is not None:
        out["warning"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_merge_request(o: Any) -> CustomerMergeRequest:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerMergeRequest = new_object(CustomerMergeRequest)
    g = o.get
    n = 0
    v = g("customer_profile_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.customer_profile_oid = v
    v = g("email")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.email = v
    if len(o) + n == 2 or _KNOWN_CUSTOMER_MERGE_REQUEST.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_MERGE_REQUEST)
    self._wire_timestamps = None
    return self


def unstructure_customer_merge_request(obj: CustomerMergeRequest) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.customer_profile_oid
    if v is not None:
        out["customer_profile_oid"] = v
    v = obj.email
    if v is not None:
        out["email"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_orders_summary(o: Any) -> CustomerOrdersSummary:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerOrdersSummary = new_object(CustomerOrdersSummary)
    g = o.get
    ts: dict[str, str] | None = None
    n = 0
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
    v = g("order_count")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.order_count = v
    v = g("total")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.total = v
    if len(o) + n == 4 or _KNOWN_CUSTOMER_ORDERS_SUMMARY.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_ORDERS_SUMMARY)
    self._wire_timestamps = ts
    return self


def unstructure_customer_orders_summary(obj: CustomerOrdersSummary) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.first_order_dts
    if v is not None:
        out["first_order_dts"] = timestamp_out(stamps, "first_order_dts", v)
    v = obj.last_order_dts
    if v is not None:
        out["last_order_dts"] = timestamp_out(stamps, "last_order_dts", v)
    v = obj.order_count
    if v is not None:
        out["order_count"] = v
    v = obj.total
    if v is not None:
        out["total"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_pricing_tier(o: Any) -> CustomerPricingTier:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerPricingTier = new_object(CustomerPricingTier)
    g = o.get
    n = 0
    v = g("name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.name = v
    v = g("pricing_tier_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.pricing_tier_oid = v
    if len(o) + n == 2 or _KNOWN_CUSTOMER_PRICING_TIER.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_PRICING_TIER)
    self._wire_timestamps = None
    return self


def unstructure_customer_pricing_tier(obj: CustomerPricingTier) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.name
    if v is not None:
        out["name"] = v
    v = obj.pricing_tier_oid
    if v is not None:
        out["pricing_tier_oid"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_privacy(o: Any) -> CustomerPrivacy:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerPrivacy = new_object(CustomerPrivacy)
    g = o.get
    ts: dict[str, str] | None = None
    n = 0
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
    v = g("marketing")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.marketing = v
    v = g("preference")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.preference = v
    v = g("statistics")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.statistics = v
    if len(o) + n == 4 or _KNOWN_CUSTOMER_PRIVACY.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_PRIVACY)
    self._wire_timestamps = ts
    return self


def unstructure_customer_privacy(obj: CustomerPrivacy) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.last_update_dts
    if v is not None:
        out["last_update_dts"] = timestamp_out(stamps, "last_update_dts", v)
    v = obj.marketing
    if v is not None:
        out["marketing"] = v
    v = obj.preference
    if v is not None:
        out["preference"] = v
    v = obj.statistics
    if v is not None:
        out["statistics"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_property(o: Any) -> CustomerProperty:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerProperty = new_object(CustomerProperty)
    g = o.get
    ts: dict[str, str] | None = None
    n = 0
    v = g("customer_profile_property_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.customer_profile_property_oid = v
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
    if len(o) + n == 4 or _KNOWN_CUSTOMER_PROPERTY.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_PROPERTY)
    self._wire_timestamps = ts
    return self


def unstructure_customer_property(obj: CustomerProperty) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.customer_profile_property_oid
    if v is not None:
        out["customer_profile_property_oid"] = v
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


def structure_customer_query(o: Any) -> CustomerQuery:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerQuery = new_object(CustomerQuery)
    g = o.get
    ts: dict[str, str] | None = None
    n = 0
    v = g("all_tags")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        for x in v:
            if x.__class__ is not str:
                raise NotFast
        v = v.copy()
    self.all_tags = v
    v = g("any_tags")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        for x in v:
            if x.__class__ is not str:
                raise NotFast
        v = v.copy()
    self.any_tags = v
    v = g("billing_city")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.billing_city = v
    v = g("billing_company")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.billing_company = v
    v = g("billing_country_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.billing_country_code = v
    v = g("billing_day_phone")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.billing_day_phone = v
    v = g("billing_evening_phone")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.billing_evening_phone = v
    v = g("billing_first_name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.billing_first_name = v
    v = g("billing_last_name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.billing_last_name = v
    v = g("billing_postal_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.billing_postal_code = v
    v = g("billing_state")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.billing_state = v
    v = g("email")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.email = v
    v = g("emails")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        for x in v:
            if x.__class__ is not str:
                raise NotFast
        v = v.copy()
    self.emails = v
    v = g("last_modified_dts_end")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["last_modified_dts_end"] = v
        v = p
    self.last_modified_dts_end = v
    v = g("last_modified_dts_start")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["last_modified_dts_start"] = v
        v = p
    self.last_modified_dts_start = v
    v = g("pricing_tier_name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.pricing_tier_name = v
    v = g("pricing_tier_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.pricing_tier_oid = v
    v = g("qb_class")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.qb_class = v
    v = g("query_target")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.query_target = v
    v = g("quickbooks_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.quickbooks_code = v
    v = g("shipping_city")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.shipping_city = v
    v = g("shipping_company")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.shipping_company = v
    v = g("shipping_country_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.shipping_country_code = v
    v = g("shipping_day_phone")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.shipping_day_phone = v
    v = g("shipping_evening_phone")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.shipping_evening_phone = v
    v = g("shipping_first_name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.shipping_first_name = v
    v = g("shipping_last_name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.shipping_last_name = v
    v = g("shipping_postal_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.shipping_postal_code = v
    v = g("shipping_state")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.shipping_state = v
    v = g("signup_dts_end")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["signup_dts_end"] = v
        v = p
    self.signup_dts_end = v
    v = g("signup_dts_start")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["signup_dts_start"] = v
        v = p
    self.signup_dts_start = v
    if len(o) + n == 31 or _KNOWN_CUSTOMER_QUERY.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_QUERY)
    self._wire_timestamps = ts
    return self


def unstructure_customer_query(obj: CustomerQuery) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.all_tags
    if v is not None:
        out["all_tags"] = list(v)
    v = obj.any_tags
    if v is not None:
        out["any_tags"] = list(v)
    v = obj.billing_city
    if v is not None:
        out["billing_city"] = v
    v = obj.billing_company
    if v is not None:
        out["billing_company"] = v
    v = obj.billing_country_code
    if v is not None:
        out["billing_country_code"] = v
    v = obj.billing_day_phone
    if v is not None:
        out["billing_day_phone"] = v
    v = obj.billing_evening_phone
    if v is not None:
        out["billing_evening_phone"] = v
    v = obj.billing_first_name
    if v is not None:
        out["billing_first_name"] = v
    v = obj.billing_last_name
    if v is not None:
        out["billing_last_name"] = v
    v = obj.billing_postal_code
    if v is not None:
        out["billing_postal_code"] = v
    v = obj.billing_state
    if v is not None:
        out["billing_state"] = v
    v = obj.email
    if v is not None:
        out["email"] = v
    v = obj.emails
    if v is not None:
        out["emails"] = list(v)
    v = obj.last_modified_dts_end
    if v is not None:
        out["last_modified_dts_end"] = timestamp_out(stamps, "last_modified_dts_end", v)
    v = obj.last_modified_dts_start
    if v is not None:
        out["last_modified_dts_start"] = timestamp_out(stamps, "last_modified_dts_start", v)
    v = obj.pricing_tier_name
    if v is not None:
        out["pricing_tier_name"] = v
    v = obj.pricing_tier_oid
    if v is not None:
        out["pricing_tier_oid"] = v
    v = obj.qb_class
    if v is not None:
        out["qb_class"] = v
    v = obj.query_target
    if v is not None:
        out["query_target"] = v
    v = obj.quickbooks_code
    if v is not None:
        out["quickbooks_code"] = v
    v = obj.shipping_city
    if v is not None:
        out["shipping_city"] = v
    v = obj.shipping_company
    if v is not None:
        out["shipping_company"] = v
    v = obj.shipping_country_code
    if v is not None:
        out["shipping_country_code"] = v
    v = obj.shipping_day_phone
    if v is not None:
        out["shipping_day_phone"] = v
    v = obj.shipping_evening_phone
    if v is not None:
        out["shipping_evening_phone"] = v
    v = obj.shipping_first_name
    if v is not None:
        out["shipping_first_name"] = v
    v = obj.shipping_last_name
    if v is not None:
        out["shipping_last_name"] = v
    v = obj.shipping_postal_code
    if v is not None:
        out["shipping_postal_code"] = v
    v = obj.shipping_state
    if v is not None:
        out["shipping_state"] = v
    v = obj.signup_dts_end
    if v is not None:
        out["signup_dts_end"] = timestamp_out(stamps, "signup_dts_end", v)
    v = obj.signup_dts_start
    if v is not None:
        out["signup_dts_start"] = timestamp_out(stamps, "signup_dts_start", v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_quotes_summary(o: Any) -> CustomerQuotesSummary:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerQuotesSummary = new_object(CustomerQuotesSummary)
    g = o.get
    ts: dict[str, str] | None = None
    n = 0
    v = g("first_quote_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["first_quote_dts"] = v
        v = p
    self.first_quote_dts = v
    v = g("last_quote_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["last_quote_dts"] = v
        v = p
    self.last_quote_dts = v
    v = g("quote_count")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.quote_count = v
    v = g("total")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.total = v
    if len(o) + n == 4 or _KNOWN_CUSTOMER_QUOTES_SUMMARY.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_QUOTES_SUMMARY)
    self._wire_timestamps = ts
    return self


def unstructure_customer_quotes_summary(obj: CustomerQuotesSummary) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.first_quote_dts
    if v is not None:
        out["first_quote_dts"] = timestamp_out(stamps, "first_quote_dts", v)
    v = obj.last_quote_dts
    if v is not None:
        out["last_quote_dts"] = timestamp_out(stamps, "last_quote_dts", v)
    v = obj.quote_count
    if v is not None:
        out["quote_count"] = v
    v = obj.total
    if v is not None:
        out["total"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_response(o: Any) -> CustomerResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerResponse = new_object(CustomerResponse)
    g = o.get
    n = 0
    v = g("customer")
    if v is None:
        n += 1
    else:
        v = structure_customer(v)
    self.customer = v
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
    if len(o) + n == 5 or _KNOWN_CUSTOMER_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_customer_response(obj: CustomerResponse) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.customer
    if v is not None:
        out["customer"] = unstructure(v)
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


def structure_customer_reviewer(o: Any) -> CustomerReviewer:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerReviewer = new_object(CustomerReviewer)
    g = o.get
    n = 0
    v = g("auto_approve")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.auto_approve = v
    v = g("average_overall_rating")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.average_overall_rating = v
    v = g("expert")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.expert = v
    v = g("first_review")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.first_review = v
    v = g("last_review")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.last_review = v
    v = g("location")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.location = v
    v = g("nickname")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.nickname = v
    v = g("number_helpful_review_votes")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.number_helpful_review_votes = v
    v = g("rank")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.rank = v
    v = g("reviews_contributed")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.reviews_contributed = v
    if len(o) + n == 10 or _KNOWN_CUSTOMER_REVIEWER.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_REVIEWER)
    self._wire_timestamps = None
    return self


def unstructure_customer_reviewer(obj: CustomerReviewer) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.auto_approve
    if v is not None:
        out["auto_approve"] = v
    v = obj.average_overall_rating
    if v is not None:
        out["average_overall_rating"] = v
    v = obj.expert
    if v is not None:
        out["expert"] = v
    v = obj.first_review
    if v is not None:
        out["first_review"] = v
    v = obj.last_review
    if v is not None:
        out["last_review"] = v
    v = obj.location
    if v is not None:
        out["location"] = v
    v = obj.nickname
    if v is not None:
        out["nickname"] = v
    v = obj.number_helpful_review_votes
    if v is not None:
        out["number_helpful_review_votes"] = v
    v = obj.rank
    if v is not None:
        out["rank"] = v
    v = obj.reviews_contributed
    if v is not None:
        out["reviews_contributed"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_shipping(o: Any) -> CustomerShipping:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerShipping = new_object(CustomerShipping)
    g = o.get
    ts: dict[str, str] | None = None
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
    v = g("customer_profile_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.customer_profile_oid = v
    v = g("customer_shipping_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.customer_shipping_oid = v
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
    v = g("default_shipping")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.default_shipping = v
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
    v = g("last_used_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["last_used_dts"] = v
        v = p
    self.last_used_dts = v
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
    v = g("tax_county")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.tax_county = v
    v = g("title")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.title = v
    if len(o) + n == 19 or _KNOWN_CUSTOMER_SHIPPING.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_SHIPPING)
    self._wire_timestamps = ts
    return self


def unstructure_customer_shipping(obj: CustomerShipping) -> dict[str, Any]:
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
    v = obj.customer_profile_oid
    if v is not None:
        out["customer_profile_oid"] = v
    v = obj.customer_shipping_oid
    if v is not None:
        out["customer_shipping_oid"] = v
    v = obj.day_phone
    if v is not None:
        out["day_phone"] = v
    v = obj.day_phone_e164
    if v is not None:
        out["day_phone_e164"] = v
    v = obj.default_shipping
    if v is not None:
        out["default_shipping"] = v
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
    v = obj.last_used_dts
    if v is not None:
        out["last_used_dts"] = timestamp_out(stamps, "last_used_dts", v)
    v = obj.postal_code
    if v is not None:
        out["postal_code"] = v
    v = obj.state_region
    if v is not None:
        out["state_region"] = v
    v = obj.tax_county
    if v is not None:
        out["tax_county"] = v
    v = obj.title
    if v is not None:
        out["title"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_software_entitlement(o: Any) -> CustomerSoftwareEntitlement:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerSoftwareEntitlement = new_object(CustomerSoftwareEntitlement)
    g = o.get
    ts: dict[str, str] | None = None
    n = 0
    v = g("activation_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.activation_code = v
    v = g("activation_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["activation_dts"] = v
        v = p
    self.activation_dts = v
    v = g("customer_software_entitlement_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.customer_software_entitlement_oid = v
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
    v = g("purchased_via_item_description")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.purchased_via_item_description = v
    v = g("purchased_via_item_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.purchased_via_item_id = v
    v = g("purchased_via_order_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.purchased_via_order_id = v
    v = g("software_sku")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.software_sku = v
    if len(o) + n == 8 or _KNOWN_CUSTOMER_SOFTWARE_ENTITLEMENT.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_SOFTWARE_ENTITLEMENT)
    self._wire_timestamps = ts
    return self


def unstructure_customer_software_entitlement(obj: CustomerSoftwareEntitlement) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.activation_code
    if v is not None:
        out["activation_code"] = v
    v = obj.activation_dts
    if v is not None:
        out["activation_dts"] = timestamp_out(stamps, "activation_dts", v)
    v = obj.customer_software_entitlement_oid
    if v is not None:
        out["customer_software_entitlement_oid"] = v
    v = obj.expiration_dts
    if v is not None:
        out["expiration_dts"] = timestamp_out(stamps, "expiration_dts", v)
    v = obj.purchased_via_item_description
    if v is not None:
        out["purchased_via_item_description"] = v
    v = obj.purchased_via_item_id
    if v is not None:
        out["purchased_via_item_id"] = v
    v = obj.purchased_via_order_id
    if v is not None:
        out["purchased_via_order_id"] = v
    v = obj.software_sku
    if v is not None:
        out["software_sku"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_store_credit(o: Any) -> CustomerStoreCredit:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerStoreCredit = new_object(CustomerStoreCredit)
    g = o.get
    r: list[Any]
    n = 0
    v = g("available")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.available = v
    v = g("expiring")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.expiring = v
    v = g("future_ledgers")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_customer_store_credit_ledger_entry(x))
        v = r
    self.future_ledgers = v
    v = g("past_ledgers")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_customer_store_credit_ledger_entry(x))
        v = r
    self.past_ledgers = v
    v = g("total")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.total = v
    v = g("vesting")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.vesting = v
    if len(o) + n == 6 or _KNOWN_CUSTOMER_STORE_CREDIT.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_STORE_CREDIT)
    self._wire_timestamps = None
    return self


def unstructure_customer_store_credit(obj: CustomerStoreCredit) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.available
    if v is not None:
        out["available"] = v
    v = obj.expiring
    if v is not None:
        out["expiring"] = v
    v = obj.future_ledgers
    if v is not None:
        out["future_ledgers"] = [unstructure(x) for x in v]
    v = obj.past_ledgers
    if v is not None:
        out["past_ledgers"] = [unstructure(x) for x in v]
    v = obj.total
    if v is not None:
        out["total"] = v
    v = obj.vesting
    if v is not None:
        out["vesting"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_store_credit_add_request(o: Any) -> CustomerStoreCreditAddRequest:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerStoreCreditAddRequest = new_object(CustomerStoreCreditAddRequest)
    g = o.get
    n = 0
    v = g("amount")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.amount = v
    v = g("description")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.description = v
    v = g("expiration_days")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.expiration_days = v
    v = g("vesting_days")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.vesting_days = v
    if len(o) + n == 4 or _KNOWN_CUSTOMER_STORE_CREDIT_ADD_REQUEST.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_STORE_CREDIT_ADD_REQUEST)
    self._wire_timestamps = None
    return self


def unstructure_customer_store_credit_add_request(
    obj: CustomerStoreCreditAddRequest,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.amount
    if v is not None:
        out["amount"] = v
    v = obj.description
    if v is not None:
        out["description"] = v
    v = obj.expiration_days
    if v is not None:
        out["expiration_days"] = v
    v = obj.vesting_days
    if v is not None:
        out["vesting_days"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_store_credit_ledger_entry(o: Any) -> CustomerStoreCreditLedgerEntry:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerStoreCreditLedgerEntry = new_object(CustomerStoreCreditLedgerEntry)
    g = o.get
    ts: dict[str, str] | None = None
    n = 0
    v = g("action")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.action = v
    v = g("amount")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.amount = v
    v = g("description")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.description = v
    v = g("entry_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["entry_dts"] = v
        v = p
    self.entry_dts = v
    v = g("gift_certificate_ledger_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.gift_certificate_ledger_oid = v
    v = g("gift_certificate_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.gift_certificate_oid = v
    v = g("reference_order_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.reference_order_id = v
    if len(o) + n == 7 or _KNOWN_CUSTOMER_STORE_CREDIT_LEDGER_ENTRY.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_STORE_CREDIT_LEDGER_ENTRY)
    self._wire_timestamps = ts
    return self


def unstructure_customer_store_credit_ledger_entry(
    obj: CustomerStoreCreditLedgerEntry,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.action
    if v is not None:
        out["action"] = v
    v = obj.amount
    if v is not None:
        out["amount"] = v
    v = obj.description
    if v is not None:
        out["description"] = v
    v = obj.entry_dts
    if v is not None:
        out["entry_dts"] = timestamp_out(stamps, "entry_dts", v)
    v = obj.gift_certificate_ledger_oid
    if v is not None:
        out["gift_certificate_ledger_oid"] = v
    v = obj.gift_certificate_oid
    if v is not None:
        out["gift_certificate_oid"] = v
    v = obj.reference_order_id
    if v is not None:
        out["reference_order_id"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_store_credit_response(o: Any) -> CustomerStoreCreditResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerStoreCreditResponse = new_object(CustomerStoreCreditResponse)
    g = o.get
    n = 0
    v = g("customer_store_credit")
    if v is None:
        n += 1
    else:
        v = structure_customer_store_credit(v)
    self.customer_store_credit = v
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
    if len(o) + n == 5 or _KNOWN_CUSTOMER_STORE_CREDIT_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_STORE_CREDIT_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_customer_store_credit_response(obj: CustomerStoreCreditResponse) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.customer_store_credit
    if v is not None:
        out["customer_store_credit"] = unstructure(v)
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


def structure_customer_tag(o: Any) -> CustomerTag:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerTag = new_object(CustomerTag)
    g = o.get
    n = 0
    v = g("tag_value")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.tag_value = v
    if len(o) + n == 1 or _KNOWN_CUSTOMER_TAG.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_TAG)
    self._wire_timestamps = None
    return self


def unstructure_customer_tag(obj: CustomerTag) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.tag_value
    if v is not None:
        out["tag_value"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_tax_codes(o: Any) -> CustomerTaxCodes:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerTaxCodes = new_object(CustomerTaxCodes)
    g = o.get
    n = 0
    v = g("avalara_customer_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.avalara_customer_code = v
    v = g("avalara_entity_use_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.avalara_entity_use_code = v
    v = g("sovos_customer_code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.sovos_customer_code = v
    v = g("taxjar_customer_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.taxjar_customer_id = v
    v = g("taxjar_exemption_type")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.taxjar_exemption_type = v
    if len(o) + n == 5 or _KNOWN_CUSTOMER_TAX_CODES.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_TAX_CODES)
    self._wire_timestamps = None
    return self


def unstructure_customer_tax_codes(obj: CustomerTaxCodes) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.avalara_customer_code
    if v is not None:
        out["avalara_customer_code"] = v
    v = obj.avalara_entity_use_code
    if v is not None:
        out["avalara_entity_use_code"] = v
    v = obj.sovos_customer_code
    if v is not None:
        out["sovos_customer_code"] = v
    v = obj.taxjar_customer_id
    if v is not None:
        out["taxjar_customer_id"] = v
    v = obj.taxjar_exemption_type
    if v is not None:
        out["taxjar_exemption_type"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_wish_list_item(o: Any) -> CustomerWishListItem:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerWishListItem = new_object(CustomerWishListItem)
    g = o.get
    ts: dict[str, str] | None = None
    n = 0
    v = g("add_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["add_dts"] = v
        v = p
    self.add_dts = v
    v = g("comments")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.comments = v
    v = g("customer_profile_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.customer_profile_oid = v
    v = g("customer_wishlist_item_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.customer_wishlist_item_oid = v
    v = g("merchant_item_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.merchant_item_oid = v
    v = g("position")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.position = v
    v = g("priority")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.priority = v
    if len(o) + n == 7 or _KNOWN_CUSTOMER_WISH_LIST_ITEM.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_WISH_LIST_ITEM)
    self._wire_timestamps = ts
    return self


def unstructure_customer_wish_list_item(obj: CustomerWishListItem) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.add_dts
    if v is not None:
        out["add_dts"] = timestamp_out(stamps, "add_dts", v)
    v = obj.comments
    if v is not None:
        out["comments"] = v
    v = obj.customer_profile_oid
    if v is not None:
        out["customer_profile_oid"] = v
    v = obj.customer_wishlist_item_oid
    if v is not None:
        out["customer_wishlist_item_oid"] = v
    v = obj.merchant_item_oid
    if v is not None:
        out["merchant_item_oid"] = v
    v = obj.position
    if v is not None:
        out["position"] = v
    v = obj.priority
    if v is not None:
        out["priority"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_wish_list_item_response(o: Any) -> CustomerWishListItemResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerWishListItemResponse = new_object(CustomerWishListItemResponse)
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
    v = g("wishlist_item")
    if v is None:
        n += 1
    else:
        v = structure_customer_wish_list_item(v)
    self.wishlist_item = v
    if len(o) + n == 5 or _KNOWN_CUSTOMER_WISH_LIST_ITEM_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_WISH_LIST_ITEM_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_customer_wish_list_item_response(
    obj: CustomerWishListItemResponse,
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
    v = obj.wishlist_item
    if v is not None:
        out["wishlist_item"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customer_wish_list_items_response(o: Any) -> CustomerWishListItemsResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomerWishListItemsResponse = new_object(CustomerWishListItemsResponse)
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
    v = g("warning")
    if v is None:
        n += 1
    else:
        v = structure_response_warning(v)
    self.warning = v
    v = g("wishlist_items")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_customer_wish_list_item(x))
        v = r
    self.wishlist_items = v
    if len(o) + n == 5 or _KNOWN_CUSTOMER_WISH_LIST_ITEMS_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMER_WISH_LIST_ITEMS_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_customer_wish_list_items_response(
    obj: CustomerWishListItemsResponse,
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
    v = obj.wishlist_items
    if v is not None:
        out["wishlist_items"] = [unstructure(x) for x in v]
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_customers_response(o: Any) -> CustomersResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: CustomersResponse = new_object(CustomersResponse)
    g = o.get
    r: list[Any]
    n = 0
    v = g("customers")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_customer(x))
        v = r
    self.customers = v
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
    if len(o) + n == 5 or _KNOWN_CUSTOMERS_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_CUSTOMERS_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_customers_response(obj: CustomersResponse) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.customers
    if v is not None:
        out["customers"] = [unstructure(x) for x in v]
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


def structure_data_tables_server_side_response(o: Any) -> DataTablesServerSideResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: DataTablesServerSideResponse = new_object(DataTablesServerSideResponse)
    g = o.get
    r: list[Any]
    n = 0
    v = g("data")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_customer(x))
        v = r
    self.data = v
    v = g("draw")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.draw = v
    v = g("recordsFiltered")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.recordsFiltered = v
    v = g("recordsTotal")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.recordsTotal = v
    if len(o) + n == 4 or _KNOWN_DATA_TABLES_SERVER_SIDE_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_DATA_TABLES_SERVER_SIDE_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_data_tables_server_side_response(
    obj: DataTablesServerSideResponse,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.data
    if v is not None:
        out["data"] = [unstructure(x) for x in v]
    v = obj.draw
    if v is not None:
        out["draw"] = v
    v = obj.recordsFiltered
    if v is not None:
        out["recordsFiltered"] = v
    v = obj.recordsTotal
    if v is not None:
        out["recordsTotal"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_email_list(o: Any) -> EmailList:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: EmailList = new_object(EmailList)
    g = o.get
    ts: dict[str, str] | None = None
    r: list[Any]
    n = 0
    v = g("allow_csv_download")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.allow_csv_download = v
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
    v = g("deleted")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.deleted = v
    v = g("email_list_uuid")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.email_list_uuid = v
    v = g("esp_list_segment_folder_uuid")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.esp_list_segment_folder_uuid = v
    v = g("member_count")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.member_count = v
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
    v = g("public_description")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.public_description = v
    v = g("public_list")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.public_list = v
    v = g("storefront_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.storefront_oid = v
    v = g("used_by")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_email_list_segment_used_by(x))
        v = r
    self.used_by = v
    if len(o) + n == 12 or _KNOWN_EMAIL_LIST.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_EMAIL_LIST)
    self._wire_timestamps = ts
    return self


def unstructure_email_list(obj: EmailList) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.allow_csv_download
    if v is not None:
        out["allow_csv_download"] = v
    v = obj.created_dts
    if v is not None:
        out["created_dts"] = timestamp_out(stamps, "created_dts", v)
    v = obj.deleted
    if v is not None:
        out["deleted"] = v
    v = obj.email_list_uuid
    if v is not None:
        out["email_list_uuid"] = v
    v = obj.esp_list_segment_folder_uuid
    if v is not None:
        out["esp_list_segment_folder_uuid"] = v
    v = obj.member_count
    if v is not None:
        out["member_count"] = v
    v = obj.merchant_id
    if v is not None:
        out["merchant_id"] = v
    v = obj.name
    if v is not None:
        out["name"] = v
    v = obj.public_description
    if v is not None:
        out["public_description"] = v
    v = obj.public_list
    if v is not None:
        out["public_list"] = v
    v = obj.storefront_oid
    if v is not None:
        out["storefront_oid"] = v
    v = obj.used_by
    if v is not None:
        out["used_by"] = [unstructure(x) for x in v]
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_email_list_segment_used_by(o: Any) -> EmailListSegmentUsedBy:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: EmailListSegmentUsedBy = new_object(EmailListSegmentUsedBy)
    g = o.get
    n = 0
    v = g("email_campaign_uuid")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.email_campaign_uuid = v
    v = g("email_flow_uuid")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.email_flow_uuid = v
    v = g("name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.name = v
    if len(o) + n == 3 or _KNOWN_EMAIL_LIST_SEGMENT_USED_BY.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_EMAIL_LIST_SEGMENT_USED_BY)
    self._wire_timestamps = None
    return self


def unstructure_email_list_segment_used_by(obj: EmailListSegmentUsedBy) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.email_campaign_uuid
    if v is not None:
        out["email_campaign_uuid"] = v
    v = obj.email_flow_uuid
    if v is not None:
        out["email_flow_uuid"] = v
    v = obj.name
    if v is not None:
        out["name"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_email_lists_response(o: Any) -> EmailListsResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: EmailListsResponse = new_object(EmailListsResponse)
    g = o.get
    r: list[Any]
    n = 0
    v = g("error")
    if v is None:
        n += 1
    else:
        v = structure_error(v)
    self.error = v
    v = g("lists")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_email_list(x))
        v = r
    self.lists = v
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
    if len(o) + n == 5 or _KNOWN_EMAIL_LISTS_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_EMAIL_LISTS_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_email_lists_response(obj: EmailListsResponse) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.error
    if v is not None:
        out["error"] = unstructure(v)
    v = obj.lists
    if v is not None:
        out["lists"] = [unstructure(x) for x in v]
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


def structure_email_suppression_surfaces(o: Any) -> EmailSuppressionSurfaces:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: EmailSuppressionSurfaces = new_object(EmailSuppressionSurfaces)
    g = o.get
    n = 0
    v = g("central_ses_suppression")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.central_ses_suppression = v
    v = g("esp_customer_flags")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.esp_customer_flags = v
    v = g("ses_account_suppression")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.ses_account_suppression = v
    if len(o) + n == 3 or _KNOWN_EMAIL_SUPPRESSION_SURFACES.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_EMAIL_SUPPRESSION_SURFACES)
    self._wire_timestamps = None
    return self


def unstructure_email_suppression_surfaces(obj: EmailSuppressionSurfaces) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.central_ses_suppression
    if v is not None:
        out["central_ses_suppression"] = v
    v = obj.esp_customer_flags
    if v is not None:
        out["esp_customer_flags"] = v
    v = obj.ses_account_suppression
    if v is not None:
        out["ses_account_suppression"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_email_verify_token_request(o: Any) -> EmailVerifyTokenRequest:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: EmailVerifyTokenRequest = new_object(EmailVerifyTokenRequest)
    g = o.get
    n = 0
    v = g("email")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.email = v
    v = g("password")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.password = v
    if len(o) + n == 2 or _KNOWN_EMAIL_VERIFY_TOKEN_REQUEST.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_EMAIL_VERIFY_TOKEN_REQUEST)
    self._wire_timestamps = None
    return self


def unstructure_email_verify_token_request(obj: EmailVerifyTokenRequest) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.email
    if v is not None:
        out["email"] = v
    v = obj.password
    if v is not None:
        out["password"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_email_verify_token_response(o: Any) -> EmailVerifyTokenResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: EmailVerifyTokenResponse = new_object(EmailVerifyTokenResponse)
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
    v = g("token")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.token = v
    v = g("warning")
    if v is None:
        n += 1
    else:
        v = structure_response_warning(v)
    self.warning = v
    if len(o) + n == 5 or _KNOWN_EMAIL_VERIFY_TOKEN_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_EMAIL_VERIFY_TOKEN_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_email_verify_token_response(obj: EmailVerifyTokenResponse) -> dict[str, Any]:
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
    v = obj.token
    if v is not None:
        out["token"] = v
    v = obj.warning
    if v is not None:
        out["warning"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_email_verify_token_validate_request(o: Any) -> EmailVerifyTokenValidateRequest:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: EmailVerifyTokenValidateRequest = new_object(EmailVerifyTokenValidateRequest)
    g = o.get
    n = 0
    v = g("token")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.token = v
    if len(o) + n == 1 or _KNOWN_EMAIL_VERIFY_TOKEN_VALIDATE_REQUEST.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_EMAIL_VERIFY_TOKEN_VALIDATE_REQUEST)
    self._wire_timestamps = None
    return self


def unstructure_email_verify_token_validate_request(
    obj: EmailVerifyTokenValidateRequest,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.token
    if v is not None:
        out["token"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_email_verify_token_validate_response(o: Any) -> EmailVerifyTokenValidateResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: EmailVerifyTokenValidateResponse = new_object(EmailVerifyTokenValidateResponse)
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
    if len(o) + n == 4 or _KNOWN_EMAIL_VERIFY_TOKEN_VALIDATE_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_EMAIL_VERIFY_TOKEN_VALIDATE_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_email_verify_token_validate_response(
    obj: EmailVerifyTokenValidateResponse,
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
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_gift_certificate(o: Any) -> GiftCertificate:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: GiftCertificate = new_object(GiftCertificate)
    g = o.get
    ts: dict[str, str] | None = None
    r: list[Any]
    n = 0
    v = g("activated")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.activated = v
    v = g("code")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.code = v
    v = g("customer_profile_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.customer_profile_oid = v
    v = g("deleted")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.deleted = v
    v = g("email")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.email = v
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
    v = g("gift_certificate_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.gift_certificate_oid = v
    v = g("internal")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.internal = v
    v = g("ledger_entries")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_gift_certificate_ledger_entry(x))
        v = r
    self.ledger_entries = v
    v = g("merchant_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.merchant_id = v
    v = g("merchant_note")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.merchant_note = v
    v = g("original_balance")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.original_balance = v
    v = g("reference_order_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.reference_order_id = v
    v = g("remaining_balance")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.remaining_balance = v
    if len(o) + n == 14 or _KNOWN_GIFT_CERTIFICATE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_GIFT_CERTIFICATE)
    self._wire_timestamps = ts
    return self


def unstructure_gift_certificate(obj: GiftCertificate) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.activated
    if v is not None:
        out["activated"] = v
    v = obj.code
    if v is not None:
        out["code"] = v
    v = obj.customer_profile_oid
    if v is not None:
        out["customer_profile_oid"] = v
    v = obj.deleted
    if v is not None:
        out["deleted"] = v
    v = obj.email
    if v is not None:
        out["email"] = v
    v = obj.expiration_dts
    if v is not None:
        out["expiration_dts"] = timestamp_out(stamps, "expiration_dts", v)
    v = obj.gift_certificate_oid
    if v is not None:
        out["gift_certificate_oid"] = v
    v = obj.internal
    if v is not None:
        out["internal"] = v
    v = obj.ledger_entries
    if v is not None:
        out["ledger_entries"] = [unstructure(x) for x in v]
    v = obj.merchant_id
    if v is not None:
        out["merchant_id"] = v
    v = obj.merchant_note
    if v is not None:
        out["merchant_note"] = v
    v = obj.original_balance
    if v is not None:
        out["original_balance"] = v
    v = obj.reference_order_id
    if v is not None:
        out["reference_order_id"] = v
    v = obj.remaining_balance
    if v is not None:
        out["remaining_balance"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_gift_certificate_ledger_entry(o: Any) -> GiftCertificateLedgerEntry:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: GiftCertificateLedgerEntry = new_object(GiftCertificateLedgerEntry)
    g = o.get
    ts: dict[str, str] | None = None
    n = 0
    v = g("amount")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.amount = v
    v = g("description")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.description = v
    v = g("entry_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["entry_dts"] = v
        v = p
    self.entry_dts = v
    v = g("gift_certificate_ledger_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.gift_certificate_ledger_oid = v
    v = g("gift_certificate_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.gift_certificate_oid = v
    v = g("reference_order_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.reference_order_id = v
    if len(o) + n == 6 or _KNOWN_GIFT_CERTIFICATE_LEDGER_ENTRY.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_GIFT_CERTIFICATE_LEDGER_ENTRY)
    self._wire_timestamps = ts
    return self


def unstructure_gift_certificate_ledger_entry(obj: GiftCertificateLedgerEntry) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.amount
    if v is not None:
        out["amount"] = v
    v = obj.description
    if v is not None:
        out["description"] = v
    v = obj.entry_dts
    if v is not None:
        out["entry_dts"] = timestamp_out(stamps, "entry_dts", v)
    v = obj.gift_certificate_ledger_oid
    if v is not None:
        out["gift_certificate_ledger_oid"] = v
    v = obj.gift_certificate_oid
    if v is not None:
        out["gift_certificate_oid"] = v
    v = obj.reference_order_id
    if v is not None:
        out["reference_order_id"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_key_value(o: Any) -> KeyValue:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: KeyValue = new_object(KeyValue)
    g = o.get
    n = 0
    v = g("description")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.description = v
    v = g("key")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.key = v
    v = g("value")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.value = v
    if len(o) + n == 3 or _KNOWN_KEY_VALUE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_KEY_VALUE)
    self._wire_timestamps = None
    return self


def unstructure_key_value(obj: KeyValue) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.description
    if v is not None:
        out["description"] = v
    v = obj.key
    if v is not None:
        out["key"] = v
    v = obj.value
    if v is not None:
        out["value"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_list_segment_membership(o: Any) -> ListSegmentMembership:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: ListSegmentMembership = new_object(ListSegmentMembership)
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
    v = g("uuid")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.uuid = v
    if len(o) + n == 3 or _KNOWN_LIST_SEGMENT_MEMBERSHIP.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_LIST_SEGMENT_MEMBERSHIP)
    self._wire_timestamps = None
    return self


def unstructure_list_segment_membership(obj: ListSegmentMembership) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.name
    if v is not None:
        out["name"] = v
    v = obj.type
    if v is not None:
        out["type"] = v
    v = obj.uuid
    if v is not None:
        out["uuid"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_lookup_request(o: Any) -> LookupRequest:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: LookupRequest = new_object(LookupRequest)
    g = o.get
    n = 0
    v = g("category")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.category = v
    v = g("matches")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.matches = v
    v = g("max_hits")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.max_hits = v
    v = g("storefront_host_name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.storefront_host_name = v
    v = g("storefront_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.storefront_oid = v
    v = g("subcategory")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.subcategory = v
    if len(o) + n == 6 or _KNOWN_LOOKUP_REQUEST.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_LOOKUP_REQUEST)
    self._wire_timestamps = None
    return self


def unstructure_lookup_request(obj: LookupRequest) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.category
    if v is not None:
        out["category"] = v
    v = obj.matches
    if v is not None:
        out["matches"] = v
    v = obj.max_hits
    if v is not None:
        out["max_hits"] = v
    v = obj.storefront_host_name
    if v is not None:
        out["storefront_host_name"] = v
    v = obj.storefront_oid
    if v is not None:
        out["storefront_oid"] = v
    v = obj.subcategory
    if v is not None:
        out["subcategory"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_lookup_response(o: Any) -> LookupResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: LookupResponse = new_object(LookupResponse)
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
    v = g("values")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_key_value(x))
        v = r
    self.values = v
    v = g("warning")
    if v is None:
        n += 1
    else:
        v = structure_response_warning(v)
    self.warning = v
    if len(o) + n == 5 or _KNOWN_LOOKUP_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_LOOKUP_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_lookup_response(obj: LookupResponse) -> dict[str, Any]:
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
    v = obj.values
    if v is not None:
        out["values"] = [unstructure(x) for x in v]
    v = obj.warning
    if v is not None:
        out["warning"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_metric(o: Any) -> Metric:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: Metric = new_object(Metric)
    g = o.get
    n = 0
    v = g("all_time")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.all_time = v
    v = g("all_time_formatted")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.all_time_formatted = v
    v = g("last_30")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.last_30 = v
    v = g("last_30_formatted")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.last_30_formatted = v
    v = g("name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.name = v
    v = g("prior_30")
    if v is None:
        n += 1
    elif v.__class__ is not float and v.__class__ is not int:
        raise NotFast
    self.prior_30 = v
    v = g("prior_30_formatted")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.prior_30_formatted = v
    v = g("type")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.type = v
    if len(o) + n == 8 or _KNOWN_METRIC.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_METRIC)
    self._wire_timestamps = None
    return self


def unstructure_metric(obj: Metric) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.all_time
    if v is not None:
        out["all_time"] = v
    v = obj.all_time_formatted
    if v is not None:
        out["all_time_formatted"] = v
    v = obj.last_30
    if v is not None:
        out["last_30"] = v
    v = obj.last_30_formatted
    if v is not None:
        out["last_30_formatted"] = v
    v = obj.name
    if v is not None:
        out["name"] = v
    v = obj.prior_30
    if v is not None:
        out["prior_30"] = v
    v = obj.prior_30_formatted
    if v is not None:
        out["prior_30_formatted"] = v
    v = obj.type
    if v is not None:
        out["type"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_quick_books_online_customer(o: Any) -> QuickBooksOnlineCustomer:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: QuickBooksOnlineCustomer = new_object(QuickBooksOnlineCustomer)
    g = o.get
    n = 0
    v = g("customer_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.customer_id = v
    v = g("display_name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.display_name = v
    v = g("email")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.email = v
    if len(o) + n == 3 or _KNOWN_QUICK_BOOKS_ONLINE_CUSTOMER.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_QUICK_BOOKS_ONLINE_CUSTOMER)
    self._wire_timestamps = None
    return self


def unstructure_quick_books_online_customer(obj: QuickBooksOnlineCustomer) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.customer_id
    if v is not None:
        out["customer_id"] = v
    v = obj.display_name
    if v is not None:
        out["display_name"] = v
    v = obj.email
    if v is not None:
        out["email"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_quick_books_online_customers_response(o: Any) -> QuickBooksOnlineCustomersResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: QuickBooksOnlineCustomersResponse = new_object(QuickBooksOnlineCustomersResponse)
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
    v = g("quickbooks_online_customers")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_quick_books_online_customer(x))
        v = r
    self.quickbooks_online_customers = v
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
    if len(o) + n == 5 or _KNOWN_QUICK_BOOKS_ONLINE_CUSTOMERS_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_QUICK_BOOKS_ONLINE_CUSTOMERS_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_quick_books_online_customers_response(
    obj: QuickBooksOnlineCustomersResponse,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.error
    if v is not None:
        out["error"] = unstructure(v)
    v = obj.metadata
    if v is not None:
        out["metadata"] = unstructure(v)
    v = obj.quickbooks_online_customers
    if v is not None:
        out["quickbooks_online_customers"] = [unstructure(x) for x in v]
    v = obj.success
    if v is not None:
        out["success"] = v
    v = obj.warning
    if v is not None:
        out["warning"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


#: The functions above by model class, for ``ultracart_async._wire``.
STRUCTURE: Final[dict[type[Any], Callable[[Any], Any]]] = {
    Activity: structure_activity,
    AdjustInternalCertificateRequest: structure_adjust_internal_certificate_request,
    AdjustInternalCertificateResponse: structure_adjust_internal_certificate_response,
    AdjustLoyaltyPointsRequest: structure_adjust_loyalty_points_request,
    AdjustLoyaltyPointsResponse: structure_adjust_loyalty_points_response,
    ChannelPartner: structure_channel_partner,
    Country: structure_country,
    Customer: structure_customer,
    CustomerActivity: structure_customer_activity,
    CustomerAffiliate: structure_customer_affiliate,
    CustomerAttachment: structure_customer_attachment,
    CustomerBilling: structure_customer_billing,
    CustomerCard: structure_customer_card,
    CustomerEDI: structure_customer_edi,
    CustomerEditorValues: structure_customer_editor_values,
    CustomerEmail: structure_customer_email,
    CustomerEmailListChanges: structure_customer_email_list_changes,
    CustomerEmailSuppressionRequest: structure_customer_email_suppression_request,
    CustomerEmailSuppressionResponse: structure_customer_email_suppression_response,
    CustomerEmailSuppressionResult: structure_customer_email_suppression_result,
    CustomerLoyalty: structure_customer_loyalty,
    CustomerLoyaltyLedger: structure_customer_loyalty_ledger,
    CustomerLoyaltyRedemption: structure_customer_loyalty_redemption,
    CustomerLoyaltyResponse: structure_customer_loyalty_response,
    CustomerMagicLinkResponse: structure_customer_magic_link_response,
    CustomerMergeRequest: structure_customer_merge_request,
    CustomerOrdersSummary: structure_customer_orders_summary,
    CustomerPricingTier: structure_customer_pricing_tier,
    CustomerPrivacy: structure_customer_privacy,
    CustomerProperty: structure_customer_property,
    CustomerQuery: structure_customer_query,
    CustomerQuotesSummary: structure_customer_quotes_summary,
    CustomerResponse: structure_customer_response,
    CustomerReviewer: structure_customer_reviewer,
    CustomerShipping: structure_customer_shipping,
    CustomerSoftwareEntitlement: structure_customer_software_entitlement,
    CustomerStoreCredit: structure_customer_store_credit,
    CustomerStoreCreditAddRequest: structure_customer_store_credit_add_request,
    CustomerStoreCreditLedgerEntry: structure_customer_store_credit_ledger_entry,
    CustomerStoreCreditResponse: structure_customer_store_credit_response,
    CustomerTag: structure_customer_tag,
    CustomerTaxCodes: structure_customer_tax_codes,
    CustomerWishListItem: structure_customer_wish_list_item,
    CustomerWishListItemResponse: structure_customer_wish_list_item_response,
    CustomerWishListItemsResponse: structure_customer_wish_list_items_response,
    CustomersResponse: structure_customers_response,
    DataTablesServerSideResponse: structure_data_tables_server_side_response,
    EmailList: structure_email_list,
    EmailListSegmentUsedBy: structure_email_list_segment_used_by,
    EmailListsResponse: structure_email_lists_response,
    EmailSuppressionSurfaces: structure_email_suppression_surfaces,
    EmailVerifyTokenRequest: structure_email_verify_token_request,
    EmailVerifyTokenResponse: structure_email_verify_token_response,
    EmailVerifyTokenValidateRequest: structure_email_verify_token_validate_request,
    EmailVerifyTokenValidateResponse: structure_email_verify_token_validate_response,
    GiftCertificate: structure_gift_certificate,
    GiftCertificateLedgerEntry: structure_gift_certificate_ledger_entry,
    KeyValue: structure_key_value,
    ListSegmentMembership: structure_list_segment_membership,
    LookupRequest: structure_lookup_request,
    LookupResponse: structure_lookup_response,
    Metric: structure_metric,
    QuickBooksOnlineCustomer: structure_quick_books_online_customer,
    QuickBooksOnlineCustomersResponse: structure_quick_books_online_customers_response,
}
UNSTRUCTURE: Final[dict[type[Any], Callable[[Any], dict[str, Any]]]] = {
    Activity: unstructure_activity,
    AdjustInternalCertificateRequest: unstructure_adjust_internal_certificate_request,
    AdjustInternalCertificateResponse: unstructure_adjust_internal_certificate_response,
    AdjustLoyaltyPointsRequest: unstructure_adjust_loyalty_points_request,
    AdjustLoyaltyPointsResponse: unstructure_adjust_loyalty_points_response,
    ChannelPartner: unstructure_channel_partner,
    Country: unstructure_country,
    Customer: unstructure_customer,
    CustomerActivity: unstructure_customer_activity,
    CustomerAffiliate: unstructure_customer_affiliate,
    CustomerAttachment: unstructure_customer_attachment,
    CustomerBilling: unstructure_customer_billing,
    CustomerCard: unstructure_customer_card,
    CustomerEDI: unstructure_customer_edi,
    CustomerEditorValues: unstructure_customer_editor_values,
    CustomerEmail: unstructure_customer_email,
    CustomerEmailListChanges: unstructure_customer_email_list_changes,
    CustomerEmailSuppressionRequest: unstructure_customer_email_suppression_request,
    CustomerEmailSuppressionResponse: unstructure_customer_email_suppression_response,
    CustomerEmailSuppressionResult: unstructure_customer_email_suppression_result,
    CustomerLoyalty: unstructure_customer_loyalty,
    CustomerLoyaltyLedger: unstructure_customer_loyalty_ledger,
    CustomerLoyaltyRedemption: unstructure_customer_loyalty_redemption,
    CustomerLoyaltyResponse: unstructure_customer_loyalty_response,
    CustomerMagicLinkResponse: unstructure_customer_magic_link_response,
    CustomerMergeRequest: unstructure_customer_merge_request,
    CustomerOrdersSummary: unstructure_customer_orders_summary,
    CustomerPricingTier: unstructure_customer_pricing_tier,
    CustomerPrivacy: unstructure_customer_privacy,
    CustomerProperty: unstructure_customer_property,
    CustomerQuery: unstructure_customer_query,
    CustomerQuotesSummary: unstructure_customer_quotes_summary,
    CustomerResponse: unstructure_customer_response,
    CustomerReviewer: unstructure_customer_reviewer,
    CustomerShipping: unstructure_customer_shipping,
    CustomerSoftwareEntitlement: unstructure_customer_software_entitlement,
    CustomerStoreCredit: unstructure_customer_store_credit,
    CustomerStoreCreditAddRequest: unstructure_customer_store_credit_add_request,
    CustomerStoreCreditLedgerEntry: unstructure_customer_store_credit_ledger_entry,
    CustomerStoreCreditResponse: unstructure_customer_store_credit_response,
    CustomerTag: unstructure_customer_tag,
    CustomerTaxCodes: unstructure_customer_tax_codes,
    CustomerWishListItem: unstructure_customer_wish_list_item,
    CustomerWishListItemResponse: unstructure_customer_wish_list_item_response,
    CustomerWishListItemsResponse: unstructure_customer_wish_list_items_response,
    CustomersResponse: unstructure_customers_response,
    DataTablesServerSideResponse: unstructure_data_tables_server_side_response,
    EmailList: unstructure_email_list,
    EmailListSegmentUsedBy: unstructure_email_list_segment_used_by,
    EmailListsResponse: unstructure_email_lists_response,
    EmailSuppressionSurfaces: unstructure_email_suppression_surfaces,
    EmailVerifyTokenRequest: unstructure_email_verify_token_request,
    EmailVerifyTokenResponse: unstructure_email_verify_token_response,
    EmailVerifyTokenValidateRequest: unstructure_email_verify_token_validate_request,
    EmailVerifyTokenValidateResponse: unstructure_email_verify_token_validate_response,
    GiftCertificate: unstructure_gift_certificate,
    GiftCertificateLedgerEntry: unstructure_gift_certificate_ledger_entry,
    KeyValue: unstructure_key_value,
    ListSegmentMembership: unstructure_list_segment_membership,
    LookupRequest: unstructure_lookup_request,
    LookupResponse: unstructure_lookup_response,
    Metric: unstructure_metric,
    QuickBooksOnlineCustomer: unstructure_quick_books_online_customer,
    QuickBooksOnlineCustomersResponse: unstructure_quick_books_online_customers_response,
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
from ._codec_order import structure_order  # noqa: E402
