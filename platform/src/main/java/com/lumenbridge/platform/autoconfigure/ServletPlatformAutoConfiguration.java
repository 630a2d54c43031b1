package com.lumenbridge.platform.autoconfigure;

import com.lumenbridge.platform.identity.CallerArgumentResolver;
import com.lumenbridge.platform.identity.InternalHeaders;
import com.lumenbridge.platform.identity.InternalTokenFilter;
import com.lumenbridge.platform.identity.InternalTokenKeys;
import com.lumenbridge.platform.identity.InternalTokenVerifier;
import com.lumenbridge.platform.identity.WhoAmIController;
import com.lumenbridge.platform.problem.ProblemDetailsAdvice;
import com.lumenbridge.platform.problem.ProblemErrorController;
import com.lumenbridge.platform.servlet.WholeAnswerBuffer;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import java.time.Clock;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every servlet service gets: the internal-token filter in front of everything, answers of
 * up to 64 KiB sent whole, the {@code Caller} controller argument, and Problem Details for every
 * error path.
 */
@AutoConfiguration(before = org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ServletPlatformAutoConfiguration {

    @Bean
    InternalTokenVerifier internalTokenVerifier(PlatformProperties properties, Clock clock) {
        return new InternalTokenVerifier(InternalTokenKeys.publicKey(properties.getInternalToken().getPublicKey()), clock);
    }

    @Bean
    FilterRegistrationBean<InternalTokenFilter> internalTokenFilter(InternalTokenVerifier verifier, JsonMapper json) {
        FilterRegistrationBean<InternalTokenFilter> registration =
            new FilterRegistrationBean<>(new InternalTokenFilter(verifier, json));
        // after tracing's observation filter, so the 401 is traced too, before anything else
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** First of all, so that every answer, an error's too, is sent whole when it fits. */
    @Bean
    FilterRegistrationBean<WholeAnswerBuffer> wholeAnswerBuffer() {
        FilterRegistrationBean<WholeAnswerBuffer> registration = new FilterRegistrationBean<>(new WholeAnswerBuffer());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    WebMvcConfigurer callerArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }

    @Bean
    @ConditionalOnProperty("lumenbridge.api.base-path")
    WhoAmIController whoAmIController(Environment environment) {
        return new WhoAmIController(environment.getRequiredProperty("spring.application.name"));
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    /** Partners read a service's API document through the gateway, so its server is the gateway's origin. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.customizers.OpenApiCustomizer")
    static class OpenApiDefaults {

        private static final String CALLER_SCHEMA = "#/components/schemas/Caller";

        @Bean
        OpenApiCustomizer servedThroughTheGateway(Environment environment) {
            return openApi -> {
                openApi.servers(List.of(new Server().url("/").description("the LumenBridge gateway")));
                if (openApi.getInfo() == null) {
                    openApi.info(new Info());
                }
                openApi.getInfo().title("LumenBridge " + environment.getRequiredProperty("spring.application.name"));
                withoutPlumbing(openApi);
            };
        }

        /**
         * Drops what springdoc finds in the handler signatures but a partner never sends: the
         * {@link com.lumenbridge.platform.identity.Caller} argument (resolved from the internal token), the
         * internal-token header itself (the gateway sets it) and Spring's {@code /error} fallback.
         */
        static void withoutPlumbing(io.swagger.v3.oas.models.OpenAPI openApi) {
            if (openApi.getPaths() != null) {
                openApi.getPaths().remove("/error");
                openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                    if (operation.getParameters() != null) {
                        operation.getParameters().removeIf(parameter -> InternalHeaders.TOKEN.equalsIgnoreCase(parameter.getName())
                            || parameter.getSchema() != null && CALLER_SCHEMA.equals(parameter.getSchema().get$ref()));
                        if (operation.getParameters().isEmpty()) {
                            operation.setParameters(null);
                        }
                    }
                }));
            }
            if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
                openApi.getComponents().getSchemas().remove("Caller");
            }
        }
    }
}
