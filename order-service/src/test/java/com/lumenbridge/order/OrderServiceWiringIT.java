package com.lumenbridge.order;

import com.lumenbridge.platform.testing.ServiceWiringContract;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderServiceWiringIT extends ServiceWiringContract {

    @Override
    protected String basePath() {
        return "/api/orders";
    }
}
