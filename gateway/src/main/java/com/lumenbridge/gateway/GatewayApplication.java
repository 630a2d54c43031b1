package com.lumenbridge.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Gateway: tenants, API keys, authentication, rate limits, routing and circuit breakers. */
@SpringBootApplication
@EnableConfigurationProperties(GatewayProperties.class)
public class GatewayApplication {

    /** Reactor Netty's system property for its number of event loops, read once when it first loads. */
    static final String EVENT_LOOPS = "reactor.netty.ioWorkerCount";

    public static void main(String[] args) {
        oneEventLoopPerCore();
        SpringApplication.run(GatewayApplication.class, args);
    }

    /**
     * One event loop per core, as nginx's {@code worker_processes auto}, unless the property is set:
     * Reactor Netty's default is at least four, and on a 2-core machine four loops take turns on two
     * cores with the services and the clients. With two loops, wrk's throughput through the gateway
     * rose by about an eighth, at less CPU per call: the same build run with four loops and with two,
     * side by side on one stack, alternating (README, gateway benchmark, 2026-11-27).
     */
    static void oneEventLoopPerCore() {
        if (System.getProperty(EVENT_LOOPS) == null) {
            System.setProperty(EVENT_LOOPS, Integer.toString(Runtime.getRuntime().availableProcessors()));
        }
    }
}
