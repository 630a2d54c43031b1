package com.lumenbridge.gateway.ops.scraping;

import com.lumenbridge.gateway.ops.application.ServiceProbe;
import com.lumenbridge.gateway.ops.domain.Scrape;
import com.lumenbridge.gateway.ops.domain.ServiceHealth;
import com.lumenbridge.gateway.ops.domain.ServiceReading;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The gateway reads itself in process: its own registry and health endpoint, no HTTP round trip. */
public final class GatewaySelfProbe implements ServiceProbe {

    private final PrometheusMeterRegistry registry;
    private final HealthEndpoint health;
    private final Duration timeout;
    private final Clock clock;

    public GatewaySelfProbe(PrometheusMeterRegistry registry, HealthEndpoint health, Duration timeout, Clock clock) {
        this.registry = registry;
        this.health = health;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public String service() {
        return "gateway";
    }

    @Override
    public Mono<ServiceReading> read() {
        // the health checks ping Kafka and Mongo and block while they do
        Mono<ServiceHealth> checked = Mono.fromCallable(() -> health(health.health()))
            .subscribeOn(Schedulers.boundedElastic())
            .timeout(timeout)
            .onErrorResume(failure -> Mono.just(new ServiceHealth("DOWN", Map.of())));
        Mono<Scrape> scraped = Mono.fromCallable(() -> Scrape.of(clock.instant(), registry.scrape()))
            .subscribeOn(Schedulers.boundedElastic());
        return Mono.zip(checked, scraped).map(both -> new ServiceReading(service(), "", both.getT1(), both.getT2(), null));
    }

    private static ServiceHealth health(HealthDescriptor descriptor) {
        Map<String, String> components = new TreeMap<>();
        if (descriptor instanceof CompositeHealthDescriptor composite && composite.getComponents() != null) {
            composite.getComponents().forEach((name, part) -> components.put(name, part.getStatus().getCode()));
        }
        return new ServiceHealth(descriptor.getStatus().getCode(), components);
    }
}
