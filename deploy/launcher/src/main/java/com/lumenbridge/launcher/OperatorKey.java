package com.lumenbridge.launcher;

import java.nio.file.Path;

/** The key the operator calls the admin API with, and where it came from. */
record OperatorKey(String value, Origin origin, Path file) {

    static final String VARIABLE = "LUMENBRIDGE_OPERATOR_KEY";

    enum Origin {
        /** Taken from {@code LUMENBRIDGE_OPERATOR_KEY}; nothing is stored. */
        ENVIRONMENT,
        /** Made just now and stored: the one time it is printed. */
        CREATED,
        /** Made by an earlier {@code up} and read back from its file. */
        STORED
    }

    @Override
    public String toString() {
        return "OperatorKey[" + origin + ", " + file + "]";
    }
}
