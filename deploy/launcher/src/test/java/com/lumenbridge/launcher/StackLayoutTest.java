package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class StackLayoutTest {

    @Test
    void theStateLivesInDotLumenbridgeOfTheRepositoryByDefault() {
        Properties system = new Properties();
        system.setProperty("lumenbridge.repo", "/work/main");

        StackLayout layout = StackLayout.resolve(Map.of(), system);

        assertThat(layout.home()).isEqualTo(Path.of("/work/main/.lumenbridge"));
        assertThat(layout.logFile("kafka")).isEqualTo(Path.of("/work/main/.lumenbridge/logs/kafka.log"));
        assertThat(layout.jar(ServiceSpec.CATALOG)).isEqualTo(Path.of("/work/main/catalog-service/target/catalog-service.jar"));
        assertThat(layout.jar(ServiceSpec.GATEWAY)).isEqualTo(Path.of("/work/main/gateway/target/gateway.jar"));
        assertThat(layout.show(layout.mongoDir())).isEqualTo(".lumenbridge/mongo");
    }

    @Test
    void lumenbridgeHomeMovesTheState() {
        Properties system = new Properties();
        system.setProperty("lumenbridge.repo", "/work/main");
        system.setProperty("lumenbridge.home", "/tmp/from-property");

        assertThat(StackLayout.resolve(Map.of("LUMENBRIDGE_HOME", "/tmp/it-stack"), system).home())
            .isEqualTo(Path.of("/tmp/it-stack"));
        assertThat(StackLayout.resolve(Map.of(), system).home()).isEqualTo(Path.of("/tmp/from-property"));
        assertThat(StackLayout.resolve(Map.of(), system).show(Path.of("/tmp/from-property/run"))).isEqualTo("/tmp/from-property/run");
    }
}
