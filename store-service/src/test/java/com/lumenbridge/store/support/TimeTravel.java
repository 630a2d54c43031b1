package com.lumenbridge.store.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Gives the application a {@link MutableClock}; test classes that import it share one context. */
@TestConfiguration
public class TimeTravel {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }
}
