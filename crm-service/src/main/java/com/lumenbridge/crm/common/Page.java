package com.lumenbridge.crm.common;

import java.util.List;
import java.util.function.Function;

/** One page of items and the total count across all pages. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), total, page, size);
    }
}
