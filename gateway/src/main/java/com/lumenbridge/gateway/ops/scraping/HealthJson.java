package com.lumenbridge.gateway.ops.scraping;

import com.lumenbridge.gateway.ops.domain.ServiceHealth;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads Boot's health JSON: {@code {"status":"UP","components":{"kafka":{"status":"UP"},…}}}. */
final class HealthJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HealthJson() {
    }

    static ServiceHealth read(String body) {
        JsonNode root = JSON.readTree(body);
        JsonNode status = root.get("status");
        if (status == null || !status.isString()) {
            throw new IllegalArgumentException("The health answer names no status");
        }
        Map<String, String> components = new TreeMap<>();
        JsonNode parts = root.get("components");
        if (parts != null && parts.isObject()) {
            for (Map.Entry<String, JsonNode> part : parts.properties()) {
                JsonNode partStatus = part.getValue().get("status");
                if (partStatus != null && partStatus.isString()) {
                    components.put(part.getKey(), partStatus.stringValue());
                }
            }
        }
        return new ServiceHealth(status.stringValue(), components);
    }
}
