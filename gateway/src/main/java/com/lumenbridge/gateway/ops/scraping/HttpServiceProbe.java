package com.lumenbridge.gateway.ops.scraping;

import com.lumenbridge.gateway.ops.application.ServiceProbe;
import com.lumenbridge.gateway.ops.domain.Scrape;
import com.lumenbridge.gateway.ops.domain.ServiceHealth;
import com.lumenbridge.gateway.ops.domain.ServiceReading;
import java.time.Clock;
import java.time.Duration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * A service read over HTTP: health and metrics fetched in parallel, each with its own timeout.
 * Health answers 503 with a body when the service is down, so any status with a readable body
 * counts; no answer at all is {@code UNREACHABLE}.
 */
public final class HttpServiceProbe implements ServiceProbe {

    /** The classic text format: what every scraper reads, without OpenMetrics' exemplars. */
    private static final MediaType PROMETHEUS_TEXT = MediaType.parseMediaType("text/plain;version=0.0.4");

    private final String service;
    private final String url;
    private final WebClient http;
    private final Duration timeout;
    private final Clock clock;

    public HttpServiceProbe(String service, String url, WebClient http, Duration timeout, Clock clock) {
        this.service = service;
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.http = http;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public String service() {
        return service;
    }

    @Override
    public Mono<ServiceReading> read() {
        Mono<ServiceHealth> health = http.get().uri(url + "/actuator/health").accept(MediaType.APPLICATION_JSON)
            .exchangeToMono(response -> response.bodyToMono(String.class))
            .map(HealthJson::read)
            .timeout(timeout)
            .onErrorResume(failure -> Mono.just(ServiceHealth.unreachable()));
        Mono<Object> metrics = http.get().uri(url + "/actuator/prometheus").accept(PROMETHEUS_TEXT)
            .exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                ? response.bodyToMono(String.class).defaultIfEmpty("")
                : response.releaseBody().then(Mono.error(new IllegalStateException(
                    "/actuator/prometheus answered " + response.statusCode().value()))))
            .<Object>map(text -> Scrape.of(clock.instant(), text))
            .timeout(timeout)
            .onErrorResume(failure -> Mono.just(describe(failure)));
        return Mono.zip(health, metrics).map(both -> both.getT2() instanceof Scrape scrape
            ? new ServiceReading(service, url, both.getT1(), scrape, null)
            : new ServiceReading(service, url, both.getT1(), null, (String) both.getT2()));
    }

    private String describe(Throwable failure) {
        if (failure instanceof java.util.concurrent.TimeoutException) {
            return "No metrics within " + timeout.toMillis() + " ms";
        }
        String message = failure.getMessage();
        return "Metrics could not be read: " + (message == null ? failure.getClass().getSimpleName() : message);
    }
}
