package com.lumenbridge.gateway.tenancy.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The admin controller is found by component scanning; this adds its API document. */
@Configuration(proxyBeanMethods = false)
class TenancyWebConfiguration {

    /** The gateway's own API document; every call takes the API key as a bearer token. */
    @Bean
    OpenAPI gatewayOpenApi() {
        return new OpenAPI()
            .info(new Info().title("LumenBridge gateway").version("v1")
                .description("Admin API of the gateway. The services' APIs are listed alongside."))
            .components(new Components().addSecuritySchemes("apiKey",
                new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("lbk_…")))
            .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
