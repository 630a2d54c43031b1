package com.lumenbridge.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.Uuid;

/**
 * The embedded Kafka broker: one KRaft node that is broker and controller at once, run from the
 * {@code kafka_2.13} jars on the launcher's classpath, with its data under {@code kafka/data}.
 */
final class KafkaNode {

    static final String PART = "kafka";

    private final StackLayout layout;

    KafkaNode(StackLayout layout) {
        this.layout = layout;
    }

    Path dataDir() {
        return layout.kafkaDir().resolve("data");
    }

    Path serverProperties() {
        return layout.kafkaDir().resolve("server.properties");
    }

    Path clusterIdFile() {
        return layout.kafkaDir().resolve("cluster.id");
    }

    /** KRaft storage is formatted once; {@code meta.properties} in the log dir says it was. */
    boolean isFormatted() {
        return Files.isRegularFile(dataDir().resolve("meta.properties"));
    }

    Properties settings() {
        Properties settings = new Properties();
        settings.setProperty("process.roles", "broker,controller");
        settings.setProperty("node.id", "1");
        String controller = "localhost:" + Infrastructure.KAFKA_CONTROLLER_PORT;
        settings.setProperty("controller.quorum.bootstrap.servers", controller);
        settings.setProperty("listeners", "PLAINTEXT://localhost:" + Infrastructure.KAFKA_PORT
            + ",CONTROLLER://" + controller);
        settings.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + Infrastructure.KAFKA_PORT
            + ",CONTROLLER://" + controller);
        settings.setProperty("controller.listener.names", "CONTROLLER");
        settings.setProperty("inter.broker.listener.name", "PLAINTEXT");
        settings.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        settings.setProperty("log.dirs", dataDir().toString());
        settings.setProperty("num.partitions", Integer.toString(KafkaTopics.PARTITIONS));
        settings.setProperty("default.replication.factor", "1");
        settings.setProperty("offsets.topic.replication.factor", "1");
        settings.setProperty("offsets.topic.num.partitions", "10");
        settings.setProperty("transaction.state.log.replication.factor", "1");
        settings.setProperty("transaction.state.log.min.isr", "1");
        settings.setProperty("share.coordinator.state.topic.replication.factor", "1");
        settings.setProperty("share.coordinator.state.topic.min.isr", "1");
        // one consumer per group locally: no reason to hold the first rebalance back
        settings.setProperty("group.initial.rebalance.delay.ms", "0");
        // topics come from the platform's list only, so a misspelt topic fails instead of appearing
        settings.setProperty("auto.create.topics.enable", "false");
        return settings;
    }

    /** Written on every start, so a changed setting takes effect; the data is untouched. */
    void writeServerProperties() {
        try {
            Files.createDirectories(layout.kafkaDir());
            try (Writer writer = Files.newBufferedWriter(serverProperties(), StandardCharsets.UTF_8)) {
                settings().store(writer, "Written by the LumenBridge launcher on every up; edits are overwritten");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + serverProperties(), e);
        }
    }

    /** The KRaft cluster id, made once and kept next to the data. */
    String clusterId() {
        try {
            if (Files.isRegularFile(clusterIdFile())) {
                return Files.readString(clusterIdFile(), StandardCharsets.UTF_8).trim();
            }
            String id = Uuid.randomUuid().toString();
            Files.createDirectories(layout.kafkaDir());
            Files.writeString(clusterIdFile(), id + "\n", StandardCharsets.UTF_8);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the Kafka cluster id in " + clusterIdFile(), e);
        }
    }

    /** {@code kafka-storage.sh format --standalone}: a single-node dynamic controller quorum. */
    List<String> formatArguments() {
        return List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-cp", ProcessStarter.launcherClasspath(),
            "kafka.tools.StorageTool", "format",
            "--config", serverProperties().toString(),
            "--cluster-id", clusterId(),
            "--standalone", "--ignore-formatted");
    }

    /**
     * {@code kafka-server-start.sh server.properties}, with both JIT tiers: under the order bench the
     * broker spent 15.5–23.9 ms of CPU per order with C1 only and 9.3–15.0 ms with C2 (warm stacks,
     * 25/s and 10/s). The one-off storage format above runs for a second and keeps C1 only. The heap
     * is whole from the start: the serial collector grows it only by a full collection, and growing
     * from 128 MB cost one of 870 ms in the middle of an order bench, which every event waited out.
     */
    List<String> brokerArguments() {
        return List.of("-Xms512m", "-Xmx512m", "-XX:+UseSerialGC",
            "-Djava.awt.headless=true",
            "-Dorg.slf4j.simpleLogger.showDateTime=true",
            "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS",
            "-cp", ProcessStarter.launcherClasspath(),
            "kafka.Kafka", serverProperties().toString());
    }
}
