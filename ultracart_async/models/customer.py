# Generated from tools/ultracart-openapi.json by tools/generate_models.py: do not edit.
# Regenerate with `python tools/generate_models.py`.
"""Models of the customer API group (``/customer/...``)."""

from __future__ import annotations

from datetime import datetime
from typing import Final

import attrs

from ._base import UltraCartModel
from .common import Error, Property, ResponseMetadata, ResponseWarning

__all__ = [
    "Activity",
    "AdjustInternalCertificateRequest",
    "AdjustInternalCertificateResponse",
    "AdjustLoyaltyPointsRequest",
    "AdjustLoyaltyPointsResponse",
    "CUSTOMER_EMAIL_SUPPRESSION_REQUEST_CONSENT_SOURCE_VALUES",
    "CUSTOMER_QUERY_QUERY_TARGET_VALUES",
    "ChannelPartner",
    "Country",
    "Customer",
    "CustomerActivity",
    "CustomerAffiliate",
    "CustomerAttachment",
    "CustomerBilling",
    "CustomerCard",
    "CustomerEDI",
    "CustomerEditorValues",
    "CustomerEmail",
    "CustomerEmailListChanges",
    "CustomerEmailSuppressionRequest",
    "CustomerEmailSuppressionResponse",
    "CustomerEmailSuppressionResult",
    "CustomerLoyalty",
    "CustomerLoyaltyLedger",
    "CustomerLoyaltyRedemption",
    "CustomerLoyaltyResponse",
    "CustomerMagicLinkResponse",
    "CustomerMergeRequest",
    "CustomerOrdersSummary",
    "CustomerPricingTier",
    "CustomerPrivacy",
    "CustomerProperty",
    "CustomerQuery",
    "CustomerQuotesSummary",
    "CustomerResponse",
    "CustomerReviewer",
    "CustomerShipping",
    "CustomerSoftwareEntitlement",
    "CustomerStoreCredit",
    "CustomerStoreCreditAddRequest",
    "CustomerStoreCreditLedgerEntry",
    "CustomerStoreCreditResponse",
    "CustomerTag",
    "CustomerTaxCodes",
    "CustomerWishListItem",
    "CustomerWishListItemResponse",
    "CustomerWishListItemsResponse",
    "CustomersResponse",
    "DataTablesServerSideResponse",
    "EmailList",
    "EmailListSegmentUsedBy",
    "EmailListsResponse",
    "EmailSuppressionSurfaces",
    "EmailVerifyTokenRequest",
    "EmailVerifyTokenResponse",
    "EmailVerifyTokenValidateRequest",
    "EmailVerifyTokenValidateResponse",
    "GiftCertificate",
    "GiftCertificateLedgerEntry",
    "KeyValue",
    "ListSegmentMembership",
    "LookupRequest",
    "LookupResponse",
    "Metric",
    "QuickBooksOnlineCustomer",
    "QuickBooksOnlineCustomersResponse",
]

CUSTOMER_EMAIL_SUPPRESSION_REQUEST_CONSENT_SOURCE_VALUES: Final[tuple[str, ...]] = (
    "phone",
    "email",
    "chat",
    "in_person",
    "written",
    "other",
)
"""Known values of :attr:`CustomerEmailSuppressionRequest.consent_source`; UltraCart may send
others.
"""

CUSTOMER_QUERY_QUERY_TARGET_VALUES: Final[tuple[str, ...]] = (
    "origin",
    "cache",
)
"""Known values of :attr:`CustomerQuery.query_target`; UltraCart may send others."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class Activity(UltraCartModel):
    """The UltraCart ``Activity`` object."""

    action: str | None = None

    channel: str | None = None

    metric: str | None = None

    storefront_oid: int | None = None

    subject: str | None = None

    ts: int | None = None

    type: str | None = None

    uuid: str | None = None


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class AdjustInternalCertificateRequest(UltraCartModel):
    """The UltraCart ``AdjustInternalCertificateRequest`` object.

    Request body of: adjustInternalCertificate.
    """

    adjustment_amount: float | None = None
    """The adjustment amount."""

    description: str | None = None
    """Description of this adjustment, 50 characters max."""

    entry_dts: datetime | None = None
    """Optional timestamp for the adjustment, defaults to current time. Timestamp (ISO-8601 on the
    wire).
    """

    expiration_days: int | None = None
    """Optional expiration days from the entry_dts when these adjustment becomes worthless."""

    order_id: str | None = None
    """Optional order id if this adjustment is related to a particular order."""

    vesting_days: int | None = None
    """Optional days required for this adjustment to vest."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class AdjustInternalCertificateResponse(UltraCartModel):
    """The UltraCart ``AdjustInternalCertificateResponse`` object.

    Returned by: adjustInternalCertificate.
    """

    adjustment_amount: float | None = None
    """The adjustment amount."""

    balance_amount: float | None = None
    """The balance amount after the adjustment was made."""

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class AdjustLoyaltyPointsRequest(UltraCartModel):
    """The UltraCart ``AdjustLoyaltyPointsRequest`` object.

    Request body of: adjustLoyaltyPoints.
    """

    description: str | None = None
    """Description of this adjustment, 200 characters max."""

    loyalty_points: int | None = None
    """The number of loyalty points to add to the ledger. Use a negative number to debit points.
    Required and may not be zero.
    """

    order_id: str | None = None
    """Optional order id if this adjustment is related to a particular order."""

    vesting_days: int | None = None
    """Optional days required for this adjustment to vest. Leave null to use the merchant configured
    default. Use zero for immediate vesting.
    """


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class AdjustLoyaltyPointsResponse(UltraCartModel):
    """The UltraCart ``AdjustLoyaltyPointsResponse`` object.

    Returned by: adjustLoyaltyPoints.
    """

    current_points: int | None = None
    """The current (vested) points balance after the adjustment was made."""

    error: Error | None = None
    """See :class:`Error`."""

    loyalty_points: int | None = None
    """The loyalty points adjustment that was written to the ledger."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    pending_points: int | None = None
    """The pending (unvested) points balance after the adjustment was made."""

    success: bool | None = None
    """Indicates if API call was successful."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class ChannelPartner(UltraCartModel):
    """The UltraCart ``ChannelPartner`` object."""

    channel_partner_oid: int | None = None
    """Channel partner object id."""

    code: str | None = None
    """Code associated with the channel partner."""

    communication_method: str | None = None
    """Communication method of the channel partner."""

    dont_hold_shipment: bool | None = None
    """True if shipments should immediately process for this channel partner."""

    inactive: bool | None = None
    """True if the channel partner is inactive."""

    merchant_id: str | None = None
    """Merchant ID of the channel partner."""

    name: str | None = None
    """Name of the channel partner."""

    skip_customer_emails: bool | None = None
    """True if emails to the customer are skipped for this channel partner."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class Country(UltraCartModel):
    """The UltraCart ``Country`` object."""

    iso_2_code: str | None = None
    """iso_2_code. At most 2 characters."""

    name: str | None = None
    """name. At most 50 characters."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class Customer(UltraCartModel):
    """The UltraCart ``Customer`` object.

    Request body of: insertCustomer, updateCustomer.
    """

    activity: CustomerActivity | None = None
    """See :class:`CustomerActivity`."""

    affiliate_oid: int | None = None
    """Affiliate oid."""

    allow_3rd_party_billing: bool | None = None
    """Allow 3rd party billing."""

    allow_cod: bool | None = None
    """Allow COD."""

    allow_drop_shipping: bool | None = None
    """Allow Drop Shipping."""

    allow_purchase_order: bool | None = None
    """Allow purchase orders by this customer."""

    allow_quote_request: bool | None = None
    """Allow quote request."""

    allow_selection_of_address_type: bool | None = None
    """Allow selection of residential or business address type."""

    attachments: list[CustomerAttachment] | None = None
    """Attachments."""

    auto_approve_cod: bool | None = None
    """Auto approve COD."""

    auto_approve_purchase_order: bool | None = None
    """Auto approve purchase orders by this customer."""

    automatic_merchant_notes: str | None = None
    """Automatic merchant notes are added to every order placed."""

    billing: list[CustomerBilling] | None = None
    """Billing addresses for this customer."""

    birth_date: datetime | None = None
    """Customer birthday. Timestamp (ISO-8601 on the wire)."""

    business_notes: str | None = None
    """Business notes (internally visible only). At most 2000 characters."""

    cards: list[CustomerCard] | None = None
    """Credit Cards for this customer."""

    cc_emails: list[CustomerEmail] | None = None
    """Additional emails to CC notification."""

    customer_profile_oid: int | None = None
    """Customer profile object identifier."""

    dhl_account_number: str | None = None
    """DHL account number. At most 20 characters."""

    dhl_duty_account_number: str | None = None
    """DHL duty account number. At most 20 characters."""

    do_not_send_mail: bool | None = None
    """Do not send mail (null will not update)."""

    edi: CustomerEDI | None = None
    """See :class:`CustomerEDI`."""

    email: str | None = None
    """Email address of this customer profile."""

    exempt_shipping_handling_charge: bool | None = None
    """Exempt shipping handling charge."""

    fax: str | None = None
    """Fax Number. At most 32 characters."""

    fedex_account_number: str | None = None
    """FedEx account number. At most 20 characters."""

    free_shipping: bool | None = None
    """This customer always receives free shipping."""

    free_shipping_minimum: float | None = None
    """If free_shipping is true, this is the minimum subtotal required for free shipping."""

    last_modified_by: str | None = None
    """Last modified by. At most 100 characters."""

    last_modified_dts: datetime | None = None
    """Last modified date. Timestamp (ISO-8601 on the wire)."""

    loyalty: CustomerLoyalty | None = None
    """See :class:`CustomerLoyalty`."""

    maximum_item_count: int | None = None
    """Maximum item count."""

    merchant_id: str | None = None
    """Merchant ID."""

    minimum_item_count: int | None = None
    """Minimum item count."""

    minimum_subtotal: float | None = None
    """Minimum subtotal."""

    no_coupons: bool | None = None
    """No coupons."""

    no_free_shipping: bool | None = None
    """No free shipping regardless of coupons or item level settings."""

    no_realtime_charge: bool | None = None
    """No realtime charge."""

    orders: list[Order] | None = None
    """Orders associated with this customer profile."""

    orders_summary: CustomerOrdersSummary | None = None
    """See :class:`CustomerOrdersSummary`."""

    password: str | None = attrs.field(default=None, repr=False)
    """Password (may only be set, never read). At most 30 characters."""

    pricing_tiers: list[CustomerPricingTier] | None = None
    """Pricing tiers for this customer."""

    privacy: CustomerPrivacy | None = None
    """See :class:`CustomerPrivacy`."""

    properties: list[CustomerProperty] | None = None
    """Properties for this customer."""

    qb_class: str | None = None
    """QuickBooks class to import this customer as."""

    qb_code: str | None = None
    """QuickBooks name to import this customer as."""

    qb_tax_exemption_reason_code: int | None = None
    """QuickBooks tax exemption reason code."""

    quickbooks_online_customer_id: str | None = None
    """QuickBooks Online customer ID used to lock this customer 1:1 with QuickBooks Online. At most
    50 characters.
    """

    quotes: list[Order] | None = None
    """Quotes associated with this customer profile."""

    quotes_summary: CustomerQuotesSummary | None = None
    """See :class:`CustomerQuotesSummary`."""

    referral_source: str | None = None
    """Referral Source specified on the wholesale customer signup form. No other meaning than that
    signup flow. At most 50 characters.
    """

    reviewer: CustomerReviewer | None = None
    """See :class:`CustomerReviewer`."""

    sales_rep_code: str | None = None
    """Sales rep code. At most 10 characters."""

    send_signup_notification: bool | None = None
    """Send signup notification, if true during customer creation, will send a notification."""

    shipping: list[CustomerShipping] | None = None
    """Shipping addresses for this customer."""

    signup_dts: datetime | None = None
    """Signup date. Timestamp (ISO-8601 on the wire)."""

    software_entitlements: list[CustomerSoftwareEntitlement] | None = None
    """Software entitlements owned by this customer."""

    suppress_buysafe: bool | None = None
    """Suppress buySAFE (deprecated)."""

    tags: list[CustomerTag] | None = None
    """Tags for this customer."""

    tax_codes: CustomerTaxCodes | None = None
    """See :class:`CustomerTaxCodes`."""

    tax_exempt: bool | None = None
    """True if the customer is tax exempt."""

    tax_id: str | None = None
    """Tax ID. At most 15 characters."""

    terms: str | None = None
    """Terms for this customer."""

    track_separately: bool | None = None
    """True if the customer should be tracked separately in QuickBooks."""

    unapproved: bool | None = None
    """Unapproved."""

    ups_account_number: str | None = None
    """UPS account number. At most 20 characters."""

    website_url: str | None = None
    """Website url. At most 100 characters."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerActivity(UltraCartModel):
    """The UltraCart ``CustomerActivity`` object."""

    active: bool | None = None

    activities: list[Activity] | None = None

    global_unsubscribed: bool | None = None

    global_unsubscribed_dts: datetime | None = None
    """Timestamp (ISO-8601 on the wire)."""

    last_activity_dts: datetime | None = None
    """Timestamp (ISO-8601 on the wire)."""

    memberships: list[ListSegmentMembership] | None = None

    metrics: list[Metric] | None = None

    properties_list: list[Property] | None = None

    sms: str | None = None

    sms_stop: bool | None = None

    spam_complaint: bool | None = None

    spam_complaint_dts: datetime | None = None
    """Timestamp (ISO-8601 on the wire)."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerAffiliate(UltraCartModel):
    """The UltraCart ``CustomerAffiliate`` object."""

    affiliate_oid: int | None = None
    """Affiliate object identifier."""

    email: str | None = None
    """email."""

    first_name: str | None = None
    """First name."""

    last_name: str | None = None
    """Last name."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerAttachment(UltraCartModel):
    """The UltraCart ``CustomerAttachment`` object."""

    customer_profile_attachment_oid: int | None = None
    """Attachment identifier."""

    description: str | None = None
    """Description."""

    file_name: str | None = None
    """File name."""

    mime_type: str | None = None
    """Mime type."""

    upload_dts: datetime | None = None
    """Upload date/time. Timestamp (ISO-8601 on the wire)."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerBilling(UltraCartModel):
    """The UltraCart ``CustomerBilling`` object."""

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

    customer_billing_oid: int | None = None
    """Customer profile billing object identifier."""

    customer_profile_oid: int | None = None
    """Customer profile object identifier."""

    day_phone: str | None = None
    """Day phone. At most 25 characters."""

    day_phone_e164: str | None = None
    """Day phone in E.164 format (derived — read only)."""

    default_billing: bool | None = None
    """Default billing."""

    evening_phone: str | None = None
    """Evening phone. At most 25 characters."""

    evening_phone_e164: str | None = None
    """Evening phone in E.164 format (derived — read only)."""

    first_name: str | None = None
    """First name. At most 30 characters."""

    last_name: str | None = None
    """Last name. At most 30 characters."""

    last_used_dts: datetime | None = None
    """Last used date. Timestamp (ISO-8601 on the wire)."""

    postal_code: str | None = None
    """Postal code. At most 20 characters."""

    state_region: str | None = None
    """State for United States otherwise region or province for other countries. At most 32
    characters.
    """

    tax_county: str | None = None
    """Tax County. At most 32 characters."""

    title: str | None = None
    """Title. At most 50 characters."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerCard(UltraCartModel):
    """The UltraCart ``CustomerCard`` object."""

    card_expiration_month: int | None = None
    """Card expiration month (1-12)."""

    card_expiration_year: int | None = None
    """Card expiration year (four digit year)."""

    card_number: str | None = attrs.field(default=None, repr=False)
    """Card number (masked to the last 4)."""

    card_number_token: str | None = attrs.field(default=None, repr=False)
    """Hosted field token for the card number."""

    card_type: str | None = None
    """Card type."""

    customer_profile_credit_card_id: int | None = None
    """ID of the stored credit card to use."""

    customer_profile_oid: int | None = None
    """Customer profile object identifier."""

    last_used_dts: datetime | None = None
    """Last used date. Timestamp (ISO-8601 on the wire)."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerEDI(UltraCartModel):
    """The UltraCart ``CustomerEDI`` object."""

    channel_partner_oid: int | None = None
    """EDI channel partner this customer profile is associated with."""

    distribution_center_number: str | None = None
    """The EDI distribution center number associated with this customer profile."""

    store_number: str | None = None
    """The EDI store number associated with this customer profile."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerEditorValues(UltraCartModel):
    """The UltraCart ``CustomerEditorValues`` object.

    Returned by: getCustomerEditorValues.
    """

    affiliates: list[CustomerAffiliate] | None = None
    """affiliates."""

    card_exp_months: list[str] | None = None
    """card_exp_months."""

    card_exp_years: list[str] | None = None
    """card_exp_years."""

    card_types: list[str] | None = None
    """card_types."""

    countries: list[Country] | None = None
    """countries."""

    edi_channel_partners: list[ChannelPartner] | None = None
    """EDI channel partners."""

    loyalty_ledger_descriptions: list[str] | None = None
    """loyalty_ledger_descriptions."""

    loyalty_program_type: str | None = None
    """loyalty_program_type."""

    qb_classes: list[str] | None = None
    """qb_classes."""

    sales_rep_codes: list[str] | None = None
    """sales_rep_codes."""

    state_optional_countries: list[Country] | None = None
    """state_optional_countries."""

    terms: list[str] | None = None
    """terms."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerEmail(UltraCartModel):
    """The UltraCart ``CustomerEmail`` object."""

    customer_profile_email_oid: int | None = None
    """ID of the email."""

    email: str | None = None
    """Email. At most 100 characters."""

    label: str | None = None
    """Label. At most 100 characters."""

    receipt_notification: bool | None = None
    """CC this email on receipt notifications."""

    refund_notification: bool | None = None
    """CC this email on refund notifications."""

    shipment_notification: bool | None = None
    """CC this email on shipment notifications."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerEmailListChanges(UltraCartModel):
    """The UltraCart ``CustomerEmailListChanges`` object.

    Returned by: updateCustomerEmailLists.

    Request body of: updateCustomerEmailLists.
    """

    add_to_lists: list[str] | None = None
    """Add this customer to these email lists."""

    remove_from_lists: list[str] | None = None
    """Remove this customer from these email lists."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerEmailSuppressionRequest(UltraCartModel):
    """The UltraCart ``CustomerEmailSuppressionRequest`` object.

    Request body of: updateCustomerEmailSuppression.
    """

    clear_bounce: bool | None = None
    """Clear bounce suppression for this address. Bounce has no per-customer flag; it exists only on
    the suppression tables.
    """

    clear_global_unsubscribe: bool | None = None
    """Clear the global unsubscribe flag. No-op if it is already clear."""

    clear_spam_complaint: bool | None = None
    """Clear the spam complaint flag. Requires a reason. No-op if it is already clear."""

    consent_source: str | None = None
    """How the customer communicated consent. Known values: ``'phone'``, ``'email'``, ``'chat'``,
    ``'in_person'``, ``'written'``, ``'other'``; other values are kept as they are.
    """

    reason: str | None = None
    """Justification for the clear. Required when clearing a spam complaint. Retained on the audit
    record.
    """


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerEmailSuppressionResponse(UltraCartModel):
    """The UltraCart ``CustomerEmailSuppressionResponse`` object.

    Returned by: updateCustomerEmailSuppression.
    """

    email_suppression: CustomerEmailSuppressionResult | None = None
    """See :class:`CustomerEmailSuppressionResult`."""

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerEmailSuppressionResult(UltraCartModel):
    """The UltraCart ``CustomerEmailSuppressionResult`` object."""

    bounce_cleared: bool | None = None
    """True only if this call actually removed bounce suppression. Bounce has no per-customer flag,
    so there is no corresponding state field.
    """

    customer_profile_oid: int | None = None
    """The customer profile oid that was operated on."""

    email: str | None = None
    """The email address that was operated on."""

    esp_suppression_removed: bool | None = None
    """True only if every requested suppression surface was successfully cleared. When false, see
    esp_warning -- the profile was still modified.
    """

    esp_warning: str | None = None
    """Human readable explanation when esp_suppression_removed is false. Suitable for display to a
    support agent.
    """

    global_unsubscribe_cleared: bool | None = None
    """True only if this call actually changed the global unsubscribe flag. False if it was already
    clear.
    """

    global_unsubscribed: bool | None = None
    """Global unsubscribe state AFTER this call."""

    global_unsubscribed_dts: datetime | None = None
    """Global unsubscribe timestamp after this call. Nulled when cleared; the prior value is
    retained on the audit record. Timestamp (ISO-8601 on the wire).
    """

    spam_complaint: bool | None = None
    """Spam complaint state AFTER this call."""

    spam_complaint_cleared: bool | None = None
    """True only if this call actually changed the spam complaint flag. False if it was already
    clear.
    """

    spam_complaint_dts: datetime | None = None
    """Spam complaint timestamp after this call. Nulled when cleared; the prior value is retained on
    the audit record. Timestamp (ISO-8601 on the wire).
    """

    suppression_surfaces: EmailSuppressionSurfaces | None = None
    """See :class:`EmailSuppressionSurfaces`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerLoyalty(UltraCartModel):
    """The UltraCart ``CustomerLoyalty`` object."""

    current_points: int | None = None
    """Current points."""

    internal_gift_certificate: GiftCertificate | None = None
    """See :class:`GiftCertificate`."""

    internal_gift_certificate_balance: str | None = None
    """Loyalty Cashback / Store credit balance (internal gift certificate balance)."""

    internal_gift_certificate_oid: int | None = None
    """Internal gift certificate oid used to tracking loyalty cashback / store credit."""

    ledger_entries: list[CustomerLoyaltyLedger] | None = None
    """Ledger entries."""

    loyalty_tier_expiration_dts: datetime | None = None
    """Loyalty tier expiration date (read only because of SDK addition). Timestamp (ISO-8601 on the
    wire).
    """

    loyalty_tier_name: str | None = None
    """Loyalty tier name."""

    loyalty_tier_oid: int | None = None
    """Loyalty tier oid (set to zero to remove the tier)."""

    pending_points: int | None = None
    """Pending Points."""

    redemptions: list[CustomerLoyaltyRedemption] | None = None
    """Redemptions."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerLoyaltyLedger(UltraCartModel):
    """The UltraCart ``CustomerLoyaltyLedger`` object."""

    created_by: str | None = None
    """Created By."""

    created_dts: datetime | None = None
    """Created date. Timestamp (ISO-8601 on the wire)."""

    description: str | None = None
    """Description."""

    email: str | None = None
    """Email."""

    item_id: str | None = None
    """Item Id."""

    item_index: int | None = None
    """Item Index."""

    ledger_dts: datetime | None = None
    """Ledger date. Timestamp (ISO-8601 on the wire)."""

    loyalty_campaign_oid: int | None = None
    """Loyalty campaign oid."""

    loyalty_ledger_oid: int | None = None
    """Loyalty ledger oid."""

    loyalty_points: int | None = None
    """Loyalty points."""

    modified_by: str | None = None
    """Modified By."""

    modified_dts: datetime | None = None
    """Modified date. Timestamp (ISO-8601 on the wire)."""

    order_id: str | None = None
    """Order Id."""

    quantity: int | None = None
    """Quantity."""

    vesting_dts: datetime | None = None
    """Vesting date. Timestamp (ISO-8601 on the wire)."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerLoyaltyRedemption(UltraCartModel):
    """The UltraCart ``CustomerLoyaltyRedemption`` object."""

    coupon_code: str | None = None
    """Coupon code."""

    coupon_code_oid: int | None = None
    """Coupon code OID."""

    coupon_used: bool | None = None
    """Coupon used."""

    description_for_customer: str | None = None
    """Description for customer."""

    expiration_dts: datetime | None = None
    """Expiration date. Timestamp (ISO-8601 on the wire)."""

    gift_certificate_code: str | None = None
    """Gift certificate code."""

    gift_certificate_oid: int | None = None
    """Gift certificate oid."""

    loyalty_ledger_oid: int | None = None
    """Loyalty ledger OID."""

    loyalty_points: int | None = None
    """Loyalty points."""

    loyalty_redemption_oid: int | None = None
    """Loyalty redemption OID."""

    order_id: str | None = None
    """Order id."""

    redemption_dts: datetime | None = None
    """Redemption date. Timestamp (ISO-8601 on the wire)."""

    remaining_balance: float | None = None
    """Remaining balance."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerLoyaltyResponse(UltraCartModel):
    """The UltraCart ``CustomerLoyaltyResponse`` object.

    Returned by: getCustomerLoyalty.
    """

    customer_loyalty: CustomerLoyalty | None = None
    """See :class:`CustomerLoyalty`."""

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerMagicLinkResponse(UltraCartModel):
    """The UltraCart ``CustomerMagicLinkResponse`` object.

    Returned by: getMagicLink.
    """

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    url: str | None = None
    """URL."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerMergeRequest(UltraCartModel):
    """The UltraCart ``CustomerMergeRequest`` object.

    Request body of: mergeCustomer.
    """

    customer_profile_oid: int | None = None
    """Customer profile oid to merge."""

    email: str | None = None
    """Email of the customer profile to merge."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerOrdersSummary(UltraCartModel):
    """The UltraCart ``CustomerOrdersSummary`` object."""

    first_order_dts: datetime | None = None
    """First order date. Timestamp (ISO-8601 on the wire)."""

    last_order_dts: datetime | None = None
    """Last order date. Timestamp (ISO-8601 on the wire)."""

    order_count: int | None = None
    """Total number of orders."""

    total: float | None = None
    """Total amount associated with the orders."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerPricingTier(UltraCartModel):
    """The UltraCart ``CustomerPricingTier`` object."""

    name: str | None = None
    """Name. At most 50 characters."""

    pricing_tier_oid: int | None = None
    """Pricing Tier Oid."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerPrivacy(UltraCartModel):
    """The UltraCart ``CustomerPrivacy`` object."""

    last_update_dts: datetime | None = None
    """Last update date. Timestamp (ISO-8601 on the wire)."""

    marketing: bool | None = None
    """The customer has opted in to marketing."""

    preference: bool | None = None
    """The customer has opted in to preference tracking."""

    statistics: bool | None = None
    """The customer has opted in to statistics collection."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerProperty(UltraCartModel):
    """The UltraCart ``CustomerProperty`` object."""

    customer_profile_property_oid: int | None = None
    """Customer profile property oid."""

    expiration_dts: datetime | None = None
    """The date/time that the property expires and is deleted. Timestamp (ISO-8601 on the wire)."""

    name: str | None = None
    """Name. At most 100 characters."""

    value: str | None = None
    """Value. At most 1500 characters."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerQuery(UltraCartModel):
    """The UltraCart ``CustomerQuery`` object.

    Request body of: getCustomersByQuery.
    """

    all_tags: list[str] | None = None
    """All tags the customer must have."""

    any_tags: list[str] | None = None
    """Any of these tags the customer must have."""

    billing_city: str | None = None
    """Billing city. At most 32 characters."""

    billing_company: str | None = None
    """Billing company. At most 50 characters."""

    billing_country_code: str | None = None
    """Billing country code. At most 2 characters."""

    billing_day_phone: str | None = None
    """Billing day phone. At most 25 characters."""

    billing_evening_phone: str | None = None
    """Billing evening phone. At most 25 characters."""

    billing_first_name: str | None = None
    """Billing first name. At most 30 characters."""

    billing_last_name: str | None = None
    """Billing last name. At most 30 characters."""

    billing_postal_code: str | None = None
    """Billing postal code. At most 20 characters."""

    billing_state: str | None = None
    """Billing state. At most 32 characters."""

    email: str | None = None
    """Email address of this customer profile."""

    emails: list[str] | None = None
    """Emails allows for searching on multiple email addresses and work with our without the single
    email variable. You may specify a single email address here or use the email property.
    """

    last_modified_dts_end: datetime | None = None
    """Last modified date end. Timestamp (ISO-8601 on the wire)."""

    last_modified_dts_start: datetime | None = None
    """Last modified date start. Timestamp (ISO-8601 on the wire)."""

    pricing_tier_name: str | None = None
    """Pricing tier name. At most 50 characters."""

    pricing_tier_oid: int | None = None
    """Pricing tier oid."""

    qb_class: str | None = None
    """QuickBooks class to import this customer as."""

    query_target: str | None = None
    """Query Target. Known values: ``'origin'``, ``'cache'``; other values are kept as they are."""

    quickbooks_code: str | None = None
    """QuickBooks name to import this customer as."""

    shipping_city: str | None = None
    """Billing city. At most 32 characters."""

    shipping_company: str | None = None
    """Billing company. At most 50 characters."""

    shipping_country_code: str | None = None
    """Billing country code. At most 2 characters."""

    shipping_day_phone: str | None = None
    """Billing day phone. At most 25 characters."""

    shipping_evening_phone: str | None = None
    """Billing evening phone. At most 25 characters."""

    shipping_first_name: str | None = None
    """Billing first name. At most 30 characters."""

    shipping_last_name: str | None = None
    """Billing last name. At most 30 characters."""

    shipping_postal_code: str | None = None
    """Billing postal code. At most 20 characters."""

    shipping_state: str | None = None
    """Billing state. At most 32 characters."""

    signup_dts_end: datetime | None = None
    """Signup date end. Timestamp (ISO-8601 on the wire)."""

    signup_dts_start: datetime | None = None
    """Signup date start. Timestamp (ISO-8601 on the wire)."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerQuotesSummary(UltraCartModel):
    """The UltraCart ``CustomerQuotesSummary`` object."""

    first_quote_dts: datetime | None = None
    """First quote date. Timestamp (ISO-8601 on the wire)."""

    last_quote_dts: datetime | None = None
    """Last quote date. Timestamp (ISO-8601 on the wire)."""

    quote_count: int | None = None
    """Total number of quote."""

    total: float | None = None
    """Total amount associated with the quotes."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerResponse(UltraCartModel):
    """The UltraCart ``CustomerResponse`` object.

    Returned by: getCustomer, getCustomerByEmail, insertCustomer, updateCustomer.
    """

    customer: Customer | None = None
    """See :class:`Customer`."""

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerReviewer(UltraCartModel):
    """The UltraCart ``CustomerReviewer`` object."""

    auto_approve: bool | None = None
    """True if reviewes from this customer profile should automatically be approved."""

    average_overall_rating: float | None = None
    """Average overall rating of items reviewed."""

    expert: bool | None = None
    """True if the customer is an expert."""

    first_review: str | None = None
    """First review."""

    last_review: str | None = None
    """Last review."""

    location: str | None = None
    """Location of the reviewer."""

    nickname: str | None = None
    """Nickname of the reviewer."""

    number_helpful_review_votes: int | None = None
    """Number of helpful review votes."""

    rank: int | None = None
    """Rank of this reviewer."""

    reviews_contributed: int | None = None
    """Number of reviews contributed."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerShipping(UltraCartModel):
    """The UltraCart ``CustomerShipping`` object."""

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

    customer_profile_oid: int | None = None
    """Customer profile object identifier."""

    customer_shipping_oid: int | None = None
    """Customer profile shipping object identifier."""

    day_phone: str | None = None
    """Day phone. At most 25 characters."""

    day_phone_e164: str | None = None
    """Day phone in E.164 format (derived — read only)."""

    default_shipping: bool | None = None
    """Default shipping."""

    evening_phone: str | None = None
    """Evening phone. At most 25 characters."""

    evening_phone_e164: str | None = None
    """Evening phone in E.164 format (derived — read only)."""

    first_name: str | None = None
    """First name. At most 30 characters."""

    last_name: str | None = None
    """Last name. At most 30 characters."""

    last_used_dts: datetime | None = None
    """Last used date. Timestamp (ISO-8601 on the wire)."""

    postal_code: str | None = None
    """Postal code. At most 20 characters."""

    state_region: str | None = None
    """State for United States otherwise region or province for other countries. At most 32
    characters.
    """

    tax_county: str | None = None
    """Tax County. At most 32 characters."""

    title: str | None = None
    """Title. At most 50 characters."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerSoftwareEntitlement(UltraCartModel):
    """The UltraCart ``CustomerSoftwareEntitlement`` object."""

    activation_code: str | None = None
    """Activation Code Associated with the software. At most 50 characters."""

    activation_dts: datetime | None = None
    """Date/time when the activation code was created. Timestamp (ISO-8601 on the wire)."""

    customer_software_entitlement_oid: int | None = None
    """Customer profile software entitlement object identifier."""

    expiration_dts: datetime | None = None
    """Date/time when the activation code will expire. Timestamp (ISO-8601 on the wire)."""

    purchased_via_item_description: str | None = None
    """Item description used to purchase this software. At most 512 characters."""

    purchased_via_item_id: str | None = None
    """Item ID used to purchase this software. At most 20 characters."""

    purchased_via_order_id: str | None = None
    """Order ID used to purchase this software. At most 30 characters."""

    software_sku: str | None = None
    """SKU of the software. At most 30 characters."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerStoreCredit(UltraCartModel):
    """The UltraCart ``CustomerStoreCredit`` object."""

    available: float | None = None
    """Available store credit which is defined as unused and vested."""

    expiring: float | None = None
    """Amount of store credit expiring within 30 days."""

    future_ledgers: list[CustomerStoreCreditLedgerEntry] | None = None
    """Array of future ledger entries including expiring entries."""

    past_ledgers: list[CustomerStoreCreditLedgerEntry] | None = None
    """Array of past ledger entries including accrual, usage, and expiring entries."""

    total: float | None = None
    """Total lifetime store credit for this customer."""

    vesting: float | None = None
    """Amount of store credit vesting."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerStoreCreditAddRequest(UltraCartModel):
    """The UltraCart ``CustomerStoreCreditAddRequest`` object.

    Request body of: addCustomerStoreCredit.
    """

    amount: float | None = None
    """Amount of store credit."""

    description: str | None = None
    """Description or reason for the store credit."""

    expiration_days: int | None = None
    """Optional days for store credit to expire or zero for no expiration."""

    vesting_days: int | None = None
    """Optional days for store credit to vesting or zero for immediately available."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerStoreCreditLedgerEntry(UltraCartModel):
    """The UltraCart ``CustomerStoreCreditLedgerEntry`` object."""

    action: str | None = None
    """Identifies the state of this ledger entry whether the entry is Vesting or Expiring."""

    amount: float | None = None
    """The amount of the activity."""

    description: str | None = None
    """Description of what this ledger entry is used. At most 50 characters."""

    entry_dts: datetime | None = None
    """Date time of this ledger activity. Timestamp (ISO-8601 on the wire)."""

    gift_certificate_ledger_oid: int | None = None
    """Gift certificate ledger oid is a primary key for this object, used internally."""

    gift_certificate_oid: int | None = None
    """Gift certificate oid."""

    reference_order_id: str | None = None
    """The order id if this gift certificate was used as part of the payment."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerStoreCreditResponse(UltraCartModel):
    """The UltraCart ``CustomerStoreCreditResponse`` object.

    Returned by: getCustomerStoreCredit.
    """

    customer_store_credit: CustomerStoreCredit | None = None
    """See :class:`CustomerStoreCredit`."""

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerTag(UltraCartModel):
    """The UltraCart ``CustomerTag`` object."""

    tag_value: str | None = None
    """Tag Value. At most 250 characters."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerTaxCodes(UltraCartModel):
    """The UltraCart ``CustomerTaxCodes`` object."""

    avalara_customer_code: str | None = None
    """Avalara customer code."""

    avalara_entity_use_code: str | None = None
    """Avalara entity use code."""

    sovos_customer_code: str | None = None
    """Sovos customer code."""

    taxjar_customer_id: str | None = None
    """TaxJar customer id."""

    taxjar_exemption_type: str | None = None
    """TaxJar exemption type."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerWishListItem(UltraCartModel):
    """The UltraCart ``CustomerWishListItem`` object.

    Returned by: insertWishListItem, updateWishListItem.

    Request body of: insertWishListItem, updateWishListItem.
    """

    add_dts: datetime | None = None
    """Add date. Timestamp (ISO-8601 on the wire)."""

    comments: str | None = None
    """Comments. At most 1024 characters."""

    customer_profile_oid: int | None = None
    """Customer profile object identifier."""

    customer_wishlist_item_oid: int | None = None
    """Customer wishlist item object identifier."""

    merchant_item_oid: int | None = None
    """Merchant item object identifier."""

    position: int | None = None
    """Position in wishlist."""

    priority: int | None = None
    """Priority of wishlist item, 3 being low priority and 5 is high priority."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerWishListItemResponse(UltraCartModel):
    """The UltraCart ``CustomerWishListItemResponse`` object.

    Returned by: getCustomerWishListItem.
    """

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""

    wishlist_item: CustomerWishListItem | None = None
    """See :class:`CustomerWishListItem`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomerWishListItemsResponse(UltraCartModel):
    """The UltraCart ``CustomerWishListItemsResponse`` object.

    Returned by: getCustomerWishList.
    """

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""

    wishlist_items: list[CustomerWishListItem] | None = None


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class CustomersResponse(UltraCartModel):
    """The UltraCart ``CustomersResponse`` object.

    Returned by: getCustomers, getCustomersByQuery, searchCustomers.
    """

    customers: list[Customer] | None = None

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class DataTablesServerSideResponse(UltraCartModel):
    """The UltraCart ``DataTablesServerSideResponse`` object.

    Returned by: getCustomersForDataTables.
    """

    data: list[Customer] | None = None

    draw: int | None = None

    recordsFiltered: int | None = None

    recordsTotal: int | None = None


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class EmailList(UltraCartModel):
    """The UltraCart ``EmailList`` object."""

    allow_csv_download: bool | None = None
    """True if the current user has the rights to download this list."""

    created_dts: datetime | None = None
    """Created date. Timestamp (ISO-8601 on the wire)."""

    deleted: bool | None = None
    """True if this campaign was deleted."""

    email_list_uuid: str | None = None
    """Email list UUID."""

    esp_list_segment_folder_uuid: str | None = None
    """List/Segment folder UUID."""

    member_count: int | None = None
    """Count of members in this list."""

    merchant_id: str | None = None
    """Merchant ID."""

    name: str | None = None
    """Name of email list. At most 250 characters."""

    public_description: str | None = None
    """Description of list shown to customer."""

    public_list: bool | None = None
    """True if this list is public."""

    storefront_oid: int | None = None
    """Storefront oid."""

    used_by: list[EmailListSegmentUsedBy] | None = None
    """Details on the flows or campaigns that use this list."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class EmailListSegmentUsedBy(UltraCartModel):
    """The UltraCart ``EmailListSegmentUsedBy`` object."""

    email_campaign_uuid: str | None = None
    """Email campaign UUID."""

    email_flow_uuid: str | None = None
    """Email flow UUID."""

    name: str | None = None
    """Name of the list or segment."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class EmailListsResponse(UltraCartModel):
    """The UltraCart ``EmailListsResponse`` object.

    Returned by: getCustomerEmailLists.
    """

    error: Error | None = None
    """See :class:`Error`."""

    lists: list[EmailList] | None = None

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class EmailSuppressionSurfaces(UltraCartModel):
    """The UltraCart ``EmailSuppressionSurfaces`` object."""

    central_ses_suppression: str | None = None
    """Outcome of removing the address from the central cross-account ses_suppression table."""

    esp_customer_flags: str | None = None
    """Outcome of clearing the per-customer send gates on esp_customer."""

    ses_account_suppression: str | None = None
    """Outcome of removing the address from the SES-native account-level suppression list."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class EmailVerifyTokenRequest(UltraCartModel):
    """The UltraCart ``EmailVerifyTokenRequest`` object.

    Request body of: getEmailVerificationToken.
    """

    email: str | None = None
    """email."""

    password: str | None = attrs.field(default=None, repr=False)
    """password."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class EmailVerifyTokenResponse(UltraCartModel):
    """The UltraCart ``EmailVerifyTokenResponse`` object.

    Returned by: getEmailVerificationToken.
    """

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    token: str | None = attrs.field(default=None, repr=False)
    """token."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class EmailVerifyTokenValidateRequest(UltraCartModel):
    """The UltraCart ``EmailVerifyTokenValidateRequest`` object.

    Request body of: validateEmailVerificationToken.
    """

    token: str | None = attrs.field(default=None, repr=False)
    """token."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class EmailVerifyTokenValidateResponse(UltraCartModel):
    """The UltraCart ``EmailVerifyTokenValidateResponse`` object.

    Returned by: validateEmailVerificationToken.
    """

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class GiftCertificate(UltraCartModel):
    """The UltraCart ``GiftCertificate`` object."""

    activated: bool | None = None
    """True if this gift certificate is activated and ready to apply to purchases."""

    code: str | None = None
    """The code used by the customer to purchase against this gift certificate."""

    customer_profile_oid: int | None = None
    """This is the customer profile oid associated with this internally managed gift certificate."""

    deleted: bool | None = None
    """True if this gift certificate was deleted."""

    email: str | None = None
    """Email of the customer associated with this gift certificate. At most 100 characters."""

    expiration_dts: datetime | None = None
    """Expiration date time. Timestamp (ISO-8601 on the wire)."""

    gift_certificate_oid: int | None = None
    """Gift certificate oid."""

    internal: bool | None = None
    """This is an internally managed gift certificate associated with the loyalty cash rewards
    program.
    """

    ledger_entries: list[GiftCertificateLedgerEntry] | None = None
    """A list of all ledger activity for this gift certificate."""

    merchant_id: str | None = None
    """Merchant Id."""

    merchant_note: str | None = None
    """A list of all ledger activity for this gift certificate."""

    original_balance: float | None = None
    """Original balance of the gift certificate."""

    reference_order_id: str | None = None
    """The order used to purchase this gift certificate. This value is ONLY set during checkout when
    a certificate is purchased, not when it is used. Any usage is recorded in the ledger.
    """

    remaining_balance: float | None = None
    """The remaining balance on the gift certificate. This is never set directly, but calculated
    from the ledger. To change the remaining balance, add a ledger entry.
    """


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class GiftCertificateLedgerEntry(UltraCartModel):
    """The UltraCart ``GiftCertificateLedgerEntry`` object."""

    amount: float | None = None
    """The amount of the activity."""

    description: str | None = None
    """Description of what this ledger entry is used. At most 50 characters."""

    entry_dts: datetime | None = None
    """Date time of this ledger activity. Timestamp (ISO-8601 on the wire)."""

    gift_certificate_ledger_oid: int | None = None
    """Gift certificate ledger oid is a primary key for this object, used internally."""

    gift_certificate_oid: int | None = None
    """Gift certificate oid."""

    reference_order_id: str | None = None
    """The order id if this gift certificate was used as part of the payment."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class KeyValue(UltraCartModel):
    """The UltraCart ``KeyValue`` object."""

    description: str | None = None
    """Optional description of the lookup value."""

    key: str | None = None
    """The key or id of this lookup value."""

    value: str | None = None
    """The value of this lookup value."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class ListSegmentMembership(UltraCartModel):
    """The UltraCart ``ListSegmentMembership`` object."""

    name: str | None = None

    type: str | None = None

    uuid: str | None = None


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class LookupRequest(UltraCartModel):
    """The UltraCart ``LookupRequest`` object.

    Request body of: searchCustomerProfileValues.
    """

    category: str | None = None

    matches: str | None = None

    max_hits: int | None = None

    storefront_host_name: str | None = None

    storefront_oid: int | None = None

    subcategory: str | None = None


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class LookupResponse(UltraCartModel):
    """The UltraCart ``LookupResponse`` object.

    Returned by: searchCustomerProfileValues.
    """

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    values: list[KeyValue] | None = None

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class Metric(UltraCartModel):
    """The UltraCart ``Metric`` object."""

    all_time: float | None = None

    all_time_formatted: str | None = None

    last_30: float | None = None

    last_30_formatted: str | None = None

    name: str | None = None

    prior_30: float | None = None

    prior_30_formatted: str | None = None

    type: str | None = None


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class QuickBooksOnlineCustomer(UltraCartModel):
    """The UltraCart ``QuickBooksOnlineCustomer`` object."""

    customer_id: str | None = None
    """The QuickBooks Online internal customer id. Stored on the customer profile to lock it 1:1
    with QuickBooks Online.
    """

    display_name: str | None = None
    """The QuickBooks Online customer display name."""

    email: str | None = None
    """The QuickBooks Online customer primary email address, if any."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class QuickBooksOnlineCustomersResponse(UltraCartModel):
    """The UltraCart ``QuickBooksOnlineCustomersResponse`` object.

    Returned by: getQuickBooksOnlineCustomers.
    """

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    quickbooks_online_customers: list[QuickBooksOnlineCustomer] | None = None
    """QuickBooks Online customers matching the typeahead query."""

    success: bool | None = None
    """Indicates if API call was successful."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""


# Why at the bottom: the group modules refer to each other (Customer.orders,
# Order.customer_profile); importing once every class above exists breaks the cycle.
from .order import Order  # noqa: E402
