package com.lumenbridge.crm.common;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;

/** Mongo driver helpers the persistence classes share. */
public final class Mongo {

    private Mongo() {
    }

    public static boolean isDuplicateKey(RuntimeException e) {
        return e instanceof MongoWriteException w && w.getError().getCategory() == ErrorCategory.DUPLICATE_KEY
            || e instanceof com.mongodb.MongoCommandException c && c.getErrorCode() == 11000;
    }
}
