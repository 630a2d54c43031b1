package com.lumenbridge.gateway.problem;

import com.lumenbridge.gateway.GatewayProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class ProblemConfiguration {

    @Bean
    ProblemExceptionHandler problemExceptionHandler(JsonMapper json, GatewayProperties properties) {
        return new ProblemExceptionHandler(json, properties.upstream().retryAfter());
    }
}
