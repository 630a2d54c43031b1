package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher jar against a state directory of its own: the whole stack up within the default timeout of up (240 s),
 * healthy, serving the admin API; down leaves none of its processes; up again finds the data.
 * Needs every module packaged first (the launcher is last in the reactor) and ports 8080–8084,
 * 9092, 9093 and 27017 free.
 */
class LocalStackIT {

    private static final Duration UP_LIMIT = LauncherRun.UP_LIMIT;
    private static final URI GATEWAY = URI.create("http://localhost:8080");

    @TempDir
    static Path home;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @AfterAll
    static void leaveNothingRunning() throws Exception {
        launcher("down");
    }

    @Test
    void upServesDownStopsEverythingAndUpAgainFindsTheData() throws Exception {
        LauncherRun.Result up = launcher("up");
        assertThat(up.exitCode()).as(up.output()).isZero();
        assertThat(up.took()).isLessThan(UP_LIMIT);
        assertThat(up.output()).contains("LumenBridge is up in", "Gateway          http://localhost:8080",
            "topics           14 present (14 created now)", "Operator key (shown this once");

        LauncherRun.Result status = launcher("status");
        assertThat(status.exitCode()).as(status.output()).isZero();
        assertThat(status.output()).contains("All 7 parts are up.");

        Path keyFile = home.resolve("operator.key");
        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(OwnerOnlyFiles.OWNER_ONLY);
        String operatorKey = Files.readString(keyFile).trim();
        HttpResponse<String> created = send(HttpRequest.newBuilder(GATEWAY.resolve("/api/admin/tenants"))
            .header("Authorization", "Bearer " + operatorKey).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Aurora Lighting\",\"kind\":\"MANUFACTURER\"}")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode tenant = json.readTree(created.body());
        assertThat(tenant.path("name").asText()).isEqualTo("Aurora Lighting");
        assertThat(tenant.path("kind").asText()).isEqualTo("MANUFACTURER");
        String tenantId = tenant.path("id").asText();
        assertThat(tenantId).isNotBlank();

        identityIsEnforcedAcrossTheRealStack(operatorKey, tenantId);

        LauncherRun.Result down = launcher("down");
        assertThat(down.exitCode()).as(down.output()).isZero();
        assertThat(processesOfThisStack()).isEmpty();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
            new StackRecord(Infrastructure.from(Map.of()), ServiceSpec.ALL).portClaims())
            .allSatisfy(claim -> assertThat(Ports.isFree(claim.port())).as("port %d", claim.port()).isTrue()));

        LauncherRun.Result again = launcher("up");
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output()).contains("topics           14 present (0 created now)",
            "Operator key: in " + keyFile).doesNotContain(operatorKey);
        HttpResponse<String> listed = send(HttpRequest.newBuilder(GATEWAY.resolve("/api/admin/tenants"))
            .header("Authorization", "Bearer " + operatorKey).GET());
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(DemoCommand.tenantsIn(json.readTree(listed.body())))
            .anySatisfy(listedTenant -> {
                assertThat(listedTenant.path("id").asText()).isEqualTo(tenantId);
                assertThat(listedTenant.path("name").asText()).isEqualTo("Aurora Lighting");
            });

        LauncherRun.Result finalDown = launcher("down");
        assertThat(finalDown.exitCode()).as(finalDown.output()).isZero();
        assertThat(processesOfThisStack()).isEmpty();
    }

    /** DESIGN.md "Identity at the edge and inside", checked on the running processes. */
    private void identityIsEnforcedAcrossTheRealStack(String operatorKey, String tenantId) throws Exception {
        HttpResponse<String> issued = send(HttpRequest.newBuilder(GATEWAY.resolve("/api/admin/tenants/" + tenantId + "/api-keys"))
            .header("Authorization", "Bearer " + operatorKey).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"scopes\":[\"catalog:read\"]}")));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        String key = json.readTree(issued.body()).path("apiKey").asText();
        String keyId = json.readTree(issued.body()).path("keyId").asText();

        HttpResponse<String> whoami = send(HttpRequest.newBuilder(GATEWAY.resolve("/api/catalog/whoami"))
            .header("Authorization", "Bearer " + key)
            .header("X-LB-Internal-Token", "forged.by.client")
            .header("X-LB-Tenant-Id", "someone-else").GET());
        assertThat(whoami.statusCode()).as(whoami.body()).isEqualTo(200);
        assertThat(json.readTree(whoami.body()).path("tenantId").asText()).isEqualTo(tenantId);
        assertThat(json.readTree(whoami.body()).path("service").asText()).isEqualTo("catalog-service");

        HttpResponse<String> noScope = send(HttpRequest.newBuilder(GATEWAY.resolve("/api/orders/whoami"))
            .header("Authorization", "Bearer " + key).GET());
        assertThat(noScope.statusCode()).as(noScope.body()).isEqualTo(403);

        for (int port = 8081; port <= 8084; port++) {
            HttpResponse<String> direct = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/catalog/whoami"))
                .header("X-LB-Internal-Token", "forged.by.client").GET());
            assertThat(direct.statusCode()).as("service port %d without the gateway's token", port).isEqualTo(401);
        }

        HttpResponse<String> revoked = send(HttpRequest.newBuilder(GATEWAY.resolve("/api/admin/api-keys/" + keyId))
            .header("Authorization", "Bearer " + operatorKey).DELETE());
        assertThat(revoked.statusCode()).isEqualTo(204);
        HttpResponse<String> afterRevoke = send(HttpRequest.newBuilder(GATEWAY.resolve("/api/catalog/whoami"))
            .header("Authorization", "Bearer " + key).GET());
        assertThat(afterRevoke.statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, ProcessHandle> processesOfThisStack() {
        return new PidFiles(home.resolve("run"), new ProcessTag(home), CommandLines.system()).taggedProcesses();
    }

    private static LauncherRun.Result launcher(String command) throws IOException, InterruptedException {
        return LauncherRun.run(home, command);
    }
}
