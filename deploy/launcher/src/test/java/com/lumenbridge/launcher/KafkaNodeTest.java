package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaNodeTest {

    @TempDir
    Path home;

    @Test
    void isOneKraftNodeThatIsBrokerAndControllerOnLocalhost() {
        KafkaNode kafka = new KafkaNode(new StackLayout(Path.of("/repo"), home));

        Properties settings = kafka.settings();

        assertThat(settings.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(settings.getProperty("listeners")).isEqualTo("PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093");
        assertThat(settings.getProperty("controller.quorum.bootstrap.servers")).isEqualTo("localhost:9093");
        assertThat(settings.getProperty("log.dirs")).isEqualTo(home.resolve("kafka/data").toString());
        assertThat(settings.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
        assertThat(settings.getProperty("auto.create.topics.enable")).isEqualTo("false");
        assertThat(kafka.brokerArguments()).endsWith("kafka.Kafka", home.resolve("kafka/server.properties").toString());
    }

    @Test
    void makesItsClusterIdOnceAndKeepsIt() {
        KafkaNode kafka = new KafkaNode(new StackLayout(Path.of("/repo"), home));

        String id = kafka.clusterId();

        assertThat(id).matches("[A-Za-z0-9_-]{22}");
        assertThat(new KafkaNode(new StackLayout(Path.of("/repo"), home)).clusterId()).isEqualTo(id);
        assertThat(kafka.isFormatted()).isFalse();
        assertThat(kafka.formatArguments()).containsSequence("kafka.tools.StorageTool", "format")
            .containsSequence("--cluster-id", id).contains("--standalone");
    }
}
