package com.lumenbridge.crm.profile.domain;

/** What the CRM keeps about a SKU to derive preferences: category, MASS / PROFESSIONAL, CCT and list price. */
public record ProductFacts(String sku, String category, String segment, Integer cctKelvin, Long listPriceMinor) {
}
