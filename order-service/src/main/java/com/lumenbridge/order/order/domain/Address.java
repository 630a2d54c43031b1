package com.lumenbridge.order.order.domain;

import java.util.Objects;

/** A delivery address; {@code country} is ISO 3166-1 alpha-2. */
public record Address(String line1, String line2, String city, String postalCode, String country) {

    public Address {
        Objects.requireNonNull(line1, "line1");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(country, "country");
    }
}
