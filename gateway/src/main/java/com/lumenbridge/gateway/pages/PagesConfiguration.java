package com.lumenbridge.gateway.pages;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** Serves each page's index at {@code /<page>} and its scripts and styles under {@code /<page>/}. */
@Configuration(proxyBeanMethods = false)
class PagesConfiguration {

    static final List<String> PAGES = List.of("ops", "console");

    @Bean
    RouterFunction<ServerResponse> pages() {
        RouterFunctions.Builder routes = RouterFunctions.route();
        for (String page : PAGES) {
            Resource index = new ClassPathResource("pages/" + page + "/index.html");
            routes.route(GET("/" + page).or(GET("/" + page + "/")), request -> ServerResponse.ok()
                .contentType(MediaType.TEXT_HTML)
                .cacheControl(CacheControl.noCache())
                .bodyValue(index));
            routes.add(RouterFunctions.resources("/" + page + "/**", new ClassPathResource("pages/" + page + "/")));
        }
        return routes.build();
    }

    @Bean
    PageSecurityHeaders pageSecurityHeaders() {
        return new PageSecurityHeaders();
    }
}
