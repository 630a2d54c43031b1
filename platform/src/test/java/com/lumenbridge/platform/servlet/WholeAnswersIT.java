package com.lumenbridge.platform.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.InternalHeaders;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.platform.testing.EmbeddedInfrastructure;
import com.lumenbridge.platform.testing.WithEmbeddedInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A servlet service sends an answer of up to 64 KiB whole, with its length, so the gateway can pass
 * it on in one write; a longer one still arrives intact, in chunks.
 */
@WithEmbeddedInfrastructure
@SpringBootTest(classes = WholeAnswersIT.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.application.name=whole-answers-it", "lumenbridge.mongodb.database=whole_answers_it"})
class WholeAnswersIT {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;

    @Test
    void sendsAnAnswerThatFitsWithItsLengthNotInChunks() throws Exception {
        // past Tomcat's own 8 KiB buffer, which would have sent this in chunks
        HttpResponse<String> answer = get(30_000);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Transfer-Encoding")).isEmpty();
        assertThat(answer.headers().firstValueAsLong("Content-Length")).hasValue(answer.body().length());
        assertThat(answer.body()).startsWith("{\"padding\":\"xxx").hasSizeGreaterThan(30_000);
    }

    @Test
    void streamsALongerAnswerIntact() throws Exception {
        HttpResponse<String> answer = get(200_000);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
        assertThat(answer.body()).isEqualTo("{\"padding\":\"" + "x".repeat(200_000) + "\"}");
    }

    private HttpResponse<String> get(int bytes) throws Exception {
        String token = EmbeddedInfrastructure.start().tokenFor(new Caller("t-whole", TenantKind.DEALER, Set.of(Scope.STORES_READ)));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/padded?bytes=" + bytes))
            .header(InternalHeaders.TOKEN, token).build(), HttpResponse.BodyHandlers.ofString());
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

        @Bean
        Padded padded() {
            return new Padded();
        }
    }

    @RestController
    static class Padded {

        record Padding(String padding) {
        }

        /** {@code bytes} letters in a JSON object, written by Jackson as every answer is. */
        @GetMapping("/padded")
        Padding padded(@RequestParam int bytes) {
            return new Padding("x".repeat(bytes));
        }
    }
}
