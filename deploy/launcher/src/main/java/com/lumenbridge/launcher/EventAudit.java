package com.lumenbridge.launcher;

import com.lumenbridge.platform.events.CloudEventHeaders;
import com.lumenbridge.platform.events.Topics;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What the broker itself says about a run, independent of any service's own account: which
 * events were published for a set of aggregates, whether every consumer group has handled
 * everything published (committed offset = end offset, as the services commit only after
 * handling), and how many events went to the dead-letter topics.
 */
final class EventAudit implements AutoCloseable {

    private static final Duration CALL = Duration.ofSeconds(15);

    private final String bootstrapServers;
    private final Admin admin;

    EventAudit(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) CALL.toMillis(),
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) CALL.toMillis()));
    }

    /** Records on every dead-letter topic, by topic. */
    Map<String, Long> deadLettered() throws InterruptedException {
        Set<String> topics = call(admin.listTopics().names()).stream().filter(t -> t.endsWith(".dlt"))
            .collect(Collectors.toSet());
        Map<String, Long> counts = new TreeMap<>();
        for (Map.Entry<TopicPartition, Long> end : ends(partitionsOf(topics)).entrySet()) {
            counts.merge(end.getKey().topic(), end.getValue(), Long::sum);
        }
        return counts;
    }

    /**
     * Events published but not yet handled, per consumer group and topic; empty when every group
     * is caught up. Dead-letter topics are left out: nothing consumes them by design.
     */
    Map<String, Long> unhandled() throws InterruptedException {
        Map<String, Long> lag = new TreeMap<>();
        for (String group : liveGroups()) {
            Map<TopicPartition, OffsetAndMetadata> committed =
                call(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
            Set<TopicPartition> partitions = committed.keySet().stream()
                .filter(p -> !p.topic().endsWith(".dlt")).collect(Collectors.toSet());
            Map<TopicPartition, Long> ends = ends(partitions);
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata offset = committed.get(partition);
                long behind = ends.get(partition) - (offset == null ? 0 : offset.offset());
                if (behind > 0) {
                    lag.merge(group + " on " + partition.topic(), behind, Long::sum);
                }
            }
        }
        return lag;
    }

    /**
     * Groups with members now. A group without any is what a killed process of a per-instance
     * group leaves behind (catalog-service's search index reads every event in a group of its
     * own); nothing will ever consume for it again, so its lag says nothing about lost events.
     */
    private List<String> liveGroups() throws InterruptedException {
        List<String> ids = call(admin.listConsumerGroups().all()).stream().map(ConsumerGroupListing::groupId).toList();
        if (ids.isEmpty()) {
            return ids;
        }
        return call(admin.describeConsumerGroups(ids).all()).values().stream()
            .filter(group -> !group.members().isEmpty()).map(ConsumerGroupDescription::groupId).sorted().toList();
    }

    /**
     * The distinct event ids published on {@code order.order.v1} per order and event type, for the
     * given orders. An event published twice by the outbox relay keeps its {@code ce_id}, so more
     * than one id for the same order and type is a real duplicate.
     */
    Map<String, Map<String, Set<String>>> orderEvents(Collection<String> orderIds) {
        Set<String> wanted = new HashSet<>(orderIds);
        Map<String, Map<String, Set<String>>> events = new HashMap<>();
        Map<String, Object> config = Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
            ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ORDER_ORDER).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> event : consumer.poll(Duration.ofMillis(200))) {
                    if (wanted.contains(event.key())) {
                        events.computeIfAbsent(event.key(), k -> new TreeMap<>())
                            .computeIfAbsent(CloudEventHeaders.get(event.headers(), CloudEventHeaders.TYPE), t -> new HashSet<>())
                            .add(CloudEventHeaders.get(event.headers(), CloudEventHeaders.ID));
                    }
                }
            }
        }
        return events;
    }

    private Set<TopicPartition> partitionsOf(Set<String> topics) throws InterruptedException {
        if (topics.isEmpty()) {
            return Set.of();
        }
        return call(admin.describeTopics(topics).allTopicNames()).values().stream()
            .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
            .collect(Collectors.toSet());
    }

    private Map<TopicPartition, Long> ends(Set<TopicPartition> partitions) throws InterruptedException {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = call(admin.listOffsets(
            partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all());
        return ends.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private static <T> T call(org.apache.kafka.common.KafkaFuture<T> future) throws InterruptedException {
        try {
            return future.get(CALL.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new LauncherException("Kafka did not answer: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
