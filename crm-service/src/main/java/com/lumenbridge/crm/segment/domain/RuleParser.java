package com.lumenbridge.crm.segment.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses the JSON rule language from its plain tree (maps, lists, strings, numbers, booleans):
 * <pre>
 * rule       := {"and": [rule, …]} | {"or": [rule, …]} | {"not": rule} | comparison
 * comparison := {"field": name, "op": op, "value": value}
 * op         := eq | ne | gt | gte | lt | lte | in | notIn          (number fields)
 *             | eq | ne | in | notIn                                (text fields)
 *             | eq | ne                                            (boolean fields)
 *             | within | notWithin with an ISO-8601 duration "P90D" (time fields)
 * </pre>
 * Every bad clause is reported with its path, e.g. {@code rule.and[2].value}.
 */
public final class RuleParser {

    public static final int MAX_DEPTH = 8;
    public static final int MAX_CLAUSES = 100;
    public static final int MAX_IN_VALUES = 200;

    private final List<RuleError> errors = new ArrayList<>();
    private int clauses;

    private RuleParser() {
    }

    /** The rule, or {@link InvalidRule} naming every bad clause. */
    public static Rule parse(Object tree) {
        RuleParser parser = new RuleParser();
        Rule rule = parser.rule(tree, "rule", 0);
        if (!parser.errors.isEmpty()) {
            throw new InvalidRule(parser.errors);
        }
        return rule;
    }

    private Rule rule(Object node, String path, int depth) {
        if (!(node instanceof Map<?, ?> map)) {
            return reject(path, "must be an object: {\"and\": […]}, {\"or\": […]}, {\"not\": …} or {\"field\", \"op\", \"value\"}");
        }
        if (depth >= MAX_DEPTH) {
            return reject(path, "nests deeper than " + MAX_DEPTH + " levels");
        }
        if (++clauses > MAX_CLAUSES) {
            return reject(path, "the rule has more than " + MAX_CLAUSES + " clauses");
        }
        if (map.containsKey("and") || map.containsKey("or")) {
            String kind = map.containsKey("and") ? "and" : "or";
            if (map.size() != 1) {
                return reject(path, "\"" + kind + "\" must be the only member of its clause");
            }
            if (!(map.get(kind) instanceof List<?> items) || items.isEmpty()) {
                return reject(path + "." + kind, "must be a non-empty array of rules");
            }
            List<Rule> rules = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                rules.add(rule(items.get(i), path + "." + kind + "[" + i + "]", depth + 1));
            }
            return kind.equals("and") ? new Rule.And(rules) : new Rule.Or(rules);
        }
        if (map.containsKey("not")) {
            if (map.size() != 1) {
                return reject(path, "\"not\" must be the only member of its clause");
            }
            return new Rule.Not(rule(map.get("not"), path + ".not", depth + 1));
        }
        return comparison(map, path);
    }

    private Rule comparison(Map<?, ?> map, String path) {
        for (Object key : map.keySet()) {
            if (!Set.of("field", "op", "value").contains(key)) {
                return reject(path + "." + key, "is not part of the rule language; a clause is and, or, not or field/op/value");
            }
        }
        Optional<Field> field = map.get("field") instanceof String name ? Field.named(name) : Optional.empty();
        if (field.isEmpty()) {
            return reject(path + ".field", (map.get("field") == null ? "is required" : "'" + map.get("field")
                + "' is not a field") + "; fields are " + Field.names());
        }
        Optional<Rule.Op> op = map.get("op") instanceof String name
            ? Arrays.stream(Rule.Op.values()).filter(o -> o.wireName.equals(name)).findFirst() : Optional.empty();
        List<Rule.Op> allowed = allowedOps(field.get().type());
        if (op.isEmpty() || !allowed.contains(op.get())) {
            return reject(path + ".op", (map.get("op") == null ? "is required" : "'" + map.get("op") + "' is not an operator for "
                + field.get().wireName()) + "; use one of " + allowed.stream().map(Rule.Op::wireName).toList());
        }
        if (!map.containsKey("value")) {
            return reject(path + ".value", "is required");
        }
        Object value = value(field.get(), op.get(), map.get("value"), path + ".value");
        return value == null ? null : new Rule.Comparison(field.get(), op.get(), value);
    }

    private Object value(Field field, Rule.Op op, Object raw, String path) {
        if (op == Rule.Op.WITHIN || op == Rule.Op.NOT_WITHIN) {
            return duration(raw, path);
        }
        if (op == Rule.Op.IN || op == Rule.Op.NOT_IN) {
            if (!(raw instanceof List<?> items) || items.isEmpty() || items.size() > MAX_IN_VALUES) {
                reject(path, "must be an array of 1 to " + MAX_IN_VALUES + " values");
                return null;
            }
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                Object v = scalar(field, items.get(i), path + "[" + i + "]");
                if (v == null) {
                    return null;
                }
                values.add(v);
            }
            return List.copyOf(values);
        }
        return scalar(field, raw, path);
    }

    private Object scalar(Field field, Object raw, String path) {
        switch (field.type()) {
            case NUMBER -> {
                if (raw instanceof Number n) {
                    return new BigDecimal(n.toString());
                }
                reject(path, "must be a number for " + field.wireName());
                return null;
            }
            case BOOLEAN -> {
                if (raw instanceof Boolean b) {
                    return b;
                }
                reject(path, "must be true or false for " + field.wireName());
                return null;
            }
            default -> {
                if (!(raw instanceof String s) || s.isBlank()) {
                    reject(path, "must be a non-blank string for " + field.wireName());
                    return null;
                }
                if (field.allowed().isPresent() && !field.allowed().get().contains(s)) {
                    reject(path, "'" + s + "' is not a value of " + field.wireName() + "; values are "
                        + field.allowed().get().stream().sorted().toList());
                    return null;
                }
                return s;
            }
        }
    }

    private Duration duration(Object raw, String path) {
        if (raw instanceof String text) {
            try {
                Duration d = text.contains("T") ? Duration.parse(text) : days(Period.parse(text));
                if (!d.isNegative() && !d.isZero()) {
                    return d;
                }
            } catch (DateTimeParseException | ArithmeticException e) {
                // reported below
            }
        }
        reject(path, "must be a positive ISO-8601 duration such as \"P90D\" or \"PT12H\"");
        return null;
    }

    private static Duration days(Period period) {
        if (period.getYears() != 0 || period.getMonths() != 0) {
            throw new ArithmeticException("years and months have no fixed length; use days");
        }
        return Duration.ofDays(period.getDays());
    }

    private static List<Rule.Op> allowedOps(Field.Type type) {
        return switch (type) {
            case NUMBER -> List.of(Rule.Op.EQ, Rule.Op.NE, Rule.Op.GT, Rule.Op.GTE, Rule.Op.LT, Rule.Op.LTE, Rule.Op.IN,
                Rule.Op.NOT_IN);
            case TEXT -> List.of(Rule.Op.EQ, Rule.Op.NE, Rule.Op.IN, Rule.Op.NOT_IN);
            case BOOLEAN -> List.of(Rule.Op.EQ, Rule.Op.NE);
            case TIME -> List.of(Rule.Op.WITHIN, Rule.Op.NOT_WITHIN);
        };
    }

    private Rule reject(String path, String message) {
        errors.add(new RuleError(path, message));
        return null;
    }
}
