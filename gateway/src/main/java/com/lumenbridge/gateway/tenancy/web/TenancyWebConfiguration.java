package com.lumenbridge.gateway.tenancy.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/** The admin controller is found by component scanning; this adds its API document and strict JSON binding. */
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

    /**
     * A number or a boolean where the admin API expects text is the caller's mistake: Jackson
     * would quietly bind {@code "name": 12345} as the name "12345" (found by the bad-input chaos
     * scenario), so such a body is refused as unreadable (400) instead.
     */
    @Bean
    JsonMapperBuilderCustomizer textIsText() {
        return builder -> builder.withCoercionConfig(LogicalType.Textual, config -> config
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}
