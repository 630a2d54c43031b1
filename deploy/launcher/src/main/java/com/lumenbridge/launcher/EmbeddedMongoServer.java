package com.lumenbridge.launcher;

import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local MongoDB: mongo-java-server with its H2 backend, so the data stays on disk across
 * {@code down} and {@code up}. Runs in its own JVM until SIGTERM, then closes the store cleanly.
 */
public final class EmbeddedMongoServer {

    static final String PART = "mongo";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    private EmbeddedMongoServer() {
    }

    /** Arguments: the H2 data file, the host and the port to listen on. */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: EmbeddedMongoServer <data file> <host> <port>");
        }
        Path dataFile = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(dataFile.getParent());
        MongoServer server = new MongoServer(new IdFirstH2Backend(dataFile.toString()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping; committing {}", dataFile);
            server.shutdown();
            stopped.countDown();
        }, "mongo-stop"));
        server.bind(args[1], Integer.parseInt(args[2]));
        log.info("mongo-java-server (H2 backend, {}) listening on {}:{}", dataFile, args[1], args[2]);
        stopped.await();
    }

    /** The JVM arguments that run this class from the launcher's classpath. */
    static List<String> arguments(StackLayout layout) {
        // C2 and room for the working set (128 MB of it the page cache), all of it from the start: grown
        // on demand, the serial collector kept the old generation at 264 MB, 90 % full, and collected it
        // in full 43 times in a quarter of an hour. G1, not the serial collector the services run with:
        // every pause stops every caller of the database at once, and under the order bench the serial
        // collector's young pauses averaged 84 ms and its full ones 0.63 s (4 in one run), where G1's
        // pauses were 20 ms at the median and never full; POST -> CONFIRMED at 50 orders/s went from
        // p99 1.4 s to 181 ms (see the README's order benchmark)
        return List.of("-Xms768m", "-Xmx768m", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=25",
            "-Dorg.slf4j.simpleLogger.showDateTime=true",
            "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS",
            "-cp", ProcessStarter.launcherClasspath(),
            EmbeddedMongoServer.class.getName(),
            layout.mongoDir().resolve("lumenbridge.mv.db").toString(), "127.0.0.1",
            Integer.toString(Infrastructure.MONGO_PORT));
    }
}
