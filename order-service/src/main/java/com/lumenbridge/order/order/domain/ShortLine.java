package com.lumenbridge.order.order.domain;

/** A line store-service could not hold: how many were asked for and how many were available then. */
public record ShortLine(String sku, int requested, int available) {
}
