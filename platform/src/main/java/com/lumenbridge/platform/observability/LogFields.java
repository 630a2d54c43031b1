package com.lumenbridge.platform.observability;

/** MDC keys every log line may carry; the shared log pattern prints them. */
public final class LogFields {

    /** The tenant whose request or event is being handled. */
    public static final String TENANT_ID = "tenantId";

    private LogFields() {
    }
}
