package com.lumenbridge.order.store;

import com.lumenbridge.order.OrderProperties;
import com.lumenbridge.order.common.GuardedRead;
import com.lumenbridge.order.store.application.StoreCheck;
import com.lumenbridge.order.store.application.StoreClient;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    /** While {@code lumenbridge.orders.stores.validate} is off, the store is checked by store-service alone, when it reserves. */
    @Bean
    StoreCheck storeCheck(OrderProperties properties, JsonMapper json, CircuitBreakerRegistry breakers, Clock clock,
            MeterRegistry meters) {
        OrderProperties.Stores settings = properties.stores();
        if (!settings.validate()) {
            return StoreCheck.off();
        }
        StoreClient client = new StoreClient(GuardedRead.of("store-service", settings.baseUrl(), settings.timeout(),
            settings.failureRateThreshold(), settings.openFor(), breakers), json);
        return new StoreCheck(client, clock, settings.cacheFor(), meters);
    }
}
