package com.lumenbridge.crm.segment.domain;

import com.lumenbridge.crm.profile.domain.ProfileState;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A parsed segment rule: a tree of {@code and}, {@code or}, {@code not} over field comparisons. */
public sealed interface Rule {

    boolean matches(ProfileState profile, Instant now);

    /** Whether the rule depends on the passing of time (a {@code within} clause), so members move without events. */
    boolean timeRelative();

    record And(List<Rule> rules) implements Rule {
        public boolean matches(ProfileState p, Instant now) {
            return rules.stream().allMatch(r -> r.matches(p, now));
        }

        public boolean timeRelative() {
            return rules.stream().anyMatch(Rule::timeRelative);
        }
    }

    record Or(List<Rule> rules) implements Rule {
        public boolean matches(ProfileState p, Instant now) {
            return rules.stream().anyMatch(r -> r.matches(p, now));
        }

        public boolean timeRelative() {
            return rules.stream().anyMatch(Rule::timeRelative);
        }
    }

    record Not(Rule rule) implements Rule {
        public boolean matches(ProfileState p, Instant now) {
            return !rule.matches(p, now);
        }

        public boolean timeRelative() {
            return rule.timeRelative();
        }
    }

    /** Comparison operators; a missing field value matches nothing but {@code ne} and {@code notIn}. */
    enum Op {
        EQ("eq"), NE("ne"), GT("gt"), GTE("gte"), LT("lt"), LTE("lte"), IN("in"), NOT_IN("notIn"),
        WITHIN("within"), NOT_WITHIN("notWithin");

        final String wireName;

        Op(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    /**
     * One comparison. {@code value} is a {@link BigDecimal}, {@link String}, {@link Boolean}, a list of
     * those (for {@code in}) or a {@link Duration} (for {@code within}).
     */
    record Comparison(Field field, Op op, Object value) implements Rule {

        public Comparison {
            Objects.requireNonNull(field);
            Objects.requireNonNull(op);
        }

        public boolean matches(ProfileState p, Instant now) {
            if (field.type() == Field.Type.TIME) {
                Instant at = field.time(p);
                boolean within = at != null && !at.isBefore(now.minus((Duration) value));
                return op == Op.WITHIN ? within : !within;
            }
            Object actual = field.read(p);
            return switch (op) {
                case EQ -> actual != null && equal(actual, value);
                case NE -> actual == null || !equal(actual, value);
                case IN -> actual != null && ((List<?>) value).stream().anyMatch(v -> equal(actual, v));
                case NOT_IN -> actual == null || ((List<?>) value).stream().noneMatch(v -> equal(actual, v));
                case GT -> actual != null && compare(actual, value) > 0;
                case GTE -> actual != null && compare(actual, value) >= 0;
                case LT -> actual != null && compare(actual, value) < 0;
                case LTE -> actual != null && compare(actual, value) <= 0;
                case WITHIN, NOT_WITHIN -> false;
            };
        }

        public boolean timeRelative() {
            return field.type() == Field.Type.TIME;
        }

        private static boolean equal(Object actual, Object expected) {
            if (actual instanceof Number) {
                return compare(actual, expected) == 0;
            }
            return actual.equals(expected);
        }

        private static int compare(Object actual, Object expected) {
            return new BigDecimal(actual.toString()).compareTo((BigDecimal) expected);
        }
    }
}
