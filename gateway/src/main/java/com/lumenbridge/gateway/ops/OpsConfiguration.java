package com.lumenbridge.gateway.ops;

import com.lumenbridge.gateway.ops.application.ReadOpsOverview;
import com.lumenbridge.gateway.ops.application.ServiceProbe;
import com.lumenbridge.gateway.ops.scraping.GatewaySelfProbe;
import com.lumenbridge.gateway.ops.scraping.HttpServiceProbe;
import com.lumenbridge.gateway.problem.Routes;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.netty.channel.ChannelOption;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.ExchangeStrategies;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/**
 * The services the overview reads are the ones the routes lead to, at the routes' own URIs (the
 * {@code *_SERVICE_URL} settings), so there is one list of services, not two that drift apart.
 */
@Configuration(proxyBeanMethods = false)
class OpsConfiguration {

    /** A busy service's scrape with request histograms runs to a few hundred KB. */
    private static final int MAX_SCRAPE_BYTES = 16 * 1024 * 1024;

    @Bean
    ReadOpsOverview readOpsOverview(GatewayProperties routing, PrometheusMeterRegistry registry, HealthEndpoint health,
            Clock clock, @Value("${lumenbridge.gateway.ops.scrape-timeout:2s}") Duration timeout,
            @Value("${lumenbridge.gateway.ops.minimum-window:1s}") Duration minimumWindow) {
        WebClient http = WebClient.builder()
            .clientConnector(new ReactorClientHttpConnector(HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) timeout.toMillis())
                .responseTimeout(timeout)))
            .exchangeStrategies(ExchangeStrategies.builder()
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_SCRAPE_BYTES)).build())
            .build();
        List<ServiceProbe> probes = new ArrayList<>();
        probes.add(new GatewaySelfProbe(registry, health, timeout, clock));
        services(routing.getRoutes()).forEach((service, url) ->
            probes.add(new HttpServiceProbe(service, url, http, timeout, clock)));
        return new ReadOpsOverview(probes, minimumWindow, clock);
    }

    /** Each service named in route metadata, once, at its first route's scheme, host and port. */
    static Map<String, String> services(List<RouteDefinition> routes) {
        Map<String, String> services = new LinkedHashMap<>();
        for (RouteDefinition route : routes) {
            Object service = route.getMetadata().get(Routes.SERVICE);
            URI uri = route.getUri();
            if (service != null && uri != null && uri.getHost() != null) {
                services.putIfAbsent(service.toString(), uri.getScheme() + "://" + uri.getAuthority());
            }
        }
        return services;
    }
}
