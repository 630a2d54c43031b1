package com.lumenbridge.order;

import com.lumenbridge.platform.testing.ServiceWiringContract;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The wiring contract. Its context lives until the JVM ends, next to the other ITs' context on the
 * same broker, so it reads only what is published after it started (its own group, latest): replaying
 * every other test's events kept it busy into JVM shutdown, when the embedded Mongo is already gone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "lumenbridge.messaging.group=order-service-wiring-it", "spring.kafka.consumer.auto-offset-reset=latest"})
class OrderServiceWiringIT extends ServiceWiringContract {

    @Override
    protected String basePath() {
        return "/api/orders";
    }
}
