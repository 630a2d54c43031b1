package com.lumenbridge.gateway.edge;

import com.lumenbridge.platform.observability.LogFields;
import io.micrometer.context.ContextRegistry;
import org.slf4j.MDC;
import reactor.util.context.Context;

/**
 * Puts the caller's tenant id in the MDC of every log line written while its request is handled,
 * on whichever thread: the id travels in the Reactor context, and context propagation copies it
 * into the MDC around each operator ({@code spring.reactor.context-propagation=auto}).
 */
final class TenantLogContext {

    static final String KEY = LogFields.TENANT_ID;

    static {
        ContextRegistry.getInstance().registerThreadLocalAccessor(KEY, () -> MDC.get(KEY),
            tenantId -> MDC.put(KEY, tenantId), () -> MDC.remove(KEY));
    }

    private TenantLogContext() {
    }

    static Context of(String tenantId) {
        return Context.of(KEY, tenantId);
    }
}
