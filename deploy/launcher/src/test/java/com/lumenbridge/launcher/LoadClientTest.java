package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadClientTest {

    @Test
    void sendsEachCallWithItsHeaders() throws Exception {
        try (TestServer server = new TestServer("X-LB-Internal-Token");
                LoadClient client = new LoadClient(2, Duration.ofSeconds(5))) {
            URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/catalog/search?q=bulb");

            for (int i = 0; i < 20; i++) {
                assertThat(client.get(uri, Map.of("X-LB-Internal-Token", "token-" + i))).isEqualTo(200);
            }

            assertThat(server.seen()).hasSize(20).startsWith("token-0").endsWith("token-19");
        }
    }

    @Test
    void aCallNobodyAnswersIsMinusOne() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (LoadClient client = new LoadClient(1, Duration.ofSeconds(2))) {
            assertThat(client.get(URI.create("http://127.0.0.1:" + closedPort + "/"), Map.of())).isEqualTo(-1);
        }
    }
}
