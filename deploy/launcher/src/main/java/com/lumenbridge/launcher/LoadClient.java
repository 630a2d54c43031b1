package com.lumenbridge.launcher;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP client the benchmarks load a target with: Apache HttpClient's blocking client over a
 * pool of kept-alive connections, one per sender. It shares the two cores with what it measures, so
 * its own cost counts: the JDK's {@code HttpClient} hands every call between a sender, its selector
 * thread and its executor. Searching catalog-service at 200/s for 23 s from a fresh JVM, 64
 * senders, the JDK's client took 8.0 and 11.0 s of CPU, this one 3.4 and 3.9 s (2026-11-26). The
 * body is read and dropped; a call that fails or times out is status -1.
 */
final class LoadClient implements Closeable {

    private final PoolingHttpClientConnectionManager connections;
    private final CloseableHttpClient http;

    /**
     * @param connections calls in flight at most; a call beyond them waits for a free connection
     * @param timeout     how long a call may take to connect and to answer
     */
    LoadClient(int connections, Duration timeout) {
        Timeout limit = Timeout.of(timeout.toMillis(), TimeUnit.MILLISECONDS);
        this.connections = PoolingHttpClientConnectionManagerBuilder.create()
            .setMaxConnTotal(connections)
            .setMaxConnPerRoute(connections)
            .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(limit).setSocketTimeout(limit).build())
            .build();
        this.http = HttpClients.custom()
            .setConnectionManager(this.connections)
            .setDefaultRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(limit).setResponseTimeout(limit).build())
            .disableAutomaticRetries()
            .disableCookieManagement()
            .disableRedirectHandling()
            .disableContentCompression()
            .build();
    }

    /** {@code GET uri} with {@code headers}; the status, or -1 when no answer came. */
    int get(URI uri, Map<String, String> headers) {
        HttpGet get = new HttpGet(uri);
        headers.forEach(get::setHeader);
        try {
            return http.execute(get, response -> {
                EntityUtils.consume(response.getEntity());
                return response.getCode();
            });
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        http.close(CloseMode.IMMEDIATE);
        connections.close(CloseMode.IMMEDIATE);
    }
}
