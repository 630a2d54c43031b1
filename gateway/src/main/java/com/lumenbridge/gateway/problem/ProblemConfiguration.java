package com.lumenbridge.gateway.problem;

import com.lumenbridge.gateway.GatewayProperties;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class ProblemConfiguration {

    @Bean
    UnavailableLog unavailableLog() {
        return new UnavailableLog(Duration.ofSeconds(1));
    }

    @Bean
    ProblemExceptionHandler problemExceptionHandler(JsonMapper json, GatewayProperties properties,
            UnavailableLog unavailableLog) {
        return new ProblemExceptionHandler(json, properties.upstream().retryAfter(), unavailableLog);
    }
}
