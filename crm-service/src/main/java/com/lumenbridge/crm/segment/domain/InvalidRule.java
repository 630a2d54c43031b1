package com.lumenbridge.crm.segment.domain;

import java.util.List;

/** A rule that cannot be parsed, naming every bad clause. */
public class InvalidRule extends RuntimeException {

    private final List<RuleError> errors;

    public InvalidRule(List<RuleError> errors) {
        super(errors.size() == 1 ? errors.get(0).path() + ": " + errors.get(0).message()
            : errors.size() + " clauses are invalid");
        this.errors = List.copyOf(errors);
    }

    public List<RuleError> errors() {
        return errors;
    }
}
