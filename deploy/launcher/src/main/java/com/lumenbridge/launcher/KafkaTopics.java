package com.lumenbridge.launcher;

import com.lumenbridge.platform.events.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The platform's topics ({@link Topics#ALL}) and a {@code .dlt} twin of each, created once Kafka
 * answers. Creating is idempotent: topics that exist are left as they are.
 */
final class KafkaTopics {

    static final int PARTITIONS = 3;

    private KafkaTopics() {
    }

    /** Every topic the stack needs: each platform topic followed by its dead-letter topic. */
    static List<String> all() {
        List<String> names = new ArrayList<>();
        for (String topic : Topics.ALL) {
            names.add(topic);
            names.add(Topics.deadLetter(topic));
        }
        return List.copyOf(names);
    }

    /**
     * Creates the missing ones with {@value #PARTITIONS} partitions and the cluster's default
     * replication factor (1 on the embedded broker). Returns the names it created.
     */
    static List<String> ensure(Admin admin, List<String> names, Duration timeout) {
        try {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = names.stream().filter(name -> !existing.contains(name))
                .map(name -> new NewTopic(name, Optional.of(PARTITIONS), Optional.empty())).toList();
            if (missing.isEmpty()) {
                return List.of();
            }
            CreateTopicsResult result = admin.createTopics(missing);
            List<String> created = new ArrayList<>();
            for (NewTopic topic : missing) {
                try {
                    result.values().get(topic.name()).get();
                    created.add(topic.name());
                } catch (ExecutionException e) {
                    // another client made it between our list and our create: that is the state we want
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            return created;
        } catch (ExecutionException e) {
            throw new LauncherException("Kafka refused to create the topics: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while creating the Kafka topics", e);
        }
    }

    static Admin admin(String bootstrapServers, Duration timeout) {
        return Admin.create(Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
            AdminClientConfig.CLIENT_ID_CONFIG, "lumenbridge-launcher"));
    }
}
