package com.lumenbridge.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** A world's ids as the chaos scenarios would hold them, and the OpenAPI documents of a running stack. */
final class ChaosFixtures {

    private ChaosFixtures() {
    }

    static EndpointTemplates.WorldIds world() {
        Map<String, Object> product = new LinkedHashMap<>();
        product.put("sku", "AURT1-A60-9W-2700");
        product.put("name", "A60 bulb 9 W 806 lm 2700 K");
        product.put("category", "bulb");
        product.put("segment", "MASS");
        product.put("watts", 9);
        product.put("lumens", 806);
        product.put("dimmable", false);
        product.put("listPrice", Map.of("amountMinor", 499, "currency", "EUR"));
        return new EndpointTemplates.WorldIds("T1", "man-1", "sf-1", "store-1", "wh-1", "AURT1-A60-9W-2700", product,
            "partners-t1", "order-1", "appt-1", "2026-12-01", "cust-1", "chaos-t1@example.com", "seg-1", "cimp-1", "crmimp-1");
    }

    static EndpointTemplates.Template template(String operation) {
        return EndpointTemplates.forWorld(world()).stream().filter(t -> t.operation().equals(operation)).findFirst().orElseThrow();
    }

    /** The services' and the gateway's documents, as {@code /v3/api-docs/*} served them (trimmed to paths). */
    static JsonNode openApiSnapshot() throws IOException {
        try (InputStream in = ChaosFixtures.class.getResourceAsStream("/openapi-snapshot.json")) {
            return new ObjectMapper().readTree(in);
        }
    }
}
