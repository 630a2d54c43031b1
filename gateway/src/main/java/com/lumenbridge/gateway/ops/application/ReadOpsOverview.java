package com.lumenbridge.gateway.ops.application;

import com.lumenbridge.gateway.ops.domain.Overviews;
import com.lumenbridge.gateway.ops.domain.Scrape;
import com.lumenbridge.gateway.ops.domain.ServiceOverview;
import com.lumenbridge.gateway.ops.domain.ServiceReading;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads every service in parallel and computes each overview against that service's previous
 * scrape, kept in memory. A scrape replaces the kept one only once it is {@code minimumWindow}
 * newer, so several operators polling at once do not shrink the window to a few noisy
 * milliseconds. Nothing is stored anywhere else: a restarted gateway starts a new window.
 */
public final class ReadOpsOverview {

    private final List<ServiceProbe> probes;
    private final Duration minimumWindow;
    private final Clock clock;
    private final Map<String, Scrape> previous = new ConcurrentHashMap<>();

    public ReadOpsOverview(List<ServiceProbe> probes, Duration minimumWindow, Clock clock) {
        this.probes = List.copyOf(probes);
        this.minimumWindow = minimumWindow;
        this.clock = clock;
    }

    public Mono<OpsOverview> read() {
        return Flux.fromIterable(probes)
            .flatMapSequential(ServiceProbe::read)
            .map(this::overview)
            .collectList()
            .map(services -> new OpsOverview(clock.instant(), services));
    }

    private ServiceOverview overview(ServiceReading reading) {
        Scrape earlier = previous.get(reading.service());
        ServiceOverview overview = Overviews.of(reading, earlier);
        Scrape now = reading.metrics();
        if (now != null && (earlier == null || !now.at().isBefore(earlier.at().plus(minimumWindow))
                || now.at().isBefore(earlier.at()))) {
            previous.put(reading.service(), now);
        }
        return overview;
    }
}
