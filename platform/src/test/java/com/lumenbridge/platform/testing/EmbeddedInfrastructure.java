package com.lumenbridge.platform.testing;

import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.InternalTokenIssuer;
import com.lumenbridge.platform.identity.InternalTokenKeys;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Duration;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One real Kafka broker (KRaft, from the kafka_2.13 jars) and one mongo-java-server (memory
 * backend, over TCP) per test JVM, plus the internal-token key pair the test "gateway" signs with.
 * Their addresses go into system properties, which every Spring context of the JVM reads.
 */
public final class EmbeddedInfrastructure {

    private static EmbeddedInfrastructure started;

    private final EmbeddedKafkaKraftBroker kafka;
    private final MongoServer mongo;
    private final String mongoUri;
    private final KeyPair tokenKeys;
    private final InternalTokenIssuer issuer;

    private EmbeddedInfrastructure() {
        kafka = new EmbeddedKafkaKraftBroker(1, 2);
        kafka.brokerProperty("auto.create.topics.enable", "true");
        kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
        kafka.afterPropertiesSet();
        mongo = new MongoServer(new MemoryBackend());
        InetSocketAddress address = mongo.bind();
        mongoUri = "mongodb://127.0.0.1:" + address.getPort();
        tokenKeys = InternalTokenKeys.generate();
        issuer = new InternalTokenIssuer((ECPrivateKey) tokenKeys.getPrivate(), Duration.ofSeconds(60), Clock.systemUTC());
        System.setProperty("spring.kafka.bootstrap-servers", kafka.getBrokersAsString());
        System.setProperty("spring.mongodb.uri", mongoUri);
        System.setProperty("lumenbridge.internal-token.public-key", InternalTokenKeys.encode(tokenKeys.getPublic()));
        System.setProperty("lumenbridge.internal-token.private-key", InternalTokenKeys.encode(tokenKeys.getPrivate()));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.shutdownNow();
            kafka.destroy();
        }, "embedded-infrastructure-stop"));
    }

    /** Starts both servers on first call; later calls return the running ones. */
    public static synchronized EmbeddedInfrastructure start() {
        if (started == null) {
            started = new EmbeddedInfrastructure();
        }
        return started;
    }

    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    public String mongoUri() {
        return mongoUri;
    }

    public EmbeddedKafkaKraftBroker kafka() {
        return kafka;
    }

    public KeyPair tokenKeys() {
        return tokenKeys;
    }

    /** A valid internal token for {@code caller}, as the gateway would mint it. */
    public String tokenFor(Caller caller) {
        return issuer.mint(caller);
    }
}
