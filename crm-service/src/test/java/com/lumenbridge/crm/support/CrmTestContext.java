package com.lumenbridge.crm.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The one test context the CRM integration tests share: the real application with a clock tests can move. */
@TestConfiguration
public class CrmTestContext {

    @Bean
    @Primary
    public MutableClock mutableClock() {
        return new MutableClock();
    }
}
