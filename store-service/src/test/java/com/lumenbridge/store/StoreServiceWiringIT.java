package com.lumenbridge.store;

import com.lumenbridge.platform.testing.ServiceWiringContract;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoreServiceWiringIT extends ServiceWiringContract {

    @Override
    protected String basePath() {
        return "/api/stores";
    }
}
