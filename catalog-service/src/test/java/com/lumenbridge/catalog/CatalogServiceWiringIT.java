package com.lumenbridge.catalog;

import com.lumenbridge.platform.testing.ServiceWiringContract;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogServiceWiringIT extends ServiceWiringContract {

    @Override
    protected String basePath() {
        return "/api/catalog";
    }
}
