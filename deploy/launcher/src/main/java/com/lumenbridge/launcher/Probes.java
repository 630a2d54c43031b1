package com.lumenbridge.launcher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.bson.Document;

/**
 * Does a part answer? Services: {@code GET /actuator/health/readiness} is 200. Kafka: the cluster
 * describes itself. MongoDB: it answers {@code ping}. Each probe is quick and says no on any error.
 */
final class Probes implements AutoCloseable {

    /** How a part that does not answer at all is described: it may still be starting. */
    static final String NO_ANSWER = "no answer";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ObjectMapper json = new ObjectMapper();
    private Admin kafka;
    private MongoClient mongo;

    boolean serviceReady(ServiceSpec service) {
        return readiness(service).map(HttpResponse::statusCode).filter(status -> status == 200).isPresent();
    }

    /**
     * Why a service is not ready, in a line: what its readiness endpoint answered and the state of
     * each component it checks, e.g. {@code readiness answers 503 (mongo DOWN, kafka UP)}.
     */
    String readinessDetail(ServiceSpec service) {
        return readiness(service).map(response -> {
            List<String> states = new ArrayList<>();
            try {
                json.readTree(response.body()).path("components").fields().forEachRemaining(component ->
                    states.add(component.getKey() + " " + component.getValue().path("status").asText("?")));
            } catch (JsonProcessingException e) {
                // not JSON: the status code alone will have to do
            }
            return "readiness answers " + response.statusCode()
                + (states.isEmpty() ? "" : " (" + String.join(", ", states) + ")");
        }).orElse(NO_ANSWER + " on port " + service.port());
    }

    private Optional<HttpResponse<String>> readiness(ServiceSpec service) {
        try {
            HttpRequest request = HttpRequest.newBuilder(service.readinessUri()).timeout(TIMEOUT).GET().build();
            return Optional.of(http.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    boolean kafkaAnswers(String bootstrapServers) {
        if (kafka == null) {
            kafka = KafkaTopics.admin(bootstrapServers, TIMEOUT);
        }
        try {
            kafka.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()))
                .nodes().get(TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    boolean mongoAnswers(String uri) {
        if (mongo == null) {
            mongo = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(s -> s.connectTimeout((int) TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout((int) TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
                .build());
        }
        try {
            mongo.getDatabase("admin").runCommand(new Document("ping", 1));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (kafka != null) {
            kafka.close(Duration.ofSeconds(2));
        }
        if (mongo != null) {
            mongo.close();
        }
    }
}
