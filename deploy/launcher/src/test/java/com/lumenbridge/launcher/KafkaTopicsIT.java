package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

class KafkaTopicsIT {

    private static EmbeddedKafkaKraftBroker kafka;

    @BeforeAll
    static void startKafka() {
        kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.brokerProperty("auto.create.topics.enable", "false");
        kafka.afterPropertiesSet();
    }

    @AfterAll
    static void stopKafka() {
        kafka.destroy();
    }

    @Test
    void createsTheMissingTopicsWithThreePartitionsAndLeavesExistingOnesAlone() throws Exception {
        try (Admin admin = KafkaTopics.admin(kafka.getBrokersAsString(), Duration.ofSeconds(10))) {
            KafkaTopics.ensure(admin, List.of("order.order.v1"), Duration.ofSeconds(10));

            List<String> created = KafkaTopics.ensure(admin, KafkaTopics.all(), Duration.ofSeconds(10));
            List<String> createdAgain = KafkaTopics.ensure(admin, KafkaTopics.all(), Duration.ofSeconds(10));

            assertThat(created).hasSize(13).doesNotContain("order.order.v1");
            assertThat(createdAgain).isEmpty();
            // the controller has created them; the broker's metadata follows a moment later
            await().atMost(Duration.ofSeconds(15)).untilAsserted(
                () -> assertThat(admin.listTopics().names().get()).containsAll(KafkaTopics.all()));
            Map<String, TopicDescription> described = admin.describeTopics(KafkaTopics.all()).allTopicNames().get();
            assertThat(described.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(3));
        }
    }
}
