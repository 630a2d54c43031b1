package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NginxProxyTest {

    /** With a space, as a state directory under "~/my projects" would have. */
    @TempDir
    Path dir;

    @Test
    void theConfigurationIsAPlainKeepAliveProxyThatAddsTheHeaders() {
        String config = NginxProxy.config(Path.of("/state/bench/nginx"), 18080, 8081, Map.of("X-LB-Internal-Token", "ey.J.w"));

        assertThat(config).contains("worker_processes auto;", "pid \"/state/bench/nginx/nginx.pid\";",
            "error_log \"/state/bench/nginx/error.log\" warn;", "access_log off;",
            "proxy_temp_path \"/state/bench/nginx/temp/proxy\";",
            "client_body_temp_path \"/state/bench/nginx/temp/client_body\";",
            "listen 127.0.0.1:18080;", "server 127.0.0.1:8081;", "keepalive 64;", "proxy_pass http://backend;",
            "proxy_http_version 1.1;", "proxy_set_header Connection \"\";",
            "proxy_set_header X-LB-Internal-Token \"ey.J.w\";");
        assertThat(config).doesNotContain("auth", "limit_req", "user ");
    }

    @Test
    void refusesHeaderValuesNginxWouldReadDifferently() {
        assertThatThrownBy(() -> NginxProxy.config(Path.of("/p"), 1, 2, Map.of("X-A", "$host")))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NginxProxy.config(Path.of("/p"), 1, 2, Map.of("X-A", "a\"; evil")))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NginxProxy.config(Path.of("/p"), 1, 2, Map.of("X A", "b")))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void proxiesToTheUpstreamWithTheHeaderAddedAndStopsWhenClosed() throws Exception {
        Optional<Path> nginx = Executables.find("nginx", System.getenv());
        assumeThat(nginx).as("nginx is installed (apt-get install nginx)").isPresent();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<ProcessHandle> nginxProcesses;
        try (TestServer upstream = new TestServer("X-LB-Internal-Token")) {
            Path prefix = dir.resolve("bench with space/nginx");
            try (NginxProxy proxy = NginxProxy.start(nginx.get(), prefix, upstream.port(),
                    Map.of("X-LB-Internal-Token", "tok.en"))) {
                nginxProcesses = ProcessHandle.current().descendants().toList();

                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + proxy.port() + "/api/catalog/whoami")).build(),
                    HttpResponse.BodyHandlers.ofString());

                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).isEqualTo("{\"path\":\"/api/catalog/whoami\"}");
                assertThat(upstream.seen()).containsExactly("tok.en");
            }
        }
        assertThat(nginxProcesses).isNotEmpty().noneMatch(ProcessHandle::isAlive);
        assertThat(Files.readString(dir.resolve("bench with space/nginx/nginx.conf")))
            .contains("proxy_set_header X-LB-Internal-Token \"tok.en\";");
    }
}
