package com.lumenbridge.store;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Store service: owns locations, inventory, reservations, appointments, visits and offline sales. */
@SpringBootApplication
@EnableConfigurationProperties(StoreProperties.class)
public class StoreServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(StoreServiceApplication.class, args);
    }
}
