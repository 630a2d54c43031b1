package com.lumenbridge.catalog.product.application;

import com.lumenbridge.catalog.product.domain.ProductInput;
import com.lumenbridge.catalog.product.domain.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads product fields from a JSON object (API body, NDJSON line) or a CSV record into a
 * {@link ProductInput}, naming every field of the wrong type instead of failing on the first, so
 * the caller hears about type errors and rule violations in one answer.
 */
public final class ProductInputs {

    private ProductInputs() {
    }

    /** What was read: the input, the fields that could not be read, and an optional {@code status}. */
    public record Read(ProductInput input, List<Violation> unreadable, String status) {

        /** Nothing could be read at all (not an object, not JSON): {@link #unreadable} says why, and nothing else applies. */
        public static Read nothing(String field, String message) {
            return new Read(new ProductInput(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null), List.of(new Violation(field, message)), null);
        }

        public boolean isNothing() {
            return input.sku() == null && input.name() == null && input.category() == null && !unreadable.isEmpty()
                && List.of("body", "line", "row").contains(unreadable.get(0).field());
        }
    }

    public static Read fromJson(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Read.nothing("body", "must be a JSON object");
        }
        Json json = new Json(node);
        JsonNode price = node.get("listPrice");
        Long amount = null;
        String currency = null;
        if (price != null && !price.isNull()) {
            if (price.isObject()) {
                Json p = new Json(price, "listPrice.");
                amount = p.longValue("amountMinor");
                currency = p.text("currency");
                json.unreadable.addAll(p.unreadable);
            } else {
                json.unreadable.add(new Violation("listPrice", "must be an object with amountMinor and currency"));
            }
        }
        ProductInput input = new ProductInput(json.text("sku"), json.text("name"), json.text("description"),
            json.text("category"), json.text("segment"), json.decimal("watts"), json.integer("lumens"),
            json.integer("cctKelvin"), json.integer("cri"), json.integer("beamAngle"), json.text("base"),
            json.text("ipRating"), json.bool("dimmable"), json.text("voltage"), json.integer("lifetimeHours"),
            json.text("energyClass"), amount, currency);
        return new Read(input, json.unreadable, json.text("status"));
    }

    /** A CSV record by column name; empty cells are absent values. {@code listPriceMinor} and {@code currency} make up the list price. */
    public static Read fromCsv(Map<String, String> row) {
        Csv csv = new Csv(row);
        ProductInput input = new ProductInput(csv.text("sku"), csv.text("name"), csv.text("description"),
            csv.text("category"), csv.text("segment"), csv.decimal("watts"), csv.integer("lumens"),
            csv.integer("cctKelvin"), csv.integer("cri"), csv.integer("beamAngle"), csv.text("base"),
            csv.text("ipRating"), csv.bool("dimmable"), csv.text("voltage"), csv.integer("lifetimeHours"),
            csv.text("energyClass"), csv.longValue("listPriceMinor", "listPrice.amountMinor"),
            csv.textAs("currency", "listPrice.currency"));
        return new Read(input, csv.unreadable, csv.text("status"));
    }

    private static final class Json {

        private final JsonNode node;
        private final String prefix;
        private final List<Violation> unreadable = new ArrayList<>();

        Json(JsonNode node) {
            this(node, "");
        }

        Json(JsonNode node, String prefix) {
            this.node = node;
            this.prefix = prefix;
        }

        private JsonNode value(String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? null : value;
        }

        String text(String field) {
            JsonNode value = value(field);
            if (value == null) {
                return null;
            }
            if (!value.isString()) {
                unreadable.add(new Violation(prefix + field, "must be a string"));
                return null;
            }
            return value.stringValue();
        }

        Integer integer(String field) {
            JsonNode value = value(field);
            if (value == null) {
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                unreadable.add(new Violation(prefix + field, "must be a whole number"));
                return null;
            }
            return value.intValue();
        }

        Long longValue(String field) {
            JsonNode value = value(field);
            if (value == null) {
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                unreadable.add(new Violation(prefix + field, "must be a whole number of minor units"));
                return null;
            }
            return value.longValue();
        }

        BigDecimal decimal(String field) {
            JsonNode value = value(field);
            if (value == null) {
                return null;
            }
            if (!value.isNumber()) {
                unreadable.add(new Violation(prefix + field, "must be a number"));
                return null;
            }
            return value.decimalValue();
        }

        Boolean bool(String field) {
            JsonNode value = value(field);
            if (value == null) {
                return null;
            }
            if (!value.isBoolean()) {
                unreadable.add(new Violation(prefix + field, "must be true or false"));
                return null;
            }
            return value.booleanValue();
        }
    }

    private static final class Csv {

        private final Map<String, String> row;
        private final List<Violation> unreadable = new ArrayList<>();

        Csv(Map<String, String> row) {
            this.row = row;
        }

        String text(String column) {
            String value = row.get(column);
            return value == null || value.isEmpty() ? null : value;
        }

        String textAs(String column, String alternative) {
            String value = text(column);
            return value != null ? value : text(alternative);
        }

        Integer integer(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return Integer.valueOf(value.strip());
            } catch (NumberFormatException e) {
                unreadable.add(new Violation(column, "must be a whole number"));
                return null;
            }
        }

        Long longValue(String column, String alternative) {
            String name = text(column) != null ? column : alternative;
            String value = text(name);
            if (value == null) {
                return null;
            }
            try {
                return Long.valueOf(value.strip());
            } catch (NumberFormatException e) {
                unreadable.add(new Violation("listPrice.amountMinor", "must be a whole number of minor units"));
                return null;
            }
        }

        BigDecimal decimal(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return new BigDecimal(value.strip());
            } catch (NumberFormatException e) {
                unreadable.add(new Violation(column, "must be a number"));
                return null;
            }
        }

        Boolean bool(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "yes", "1" -> Boolean.TRUE;
                case "false", "no", "0" -> Boolean.FALSE;
                default -> {
                    unreadable.add(new Violation(column, "must be true or false"));
                    yield null;
                }
            };
        }
    }
}
