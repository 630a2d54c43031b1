package com.lumenbridge.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Malformed variants of a valid request: the kinds of bad input a careless or hostile client sends.
 * Deterministic for a {@link Random} seeded the same, so a finding can be replayed.
 *
 * <p>Each variant breaks one thing and keeps the rest valid, so it reaches the validation it aims
 * at. A write whose path ids are valid gets only variants of its body that must be refused; a write
 * without a body gets only bad path ids (anything else would carry it out).
 */
final class Mutations {

    /** What a variant breaks. */
    enum Kind {
        UNKNOWN_ID, INJECTION_ID, TRAVERSAL_ID, LONG_ID,
        QUERY_INJECTION, BAD_PAGING,
        DROP_FIELD, NULL_FIELD, WRONG_TYPE, HUGE_STRING, HUGE_BODY, UNKNOWN_ENUM, BAD_NUMBER, INJECTION_VALUE,
        INVALID_UTF8, MALFORMED_JSON, DEEP_NESTING, WRONG_CONTENT_TYPE, EMPTY_BODY, BAD_IDEMPOTENCY_KEY, BAD_FILE
    }

    /** One request to send: {@code target} is the encoded path and query, ready to append to the gateway's address. */
    record Mutant(Kind kind, String detail, String method, String target, String contentType, byte[] body,
            Map<String, String> headers) {

        String describe() {
            return kind + " (" + detail + ")";
        }
    }

    static final List<String> INJECTIONS = List.of("{\"$gt\":\"\"}", "{\"$ne\":null}", "{\"$where\":\"1\"}", "$gt", "%24gt",
        "[$ne]=1");
    static final int HUGE_STRING = 100 * 1024;
    /** Over the gateway's 1 MB limit for JSON bodies. */
    static final int HUGE_BODY = 2 * 1024 * 1024;
    static final int NESTING = 10_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String UTF8_MARKER = "\u0001UTF8\u0001";

    private Mutations() {
    }

    /**
     * {@code count} variants of {@code template}, spread over every kind that applies to it (taken in
     * turn, so a small count still covers many kinds).
     */
    static List<Mutant> of(EndpointTemplates.Template template, Random random, int count) {
        Map<Kind, List<Mutant>> byKind = new LinkedHashMap<>();
        new Generator(template, random, m -> byKind.computeIfAbsent(m.kind(), k -> new ArrayList<>()).add(m)).all();
        List<List<Mutant>> queues = new ArrayList<>();
        for (List<Mutant> mutants : byKind.values()) {
            Collections.shuffle(mutants, random);
            queues.add(new ArrayList<>(mutants));
        }
        Collections.shuffle(queues, random);
        List<Mutant> chosen = new ArrayList<>();
        while (chosen.size() < count && queues.stream().anyMatch(q -> !q.isEmpty())) {
            for (List<Mutant> queue : queues) {
                if (!queue.isEmpty() && chosen.size() < count) {
                    chosen.add(queue.remove(0));
                }
            }
        }
        return chosen;
    }

    /** Percent-encodes everything but RFC 3986's unreserved characters, so any text is one path segment or query value. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_'
                    || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return out.toString();
    }

    /** The template's valid path and query, encoded. */
    static String validTarget(EndpointTemplates.Template template) {
        return template.pathWith(encoded(template.pathValues())) + query(template.query());
    }

    private static Map<String, String> encoded(Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, encode(v)));
        return out;
    }

    private static String query(Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        parameters.forEach((k, v) -> out.append(out.length() == 0 ? '?' : '&').append(encode(k)).append('=').append(encode(v)));
        return out.toString();
    }

    /** Walks one template and emits every variant that applies to it. */
    private static final class Generator {
        private final EndpointTemplates.Template t;
        private final Random random;
        private final Consumer<Mutant> out;

        Generator(EndpointTemplates.Template template, Random random, Consumer<Mutant> out) {
            this.t = template;
            this.random = random;
            this.out = out;
        }

        void all() {
            pathIds();
            if (!t.write()) {
                queries();
            } else if (t.body() != null) {
                jsonBodies();
            } else if (t.raw() != null) {
                files();
            }
        }

        private void pathIds() {
            for (String parameter : t.parameters()) {
                if (!t.creating().contains(parameter)) {
                    pathId(Kind.UNKNOWN_ID, parameter, "CHAOS-" + HexFormat.of().toHexDigits(random.nextLong()).toUpperCase());
                }
                INJECTIONS.forEach(injection -> pathId(Kind.INJECTION_ID, parameter, injection));
                pathId(Kind.TRAVERSAL_ID, parameter, "../../admin/tenants");
                pathId(Kind.TRAVERSAL_ID, parameter, "..");
                pathId(Kind.LONG_ID, parameter, "A".repeat(5000));
            }
        }

        private void pathId(Kind kind, String parameter, String value) {
            Map<String, String> ids = encoded(t.pathValues());
            ids.put(parameter, encode(value));
            emit(kind, parameter + "=" + brief(value), t.pathWith(ids) + query(t.query()), t.contentType(), validBody(), headers());
        }

        private void queries() {
            Set<String> names = new LinkedHashSet<>(t.query().keySet());
            names.add("page");
            for (String name : names) {
                for (String injection : INJECTIONS) {
                    withQuery(Kind.QUERY_INJECTION, name, injection);
                }
                Map<String, String> operator = new LinkedHashMap<>(t.query());
                operator.remove(name);
                operator.put(name + "[$ne]", "1");
                emit(Kind.QUERY_INJECTION, name + "[$ne]=1", validPath() + query(operator), null, null, Map.of());
            }
            for (String[] paging : new String[][] {{"page", "-1"}, {"size", "100000"}, {"size", "abc"}, {"page", "1e308"},
                    {"size", "-5"}, {"page", "9223372036854775808"}}) {
                withQuery(Kind.BAD_PAGING, paging[0], paging[1]);
            }
        }

        private void withQuery(Kind kind, String name, String value) {
            Map<String, String> parameters = new LinkedHashMap<>(t.query());
            parameters.put(name, value);
            emit(kind, name + "=" + brief(value), validPath() + query(parameters), null, null, Map.of());
        }

        private void jsonBodies() {
            List<List<Object>> leaves = new ArrayList<>();
            collectLeaves(t.body(), new ArrayList<>(), leaves);
            for (String field : t.required()) {
                body(Kind.DROP_FIELD, field, copy -> remove(copy, path(field)));
                body(Kind.NULL_FIELD, field, copy -> replace(copy, path(field), NODES.nullNode()));
            }
            for (List<Object> leaf : leaves) {
                JsonNode value = at(t.body(), leaf);
                String name = dotted(leaf);
                body(Kind.WRONG_TYPE, name, copy -> replace(copy, leaf, wrongType(value)));
                if (value.isTextual()) {
                    body(Kind.HUGE_STRING, name, copy -> replace(copy, leaf, NODES.textNode("x".repeat(HUGE_STRING))));
                    for (String injection : INJECTIONS.subList(0, 3)) {
                        body(Kind.INJECTION_VALUE, name + "=" + injection, copy -> replace(copy, leaf, parse(injection)));
                    }
                }
                if (value.isNumber()) {
                    for (JsonNode number : badNumbers(value)) {
                        body(Kind.BAD_NUMBER, name + "=" + number, copy -> replace(copy, leaf, number));
                    }
                }
            }
            for (String field : t.enums()) {
                body(Kind.UNKNOWN_ENUM, field, copy -> replace(copy, path(field), NODES.textNode("NOT_A_VALUE_" + random.nextInt(1000))));
            }
            if (t.body() instanceof ObjectNode object) {
                ObjectNode huge = object.deepCopy();
                huge.put("padding", "x".repeat(HUGE_BODY));
                raw(Kind.HUGE_BODY, HUGE_BODY + " bytes", t.contentType(), bytes(huge));
            }
            raw(Kind.INVALID_UTF8, "0xC3 0x28 in a string", t.contentType(), invalidUtf8(new byte[] {(byte) 0xC3, 0x28}));
            raw(Kind.INVALID_UTF8, "0xFF in a string", t.contentType(), invalidUtf8(new byte[] {(byte) 0xFF}));
            String valid = new String(validBody(), StandardCharsets.UTF_8);
            for (String malformed : List.of("{", "[]", "\"x\"", valid + "garbage", valid.substring(0, valid.length() - 1), "{'a':1}")) {
                raw(Kind.MALFORMED_JSON, brief(malformed), t.contentType(), malformed.getBytes(StandardCharsets.UTF_8));
            }
            raw(Kind.DEEP_NESTING, NESTING + " x [", t.contentType(), "[".repeat(NESTING).getBytes(StandardCharsets.US_ASCII));
            raw(Kind.DEEP_NESTING, NESTING + " x {\"a\":", t.contentType(),
                "{\"a\":".repeat(NESTING).getBytes(StandardCharsets.US_ASCII));
            for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
                raw(Kind.WRONG_CONTENT_TYPE, type, type, validBody());
            }
            raw(Kind.EMPTY_BODY, "no body", t.contentType(), new byte[0]);
            idempotencyKeys();
        }

        /**
         * Imports read a file row by row and report bad rows in an accepted job, so a bad file here
         * holds no valid row: one would be imported, which is no bad input.
         */
        private void files() {
            boolean csv = t.contentType().equals("text/csv");
            String text = new String(t.raw(), StandardCharsets.UTF_8);
            String header = csv ? text.substring(0, text.indexOf('\n') + 1) : "";
            for (String type : List.of("application/xml", "text/plain", "application/json", "multipart/form-data")) {
                raw(Kind.WRONG_CONTENT_TYPE, type, type, t.raw());
            }
            raw(Kind.EMPTY_BODY, "no body", t.contentType(), new byte[0]);
            raw(Kind.BAD_FILE, "no rows", t.contentType(), (csv ? header : "\n\n").getBytes(StandardCharsets.UTF_8));
            raw(Kind.BAD_FILE, "unknown columns", t.contentType(),
                (csv ? "what;ever\n1;2\n" : "{\"what\":\"ever\"}\n").getBytes(StandardCharsets.UTF_8));
            raw(Kind.BAD_FILE, "a broken row", t.contentType(), (header + "{\"sku\":\n").getBytes(StandardCharsets.UTF_8));
            raw(Kind.INJECTION_VALUE, "operator objects in a row", t.contentType(), (csv
                ? header + "\"{\"\"$gt\"\":\"\"\"\"}\",\"{\"\"$ne\"\":null}\"\n"
                : "{\"sku\":{\"$gt\":\"\"},\"name\":{\"$ne\":null}}\n").getBytes(StandardCharsets.UTF_8));
            byte[] invalid = {(byte) 0xFF, (byte) 0xC3, 0x28};
            raw(Kind.INVALID_UTF8, "0xFF 0xC3 0x28 in a row", t.contentType(), concat(concat(
                (header + (csv ? "a" : "{\"sku\":\"A")).getBytes(StandardCharsets.UTF_8), invalid),
                (csv ? "@example.com,Name\n" : "\"}\n").getBytes(StandardCharsets.UTF_8)));
            raw(Kind.DEEP_NESTING, NESTING + " x [ as a row", t.contentType(), "[".repeat(NESTING).getBytes(StandardCharsets.US_ASCII));
            for (String name : t.query().keySet()) {
                Map<String, String> operator = new LinkedHashMap<>(t.query());
                operator.put(name + "[$ne]", "1");
                emit(Kind.QUERY_INJECTION, name + "[$ne]=1", validPath() + query(operator), t.contentType(), t.raw(), Map.of());
                Map<String, String> unknown = new LinkedHashMap<>(t.query());
                unknown.put(name, "{\"$gt\":\"\"}");
                emit(Kind.QUERY_INJECTION, name + "={\"$gt\":\"\"}", validPath() + query(unknown), t.contentType(), t.raw(), Map.of());
            }
        }

        private void idempotencyKeys() {
            if (!t.idempotencyKey()) {
                return;
            }
            emit(Kind.BAD_IDEMPOTENCY_KEY, "missing", validPath() + query(t.query()), t.contentType(), validBody(), Map.of());
            // an Idempotency-Key is an opaque string of at most 255 characters: one that looks like an
            // operator is a valid key, stored as text, so it is not among the bad ones
            for (String key : List.of("k".repeat(1000), "")) {
                emit(Kind.BAD_IDEMPOTENCY_KEY, brief(key), validPath() + query(t.query()), t.contentType(), validBody(),
                    Map.of("Idempotency-Key", key));
            }
        }

        private void body(Kind kind, String detail, Consumer<JsonNode> change) {
            JsonNode copy = t.body().deepCopy();
            change.accept(copy);
            raw(kind, detail, t.contentType(), bytes(copy));
        }

        private void raw(Kind kind, String detail, String contentType, byte[] body) {
            emit(kind, detail, validPath() + query(t.query()), contentType, body, headers());
        }

        private void emit(Kind kind, String detail, String target, String contentType, byte[] body, Map<String, String> headers) {
            out.accept(new Mutant(kind, detail, t.method(), target, contentType, body, headers));
        }

        private String validPath() {
            return t.pathWith(encoded(t.pathValues()));
        }

        private byte[] validBody() {
            return t.body() != null ? bytes(t.body()) : t.raw();
        }

        /** A fresh key per request, so no variant is answered as a replay of another. */
        private Map<String, String> headers() {
            return t.idempotencyKey() ? Map.of("Idempotency-Key", "chaos-" + HexFormat.of().toHexDigits(random.nextLong()))
                : Map.of();
        }

        private byte[] invalidUtf8(byte[] bad) {
            List<List<Object>> leaves = new ArrayList<>();
            collectLeaves(t.body(), new ArrayList<>(), leaves);
            JsonNode copy = t.body().deepCopy();
            leaves.stream().filter(leaf -> at(t.body(), leaf).isTextual()).findFirst()
                .ifPresent(leaf -> replace(copy, leaf, NODES.textNode(UTF8_MARKER)));
            byte[] text = bytes(copy);
            byte[] escaped = JSON.valueToTree(UTF8_MARKER).toString().getBytes(StandardCharsets.UTF_8);
            int at = indexOf(text, escaped);
            if (at < 0) {
                return concat(text, bad);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(text, 0, at + 1);
            out.writeBytes(bad);
            out.write(text, at + escaped.length - 1, text.length - at - escaped.length + 1);
            return out.toByteArray();
        }

        private static JsonNode wrongType(JsonNode value) {
            if (value.isTextual()) {
                return NODES.numberNode(12345);
            }
            if (value.isNumber()) {
                return NODES.textNode("abc");
            }
            if (value.isBoolean()) {
                return NODES.textNode("maybe");
            }
            return NODES.objectNode().put("unexpected", true);
        }

        private static List<JsonNode> badNumbers(JsonNode value) {
            List<JsonNode> numbers = new ArrayList<>(List.of(DecimalNode.valueOf(new BigDecimal("1e308")),
                NODES.numberNode(new BigInteger("9223372036854775808")), NODES.textNode("9223372036854775808")));
            if (value.isIntegralNumber()) {
                numbers.add(NODES.numberNode(-1));
                numbers.add(NODES.numberNode(1.5));
            }
            return numbers;
        }
    }

    private static void collectLeaves(JsonNode node, List<Object> path, List<List<Object>> out) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                List<Object> next = new ArrayList<>(path);
                next.add(name);
                collectLeaves(node.get(name), next, out);
            });
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.add(path);
            }
            for (int i = 0; i < node.size(); i++) {
                List<Object> next = new ArrayList<>(path);
                next.add(i);
                collectLeaves(node.get(i), next, out);
            }
        } else {
            out.add(path);
        }
    }

    private static List<Object> path(String dotted) {
        List<Object> path = new ArrayList<>();
        for (String part : dotted.split("\\.")) {
            path.add(part.matches("\\d+") ? (Object) Integer.parseInt(part) : part);
        }
        return path;
    }

    private static String dotted(List<Object> path) {
        return String.join(".", path.stream().map(String::valueOf).toList());
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof Integer i ? node.path(i) : node.path((String) step);
        }
        return node;
    }

    private static void replace(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode parent = at(root, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set((String) last, value);
        } else if (parent instanceof ArrayNode array && last instanceof Integer i && i < array.size()) {
            array.set(i, value);
        }
    }

    private static void remove(JsonNode root, List<Object> path) {
        JsonNode parent = at(root, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.remove((String) last);
        } else if (parent instanceof ArrayNode array && last instanceof Integer i && i < array.size()) {
            array.remove(i);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    private static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String brief(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 40 ? line.substring(0, 37) + "..." : line;
    }
}
