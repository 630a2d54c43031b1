package com.lumenbridge.gateway.problem;

import com.lumenbridge.gateway.GatewayProperties;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class ProblemConfiguration {

    /** {@code lumenbridge.gateway.unavailable-log.interval}: 0 writes every such warning (tests that read them). */
    @Bean
    UnavailableLog unavailableLog(@Value("${lumenbridge.gateway.unavailable-log.interval:1s}") Duration interval) {
        return new UnavailableLog(interval);
    }

    @Bean
    ProblemExceptionHandler problemExceptionHandler(JsonMapper json, GatewayProperties properties,
            UnavailableLog unavailableLog) {
        return new ProblemExceptionHandler(json, properties.upstream().retryAfter(), unavailableLog);
    }
}
