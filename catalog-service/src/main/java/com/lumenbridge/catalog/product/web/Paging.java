package com.lumenbridge.catalog.product.web;

import com.lumenbridge.platform.problem.FieldError;
import java.util.List;

/** {@code page} (from 0) and {@code size} (1–100, larger is capped) of a paged list. */
public final class Paging {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private Paging() {
    }

    public static int page(String value, List<FieldError> errors) {
        if (value == null) {
            return 0;
        }
        try {
            int page = Integer.parseInt(value);
            if (page >= 0) {
                return page;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError("page", "must be a whole number from 0"));
        return 0;
    }

    public static int size(String value, List<FieldError> errors) {
        if (value == null) {
            return DEFAULT_SIZE;
        }
        try {
            int size = Integer.parseInt(value);
            if (size >= 1) {
                return Math.min(size, MAX_SIZE);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError("size", "must be a whole number from 1 (at most " + MAX_SIZE + " are returned)"));
        return DEFAULT_SIZE;
    }
}
