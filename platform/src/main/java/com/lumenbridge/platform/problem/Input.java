package com.lumenbridge.platform.problem;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON body field by field and collects every problem, so one 422 names every offending
 * field and nothing is written.
 */
public final class Input {

    private final JsonNode body;
    private final List<FieldError> errors = new ArrayList<>();

    private Input(JsonNode body) {
        this.body = body;
    }

    public static Input of(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInput("body", "must be a JSON object");
        }
        return new Input(body);
    }

    public JsonNode node(String field) {
        JsonNode value = body.path(field);
        return value.isMissingNode() || value.isNull() ? null : value;
    }

    public String text(String field, boolean required, int maxLength) {
        return text(body, field, field, required, maxLength);
    }

    public String text(JsonNode parent, String field, String path, boolean required, int maxLength) {
        JsonNode value = parent == null ? null : parent.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                reject(path, "is required");
            }
            return null;
        }
        if (!value.isString() || value.stringValue().isBlank()) {
            reject(path, "must be a non-blank string");
            return null;
        }
        if (value.stringValue().length() > maxLength) {
            reject(path, "must be at most " + maxLength + " characters");
            return null;
        }
        return value.stringValue().strip();
    }

    public Integer integer(String field, boolean required, int min, int max) {
        return integer(body, field, field, required, min, max);
    }

    public Integer integer(JsonNode parent, String field, String path, boolean required, int min, int max) {
        JsonNode value = parent == null ? null : parent.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                reject(path, "is required");
            }
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            reject(path, "must be an integer");
            return null;
        }
        int n = value.intValue();
        if (n < min || n > max) {
            reject(path, "must be between " + min + " and " + max);
            return null;
        }
        return n;
    }

    public Double decimal(JsonNode parent, String field, String path, double min, double max) {
        JsonNode value = parent == null ? null : parent.get(field);
        if (value == null || value.isNull()) {
            reject(path, "is required");
            return null;
        }
        if (!value.isNumber()) {
            reject(path, "must be a number");
            return null;
        }
        double d = value.doubleValue();
        if (!(d >= min && d <= max)) {
            reject(path, "must be between " + min + " and " + max);
            return null;
        }
        return d;
    }

    public Boolean bool(JsonNode parent, String field, String path, boolean required) {
        JsonNode value = parent == null ? null : parent.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                reject(path, "is required");
            }
            return null;
        }
        if (!value.isBoolean()) {
            reject(path, "must be true or false");
            return null;
        }
        return value.booleanValue();
    }

    public <E extends Enum<E>> E enumValue(JsonNode parent, String field, String path, Class<E> type, boolean required) {
        String text = text(parent == null ? body : parent, field, path, required, 64);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            reject(path, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    /** Elements of an array field; a non-array is rejected, a missing one is empty unless required. */
    public List<JsonNode> array(String field, boolean required, int maxItems) {
        JsonNode value = node(field);
        if (value == null) {
            if (required) {
                reject(field, "is required");
            }
            return List.of();
        }
        if (!value.isArray()) {
            reject(field, "must be an array");
            return List.of();
        }
        if (value.size() > maxItems) {
            reject(field, "must have at most " + maxItems + " items");
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    public void reject(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** Throws {@link InvalidInput} naming every field rejected so far. */
    public void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
