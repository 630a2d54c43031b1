package com.lumenbridge.launcher;

import java.util.Map;

/**
 * Which Kafka and MongoDB the services use: the embedded ones the launcher starts, or those the
 * caller's environment names in {@code KAFKA_BOOTSTRAP_SERVERS} / {@code MONGODB_URI}.
 */
record Infrastructure(String kafkaBootstrapServers, boolean embeddedKafka, String mongoUri, boolean embeddedMongo) {

    static final String KAFKA_VARIABLE = "KAFKA_BOOTSTRAP_SERVERS";
    static final String MONGO_VARIABLE = "MONGODB_URI";
    static final int KAFKA_PORT = 9092;
    static final int KAFKA_CONTROLLER_PORT = 9093;
    static final int MONGO_PORT = 27017;
    static final String EMBEDDED_KAFKA = "localhost:" + KAFKA_PORT;
    static final String EMBEDDED_MONGO = "mongodb://localhost:" + MONGO_PORT;

    static Infrastructure from(Map<String, String> env) {
        String kafka = blankToNull(env.get(KAFKA_VARIABLE));
        String mongo = blankToNull(env.get(MONGO_VARIABLE));
        return new Infrastructure(kafka == null ? EMBEDDED_KAFKA : kafka, kafka == null,
            mongo == null ? EMBEDDED_MONGO : mongo, mongo == null);
    }

    /** The Mongo URI without credentials, fit to print. */
    String mongoUriForDisplay() {
        return mongoUri.replaceFirst("^(mongodb(\\+srv)?://)[^@/]*@", "$1***@");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
