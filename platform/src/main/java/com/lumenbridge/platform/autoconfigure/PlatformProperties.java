package com.lumenbridge.platform.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings every LumenBridge application shares, under {@code lumenbridge.*}. */
@ConfigurationProperties("lumenbridge")
public class PlatformProperties {

    private final Mongodb mongodb = new Mongodb();
    private final InternalToken internalToken = new InternalToken();
    private final OutboxSettings outbox = new OutboxSettings();
    private final Messaging messaging = new Messaging();

    public Mongodb getMongodb() {
        return mongodb;
    }

    public InternalToken getInternalToken() {
        return internalToken;
    }

    public OutboxSettings getOutbox() {
        return outbox;
    }

    public Messaging getMessaging() {
        return messaging;
    }

    public static class Mongodb {
        /** The service's own database; services never share one. */
        private String database;

        public String getDatabase() {
            return database;
        }

        public void setDatabase(String database) {
            this.database = database;
        }
    }

    public static class InternalToken {
        /** Base64 X.509 EC P-256 public key every service verifies the gateway's token with. */
        private String publicKey;
        /** Base64 PKCS#8 EC P-256 private key; only the gateway has it. */
        private String privateKey;
        /** How long a minted token is valid. */
        private Duration lifetime = Duration.ofSeconds(60);

        public String getPublicKey() {
            return publicKey;
        }

        public void setPublicKey(String publicKey) {
            this.publicKey = publicKey;
        }

        public String getPrivateKey() {
            return privateKey;
        }

        public void setPrivateKey(String privateKey) {
            this.privateKey = privateKey;
        }

        public Duration getLifetime() {
            return lifetime;
        }

        public void setLifetime(Duration lifetime) {
            this.lifetime = lifetime;
        }
    }

    public static class OutboxSettings {
        /** Collections whose documents carry an outbox array. */
        private List<String> collections = new ArrayList<>();
        /**
         * How often the relay scans for events another instance left behind when it died. Fresh
         * writes go out at once through {@code Outbox.written}; the relay also scans at start and a
         * few seconds after any failure to publish. The scan reads whole collections
         * (mongo-java-server has no index for it): at 50 000 products, 3–5 s of the Mongo server's
         * CPU each time, which every 30 s was a sixth of a core taken from everything else.
         */
        private Duration sweepInterval = Duration.ofMinutes(5);

        public List<String> getCollections() {
            return collections;
        }

        public void setCollections(List<String> collections) {
            this.collections = collections;
        }

        public Duration getSweepInterval() {
            return sweepInterval;
        }

        public void setSweepInterval(Duration sweepInterval) {
            this.sweepInterval = sweepInterval;
        }
    }

    public static class Messaging {
        /** The Kafka consumer group; defaults to the application name. */
        private String group;
        private Duration retryInterval = Duration.ofMillis(500);
        /** Retries after the first failure before a record goes to the dead-letter topic. */
        private int maxRetries = 3;

        public String getGroup() {
            return group;
        }

        public void setGroup(String group) {
            this.group = group;
        }

        public Duration getRetryInterval() {
            return retryInterval;
        }

        public void setRetryInterval(Duration retryInterval) {
            this.retryInterval = retryInterval;
        }

        public int getMaxRetries() {
            return maxRetries;
        }

        public void setMaxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
        }
    }
}
