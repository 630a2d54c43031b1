package com.lumenbridge.platform.problem;

import java.util.List;
import java.util.Map;

/** Well-formed input that breaks a rule (422), naming every offending field. */
public class InvalidInput extends ApiException {

    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(422, ProblemTypes.VALIDATION, "Invalid input",
            errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid");
        this.errors = List.copyOf(errors);
    }

    public InvalidInput(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", errors);
    }
}
