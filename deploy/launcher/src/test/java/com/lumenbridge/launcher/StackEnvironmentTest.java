package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which infrastructure the stack runs, and the environment every service gets from that. */
class StackEnvironmentTest {

    private static final TokenKeys KEYS = new TokenKeys("PUBLIC", "PRIVATE");
    private static final OperatorKey OPERATOR = new OperatorKey("lbk_operator", OperatorKey.Origin.STORED, Path.of("k"));

    @Test
    void withoutExternalAddressesTheEmbeddedKafkaAndMongoRun() {
        Infrastructure infrastructure = Infrastructure.from(Map.of());
        StackRecord plan = new StackRecord(infrastructure, ServiceSpec.ALL);

        assertThat(infrastructure).isEqualTo(
            new Infrastructure("localhost:9092", true, "mongodb://localhost:27017", true));
        assertThat(plan.parts()).containsExactly("mongo", "kafka", "gateway", "catalog-service", "store-service",
            "order-service", "crm-service");
        assertThat(plan.portClaims()).extracting(Ports.Claim::port)
            .containsExactly(27017, 9092, 9093, 8080, 8081, 8082, 8083, 8084);
    }

    @Test
    void anExternalKafkaIsPassedThroughAndTheEmbeddedOneSkipped() {
        Infrastructure infrastructure = Infrastructure.from(Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092,kafka-2:9092"));
        StackRecord plan = new StackRecord(infrastructure, ServiceSpec.ALL);

        assertThat(infrastructure.embeddedKafka()).isFalse();
        assertThat(infrastructure.embeddedMongo()).isTrue();
        assertThat(plan.parts()).doesNotContain("kafka").contains("mongo");
        assertThat(plan.portClaims()).extracting(Ports.Claim::port).doesNotContain(9092, 9093).contains(27017);
        for (ServiceSpec service : ServiceSpec.ALL) {
            assertThat(ServiceEnvironment.of(service, infrastructure, KEYS, OPERATOR))
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092,kafka-2:9092")
                .containsEntry("MONGODB_URI", "mongodb://localhost:27017");
        }
    }

    @Test
    void anExternalMongoIsPassedThroughAndTheEmbeddedOneSkipped() {
        Infrastructure infrastructure = Infrastructure.from(Map.of("MONGODB_URI", "mongodb://app:secret@db:27017/?replicaSet=rs0"));
        StackRecord plan = new StackRecord(infrastructure, ServiceSpec.ALL);

        assertThat(plan.parts()).doesNotContain("mongo").contains("kafka");
        assertThat(plan.portClaims()).extracting(Ports.Claim::port).doesNotContain(27017);
        assertThat(ServiceEnvironment.of(ServiceSpec.ORDER, infrastructure, KEYS, OPERATOR))
            .containsEntry("MONGODB_URI", "mongodb://app:secret@db:27017/?replicaSet=rs0")
            .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
        assertThat(infrastructure.mongoUriForDisplay()).isEqualTo("mongodb://***@db:27017/?replicaSet=rs0");
    }

    @Test
    void blankAddressesCountAsUnset() {
        assertThat(Infrastructure.from(Map.of("KAFKA_BOOTSTRAP_SERVERS", " ", "MONGODB_URI", "")))
            .isEqualTo(Infrastructure.from(Map.of()));
    }

    @Test
    void aServiceGetsItsPortTheInfrastructureOnlyThePublicKeyAndWhereTheOthersAreAndOrdersMayCallLocalWebhooks() {
        Map<String, String> env = ServiceEnvironment.of(ServiceSpec.ORDER, Infrastructure.from(Map.of()), KEYS, OPERATOR);

        assertThat(env).containsExactlyInAnyOrderEntriesOf(Map.of(
            "PORT", "8083",
            "MONGODB_URI", "mongodb://localhost:27017",
            "KAFKA_BOOTSTRAP_SERVERS", "localhost:9092",
            "LUMENBRIDGE_INTERNAL_TOKEN_PUBLIC_KEY", "PUBLIC",
            "CATALOG_SERVICE_URL", "http://localhost:8081",
            "STORE_SERVICE_URL", "http://localhost:8082",
            "CRM_SERVICE_URL", "http://localhost:8084",
            "LUMENBRIDGE_WEBHOOK_ALLOWED_HOSTS", "localhost"));
    }

    @Test
    void theGatewayAlsoGetsThePrivateKeyTheOperatorKeyAndWhereEachServiceIs() {
        Map<String, String> env = ServiceEnvironment.of(ServiceSpec.GATEWAY, Infrastructure.from(Map.of()), KEYS, OPERATOR);

        assertThat(env).containsExactlyInAnyOrderEntriesOf(Map.of(
            "PORT", "8080",
            "MONGODB_URI", "mongodb://localhost:27017",
            "KAFKA_BOOTSTRAP_SERVERS", "localhost:9092",
            "LUMENBRIDGE_INTERNAL_TOKEN_PUBLIC_KEY", "PUBLIC",
            "LUMENBRIDGE_INTERNAL_TOKEN_PRIVATE_KEY", "PRIVATE",
            "LUMENBRIDGE_OPERATOR_KEY", "lbk_operator",
            "CATALOG_SERVICE_URL", "http://localhost:8081",
            "STORE_SERVICE_URL", "http://localhost:8082",
            "ORDER_SERVICE_URL", "http://localhost:8083",
            "CRM_SERVICE_URL", "http://localhost:8084"));
    }

    @Test
    void aSelectionStartsOnlyTheNamedServices() {
        assertThat(ServiceSpec.selected(Map.of("LUMENBRIDGE_SERVICES", "catalog-service, gateway")))
            .containsExactly(ServiceSpec.GATEWAY, ServiceSpec.CATALOG);
        assertThat(ServiceSpec.selected(Map.of())).isEqualTo(ServiceSpec.ALL);
        assertThatThrownBy(
                () -> ServiceSpec.selected(Map.of("LUMENBRIDGE_SERVICES", "gateway,billing-service")))
            .isInstanceOf(LauncherException.class).hasMessageContaining("[billing-service]");
    }

    @Test
    void whatUpStartedIsReadBackByTheOtherCommands(@TempDir Path home) throws Exception {
        StackLayout layout = new StackLayout(Path.of("/repo"), home);
        StackRecord started = new StackRecord(Infrastructure.from(Map.of("MONGODB_URI", "mongodb://u:p@db:27017")),
            List.of(ServiceSpec.GATEWAY, ServiceSpec.STORE));

        started.save(layout);

        assertThat(StackRecord.load(layout)).contains(started);
        assertThat(Files.getPosixFilePermissions(StackRecord.file(layout)))
            .as("a Mongo URI may hold a password").isEqualTo(OwnerOnlyFiles.OWNER_ONLY);
    }
}
