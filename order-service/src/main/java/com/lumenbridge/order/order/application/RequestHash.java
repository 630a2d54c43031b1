package com.lumenbridge.order.order.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The fingerprint an idempotency key remembers: SHA-256 of the body in a canonical form (object
 * members sorted, no insignificant whitespace), so a retry that serialises the same JSON
 * differently is still "the same body".
 */
public final class RequestHash {

    private RequestHash() {
    }

    public static String of(JsonNode body) {
        StringBuilder canonical = new StringBuilder();
        write(body, canonical);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                sorted.put(member.getKey(), member.getValue());
            }
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> member : sorted.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append(quote(member.getKey())).append(':');
                write(member.getValue(), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), out);
            }
            out.append(']');
        } else if (node.isString()) {
            out.append(quote(node.stringValue()));
        } else {
            out.append(node.toString());
        }
    }

    private static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                q.append('\\').append(c);
            } else if (c < 0x20) {
                q.append(String.format("\\u%04x", (int) c));
            } else {
                q.append(c);
            }
        }
        return q.append('"').toString();
    }
}
