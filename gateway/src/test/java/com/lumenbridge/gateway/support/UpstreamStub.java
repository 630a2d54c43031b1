package com.lumenbridge.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for the services: a real HTTP server that answers every request with JSON describing
 * what it received (method, path, query, every header, body size), so a test reads from the
 * gateway's response exactly what reached the service. A request header {@code Test-Delay-Ms}
 * makes it answer that much later, without holding a thread.
 */
public final class UpstreamStub {

    public static final String DELAY_HEADER = "Test-Delay-Ms";
    /** Makes it send the status, the headers and part of the body at once, and the rest that much later. */
    public static final String BODY_DELAY_HEADER = "Test-Body-Delay-Ms";
    /** Pads the answer's JSON with a {@code padding} field to at least that many bytes. */
    public static final String BODY_BYTES_HEADER = "Test-Body-Bytes";
    /** A header every answer carries, naming the stub, as a service's own headers would. */
    public static final String ANSWERED_HEADER = "Test-Answered-By-Stub";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ScheduledExecutorService delayed;

    private UpstreamStub(HttpServer server, ScheduledExecutorService delayed) {
        this.server = server;
        this.delayed = delayed;
    }

    public static UpstreamStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService handlers = Executors.newCachedThreadPool(daemon("upstream-stub"));
            ScheduledExecutorService delayed = Executors.newSingleThreadScheduledExecutor(daemon("upstream-stub-delay"));
            server.setExecutor(handlers);
            server.createContext("/", exchange -> answer(exchange, delayed));
            server.start();
            return new UpstreamStub(server, delayed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, ScheduledExecutorService delayed) throws IOException {
        long bodyBytes;
        try (InputStream body = exchange.getRequestBody()) {
            bodyBytes = body.transferTo(java.io.OutputStream.nullOutputStream());
        }
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
            headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).addAll(values));
        Map<String, Object> received = new LinkedHashMap<>();
        received.put("method", exchange.getRequestMethod());
        received.put("path", exchange.getRequestURI().getRawPath());
        received.put("query", exchange.getRequestURI().getRawQuery());
        received.put("headers", headers);
        received.put("bodyBytes", bodyBytes);
        byte[] unpadded = JSON.writeValueAsString(received).getBytes(StandardCharsets.UTF_8);
        String padTo = exchange.getRequestHeaders().getFirst(BODY_BYTES_HEADER);
        if (padTo != null && Integer.parseInt(padTo) > unpadded.length) {
            received.put("padding", "x".repeat(Integer.parseInt(padTo) - unpadded.length));
        }
        byte[] response = JSON.writeValueAsString(received).getBytes(StandardCharsets.UTF_8);
        String delay = exchange.getRequestHeaders().getFirst(DELAY_HEADER);
        String bodyDelay = exchange.getRequestHeaders().getFirst(BODY_DELAY_HEADER);
        if (bodyDelay != null) {
            respondInTwoParts(exchange, response, Long.parseLong(bodyDelay), delayed);
        } else if (delay == null) {
            respond(exchange, response);
        } else {
            delayed.schedule(() -> respond(exchange, response), Long.parseLong(delay), TimeUnit.MILLISECONDS);
        }
    }

    private static void respond(HttpExchange exchange, byte[] response) {
        try {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set(ANSWERED_HEADER, "yes");
            exchange.sendResponseHeaders(200, response.length);
            exchange.getResponseBody().write(response);
        } catch (IOException e) {
            // the gateway gave up waiting and closed the connection: that is what slow-path tests provoke
        } finally {
            exchange.close();
        }
    }

    private static void respondInTwoParts(HttpExchange exchange, byte[] response, long delayMillis,
            ScheduledExecutorService delayed) throws IOException {
        int half = response.length / 2;
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set(ANSWERED_HEADER, "yes");
        exchange.sendResponseHeaders(200, response.length);
        exchange.getResponseBody().write(response, 0, half);
        exchange.getResponseBody().flush();
        delayed.schedule(() -> {
            try {
                exchange.getResponseBody().write(response, half, response.length - half);
            } catch (IOException e) {
                // the gateway gave up on the answer: what the test provokes
            } finally {
                exchange.close();
            }
        }, delayMillis, TimeUnit.MILLISECONDS);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
