package com.lumenbridge.platform.identity;

/** A request reached a service without a valid gateway token: answered 401. */
public class InvalidInternalToken extends RuntimeException {

    public InvalidInternalToken(String message) {
        super(message);
    }
}
