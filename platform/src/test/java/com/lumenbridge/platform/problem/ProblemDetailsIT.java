package com.lumenbridge.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.InternalHeaders;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.platform.testing.EmbeddedInfrastructure;
import com.lumenbridge.platform.testing.HttpProbe;
import com.lumenbridge.platform.testing.WithEmbeddedInfrastructure;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every error path of a servlet service answers RFC 9457 Problem Details with a stable type. */
@WithEmbeddedInfrastructure
@SpringBootTest(classes = ProblemDetailsIT.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.application.name=problem-it", "lumenbridge.mongodb.database=problem_it"})
class ProblemDetailsIT {

    private static final String BASE = "https://problems.lumenbridge.dev/";

    @LocalServerPort
    int port;

    private HttpProbe http;
    private Map<String, String> auth;

    @BeforeEach
    void setUp() {
        http = new HttpProbe("http://127.0.0.1:" + port);
        auth = Map.of(InternalHeaders.TOKEN, EmbeddedInfrastructure.start()
            .tokenFor(new Caller("t-problems", TenantKind.DEALER, Set.of(Scope.STORES_READ))));
    }

    @Test
    void anUnknownIdIs404NotFound() {
        HttpProbe.Response response = http.get("/things/t-42", auth);

        assertProblem(response, 404, "not-found");
        assertThat(response.json().get("detail").asText()).isEqualTo("Thing 't-42' was not found");
        assertThat(response.json().get("instance").asText()).isEqualTo("/things/t-42");
    }

    @Test
    void invalidInputIs422NamingEveryOffendingField() {
        HttpProbe.Response response = http.send("POST", "/things", auth, "{\"name\":\" \",\"watts\":5000}");

        assertProblem(response, 422, "validation");
        assertThat(response.json().get("errors").toString())
            .contains("{\"field\":\"name\",\"message\":\"must not be blank\"}")
            .contains("{\"field\":\"watts\",\"message\":\"must be less than or equal to 2000\"}");
    }

    @Test
    void aConflictWithCurrentStateIs409() {
        HttpProbe.Response response = http.send("POST", "/things", auth, "{\"name\":\"duplicate\",\"watts\":5}");

        assertProblem(response, 409, "conflict");
    }

    @Test
    void malformedJsonIs400() {
        assertProblem(http.send("POST", "/things", auth, "{\"name\":"), 400, "bad-request");
    }

    @Test
    void aMissingRequiredHeaderIs400() {
        assertProblem(http.send("POST", "/things/with-header", auth, "{}"), 400, "bad-request");
    }

    @Test
    void aParameterOfTheWrongTypeIs400() {
        assertProblem(http.get("/things?page=abc", auth), 400, "bad-request");
    }

    @Test
    void aWrongMethodIs405() {
        assertProblem(http.send("DELETE", "/things", auth, null), 405, "method-not-allowed");
    }

    @Test
    void aMissingScopeIs403() {
        assertProblem(http.send("POST", "/things/admin-only", auth, "{}"), 403, "forbidden");
    }

    @Test
    void anUnexpectedFailureIs500WithoutAStackTrace() {
        HttpProbe.Response response = http.get("/things/boom", auth);

        assertProblem(response, 500, "internal");
        assertThat(response.body()).doesNotContain("IllegalStateException").doesNotContain("secret detail");
    }

    private static void assertProblem(HttpProbe.Response response, int status, String type) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo(BASE + type);
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("\tat ");
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

        @Bean
        ThingsController thingsController() {
            return new ThingsController();
        }
    }

    record NewThing(@NotBlank String name, @Max(2000) int watts) {
    }

    @RestController
    static class ThingsController {

        @GetMapping("/things")
        String list(@RequestParam(defaultValue = "0") int page) {
            return "[]";
        }

        @GetMapping("/things/boom")
        String boom() {
            throw new IllegalStateException("secret detail");
        }

        @GetMapping("/things/{id}")
        String get(@PathVariable String id) {
            throw new NotFound("Thing", id);
        }

        @PostMapping("/things")
        String create(@Valid @RequestBody NewThing thing) {
            if (thing.name().equals("duplicate")) {
                throw new Conflict("A thing named 'duplicate' exists");
            }
            return "{}";
        }

        @PostMapping("/things/with-header")
        String withHeader(@RequestHeader("Idempotency-Key") String key) {
            return "{}";
        }

        @PostMapping("/things/admin-only")
        String adminOnly(Caller caller) {
            caller.require(Scope.ADMIN);
            return "{}";
        }
    }
}
