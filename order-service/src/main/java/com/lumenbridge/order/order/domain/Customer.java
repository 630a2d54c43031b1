package com.lumenbridge.order.order.domain;

import java.util.Objects;

/** The minimum the flow needs of the person buying; {@code phone} and {@code analyticsConsent} are optional. */
public record Customer(String email, String phone, String name, boolean marketingConsent, Boolean analyticsConsent) {

    /** What stays of a customer the manufacturer's CRM erased. */
    public static final String ERASED = "erased";

    public Customer {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
    }

    /** The same order's customer with every personal field replaced and no consent left. */
    public Customer masked() {
        return new Customer(ERASED, null, ERASED, false, null);
    }
}
