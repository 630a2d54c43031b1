package com.lumenbridge.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GatewayApplicationTest {

    private final String before = System.getProperty(GatewayApplication.EVENT_LOOPS);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(GatewayApplication.EVENT_LOOPS);
        } else {
            System.setProperty(GatewayApplication.EVENT_LOOPS, before);
        }
    }

    @Test
    void runsOneEventLoopPerCoreUnlessToldOtherwise() {
        System.clearProperty(GatewayApplication.EVENT_LOOPS);
        GatewayApplication.oneEventLoopPerCore();
        assertThat(System.getProperty(GatewayApplication.EVENT_LOOPS))
            .isEqualTo(Integer.toString(Runtime.getRuntime().availableProcessors()));

        System.setProperty(GatewayApplication.EVENT_LOOPS, "7");
        GatewayApplication.oneEventLoopPerCore();
        assertThat(System.getProperty(GatewayApplication.EVENT_LOOPS)).isEqualTo("7");
    }
}
