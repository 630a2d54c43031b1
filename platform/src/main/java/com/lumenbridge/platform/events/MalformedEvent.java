package com.lumenbridge.platform.events;

/** A record that is not a readable CloudEvent: retrying cannot help, so it goes to the dead-letter topic at once. */
public class MalformedEvent extends RuntimeException {

    public MalformedEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
