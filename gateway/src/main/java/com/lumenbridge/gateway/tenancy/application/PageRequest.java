package com.lumenbridge.gateway.tenancy.application;

import com.lumenbridge.platform.problem.BadRequest;

/** Which page of a list to read. Sizes above {@link #MAX_SIZE} are capped rather than refused. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0) {
            throw new BadRequest("page must be 0 or more");
        }
        if (size < 1) {
            throw new BadRequest("size must be 1 or more");
        }
        size = Math.min(size, MAX_SIZE);
    }

    public int offset() {
        return Math.multiplyExact(page, size);
    }
}
