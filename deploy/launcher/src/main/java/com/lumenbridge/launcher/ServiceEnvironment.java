package com.lumenbridge.launcher;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment each service process gets: its port, the infrastructure, and the internal-token
 * keys — the private one and the operator key only for the gateway, which alone mints tokens — and
 * where the other services answer.
 */
final class ServiceEnvironment {

    static final String PUBLIC_KEY_VARIABLE = "LUMENBRIDGE_INTERNAL_TOKEN_PUBLIC_KEY";
    static final String PRIVATE_KEY_VARIABLE = "LUMENBRIDGE_INTERNAL_TOKEN_PRIVATE_KEY";
    static final String WEBHOOK_HOSTS_VARIABLE = "LUMENBRIDGE_WEBHOOK_ALLOWED_HOSTS";

    private ServiceEnvironment() {
    }

    static Map<String, String> of(ServiceSpec service, Infrastructure infrastructure, TokenKeys keys,
            OperatorKey operatorKey) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PORT", Integer.toString(service.port()));
        env.put(Infrastructure.MONGO_VARIABLE, infrastructure.mongoUri());
        env.put(Infrastructure.KAFKA_VARIABLE, infrastructure.kafkaBootstrapServers());
        env.put(PUBLIC_KEY_VARIABLE, keys.publicKey());
        if (service.isGateway()) {
            env.put(PRIVATE_KEY_VARIABLE, keys.privateKey());
            env.put(OperatorKey.VARIABLE, operatorKey.value());
        }
        if (service.equals(ServiceSpec.ORDER)) {
            // a local stack's partners are local too: the chaos scenarios' webhook receiver, or one of
            // your own while you build a storefront (a deployment lists its hosts explicitly, or none)
            env.put(WEBHOOK_HOSTS_VARIABLE, "localhost");
        }
        // the gateway routes to every backend; a service may read another through a breaker
        // (order-service asks catalog-service for a SKU its projection lacks)
        for (ServiceSpec backend : ServiceSpec.BACKENDS) {
            if (!backend.equals(service)) {
                env.put(urlVariable(backend), backend.url());
            }
        }
        return env;
    }

    /** {@code catalog-service} → {@code CATALOG_SERVICE_URL}. */
    static String urlVariable(ServiceSpec service) {
        return service.name().toUpperCase().replace('-', '_') + "_URL";
    }
}
