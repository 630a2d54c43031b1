package com.lumenbridge.platform.identity;

/** The caller's key lacks a scope the operation needs: answered 403. */
public class MissingScope extends RuntimeException {

    private final Scope scope;

    public MissingScope(Scope scope) {
        super("This API key lacks the scope '" + scope.wireName() + "'");
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }
}
