package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KafkaTopicsTest {

    @Test
    void theStackHasEveryPlatformTopicEachWithItsDeadLetterTwin() {
        assertThat(KafkaTopics.all()).containsExactly(
            "gateway.tenant.v1", "gateway.tenant.v1.dlt",
            "catalog.product.v1", "catalog.product.v1.dlt",
            "catalog.partnership.v1", "catalog.partnership.v1.dlt",
            "store.inventory.v1", "store.inventory.v1.dlt",
            "store.activity.v1", "store.activity.v1.dlt",
            "order.order.v1", "order.order.v1.dlt",
            "crm.customer.v1", "crm.customer.v1.dlt");
    }
}
