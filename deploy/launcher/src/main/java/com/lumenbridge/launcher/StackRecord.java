package com.lumenbridge.launcher;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * What the last {@code up} started — which services, which Kafka and Mongo — kept in
 * {@code run/stack.properties} (owner-only: a Mongo URI may hold a password), so that
 * {@code status}, {@code demo} and {@code down} look at the same stack whatever their environment.
 */
record StackRecord(Infrastructure infrastructure, List<ServiceSpec> services) {

    /** Every part, in start order: embedded infrastructure first, then the services. */
    List<String> parts() {
        List<String> parts = new ArrayList<>();
        if (infrastructure.embeddedMongo()) {
            parts.add(EmbeddedMongoServer.PART);
        }
        if (infrastructure.embeddedKafka()) {
            parts.add(KafkaNode.PART);
        }
        services.forEach(service -> parts.add(service.name()));
        return parts;
    }

    /** The ports this stack listens on: the embedded infrastructure's only when it is embedded. */
    List<Ports.Claim> portClaims() {
        return portClaims(parts());
    }

    /** The ports {@code parts} of this stack listen on. */
    List<Ports.Claim> portClaims(Collection<String> parts) {
        List<Ports.Claim> claims = new ArrayList<>();
        if (infrastructure.embeddedMongo() && parts.contains(EmbeddedMongoServer.PART)) {
            claims.add(new Ports.Claim(Infrastructure.MONGO_PORT, "MongoDB"));
        }
        if (infrastructure.embeddedKafka() && parts.contains(KafkaNode.PART)) {
            claims.add(new Ports.Claim(Infrastructure.KAFKA_PORT, "Kafka"));
            claims.add(new Ports.Claim(Infrastructure.KAFKA_CONTROLLER_PORT, "the Kafka controller"));
        }
        services.stream().filter(service -> parts.contains(service.name()))
            .forEach(service -> claims.add(new Ports.Claim(service.port(), service.name())));
        return claims;
    }

    static Path file(StackLayout layout) {
        return layout.runDir().resolve("stack.properties");
    }

    void save(StackLayout layout) {
        Properties properties = new Properties();
        properties.setProperty("services", String.join(",", services.stream().map(ServiceSpec::name).toList()));
        properties.setProperty("kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
        properties.setProperty("kafka.embedded", Boolean.toString(infrastructure.embeddedKafka()));
        properties.setProperty("mongo.uri", infrastructure.mongoUri());
        properties.setProperty("mongo.embedded", Boolean.toString(infrastructure.embeddedMongo()));
        StringWriter text = new StringWriter();
        try {
            properties.store(text, "What the last ./lumenbridge up started");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        OwnerOnlyFiles.write(file(layout), text.toString());
    }

    static Optional<StackRecord> load(StackLayout layout) {
        Path file = file(layout);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(OwnerOnlyFiles.read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        Infrastructure infrastructure = new Infrastructure(
            properties.getProperty("kafka.bootstrap-servers", Infrastructure.EMBEDDED_KAFKA),
            Boolean.parseBoolean(properties.getProperty("kafka.embedded", "true")),
            properties.getProperty("mongo.uri", Infrastructure.EMBEDDED_MONGO),
            Boolean.parseBoolean(properties.getProperty("mongo.embedded", "true")));
        List<ServiceSpec> services = Arrays.stream(properties.getProperty("services", "").split(","))
            .map(ServiceSpec::find).filter(Objects::nonNull).toList();
        return Optional.of(new StackRecord(infrastructure, services));
    }

    static void delete(StackLayout layout) {
        try {
            Files.deleteIfExists(file(layout));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file(layout), e);
        }
    }
}
