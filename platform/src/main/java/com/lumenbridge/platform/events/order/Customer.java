package com.lumenbridge.platform.events.order;

/**
 * The minimum an order keeps about the person buying: contact details for the pickup and the
 * consents given at checkout. {@code analyticsConsent} is {@code null} when the storefront did not
 * ask; the CRM treats that as "not given".
 */
public record Customer(String email, String phone, String name, boolean marketingConsent, Boolean analyticsConsent) {
}
