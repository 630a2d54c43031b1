package com.lumenbridge.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Debian's nginx as a plain reverse proxy in front of one service, the yardstick for what the
 * gateway costs: it keeps a pool of upstream connections and adds fixed headers, and does nothing
 * else — no authentication, no rate limit, no access log. It runs as a child of the benchmark, in
 * the foreground, with its configuration, pid, logs and temporary files all under one prefix, so it
 * needs no root and leaves nothing behind elsewhere; {@link #close()} (or a Ctrl-C) stops it.
 */
final class NginxProxy implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofSeconds(10);
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final Process master;
    private final int port;
    private final Thread stopOnExit;
    private boolean stopped;

    private NginxProxy(Process master, int port) {
        this.master = master;
        this.port = port;
        this.stopOnExit = new Thread(this::stop, "nginx-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /**
     * The configuration: {@code worker_processes auto}, a keep-alive upstream pool, HTTP/1.1 to the
     * upstream with the {@code Connection} header cleared (else every request would close its
     * upstream connection), and {@code headers} added to every proxied request.
     */
    static String config(Path prefix, int port, int upstreamPort, Map<String, String> headers) {
        String added = headers.entrySet().stream()
            .map(header -> "            proxy_set_header " + token(header.getKey()) + " \"" + quoted(header.getValue()) + "\";")
            .collect(Collectors.joining("\n"));
        Path temp = prefix.resolve("temp");
        return """
            # written by ./lumenbridge bench gateway: nginx as a plain reverse proxy, the yardstick for the gateway
            worker_processes auto;
            pid "%1$s";
            error_log "%2$s" warn;

            events {
                worker_connections 4096;
            }

            http {
                access_log off;
                # the gateway caps neither: wrk's connections and the upstream pool stay open for the whole run
                keepalive_requests 1000000;
                client_body_temp_path "%3$s/client_body";
                proxy_temp_path "%3$s/proxy";
                fastcgi_temp_path "%3$s/fastcgi";
                uwsgi_temp_path "%3$s/uwsgi";
                scgi_temp_path "%3$s/scgi";
                # answers are relayed from memory, never spooled to a temporary file
                proxy_max_temp_file_size 0;

                upstream backend {
                    server 127.0.0.1:%4$d;
                    keepalive 64;
                    keepalive_requests 1000000;
                    # let go of idle connections before the service's server would, so none is reused as it closes
                    keepalive_timeout 15s;
                }

                server {
                    listen 127.0.0.1:%5$d;
                    location / {
                        proxy_pass http://backend;
                        proxy_http_version 1.1;
                        proxy_set_header Connection "";
            %6$s
                    }
                }
            }
            """.formatted(quoted(prefix.resolve("nginx.pid").toString()), quoted(prefix.resolve("error.log").toString()),
                quoted(temp.toString()), upstreamPort, port, added);
    }

    /** Starts nginx on a free loopback port in front of {@code upstreamPort}; returns once it accepts connections. */
    static NginxProxy start(Path executable, Path prefix, int upstreamPort, Map<String, String> headers)
            throws IOException, InterruptedException {
        Files.createDirectories(prefix.resolve("temp"));
        int port = freePort();
        Path config = prefix.resolve("nginx.conf");
        Path errorLog = prefix.resolve("error.log");
        // the added headers may carry a token
        OwnerOnlyFiles.write(config, config(prefix, port, upstreamPort, headers));
        Files.deleteIfExists(errorLog);
        Process master = new ProcessBuilder(executable.toString(), "-p", prefix + "/", "-c", config.toString(),
            "-e", errorLog.toString(), "-g", "daemon off;")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(errorLog.toFile()))
            .start();
        NginxProxy proxy = new NginxProxy(master, port);
        long giveUpAt = System.nanoTime() + START_LIMIT.toNanos();
        while (!accepts(port)) {
            if (!master.isAlive() || System.nanoTime() > giveUpAt) {
                proxy.close();
                throw new LauncherException("nginx did not start (" + (master.isAlive() ? "no answer on port " + port
                    : "exit code " + master.exitValue()) + "); the end of " + errorLog + ":\n"
                    + String.join("\n", LogTail.lastLines(errorLog, 15)));
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        return proxy;
    }

    int port() {
        return port;
    }

    /** Stops nginx and its workers: SIGTERM, then SIGKILL for any still there after a few seconds. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException e) {
            // the JVM is already exiting: the hook runs stop(), which finds nginx stopped
        }
    }

    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        // the workers, taken before the master goes: one killed outright would leave them running
        List<ProcessHandle> processes = new ArrayList<>(master.descendants().toList());
        processes.add(0, master.toHandle());
        ProcessStopper.stop(processes, STOP_GRACE);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String token(String name) {
        if (!name.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("Not a header name nginx can take as is: " + name);
        }
        return name;
    }

    /** For inside double quotes, where nginx would still read {@code $} as a variable and a quote as the end. */
    private static String quoted(String value) {
        if (!value.matches("[\\x20-\\x7e&&[^\"\\\\$]]*")) {
            // the value is left out: it may be a token
            throw new IllegalArgumentException("Quotes, backslashes, '$' or control characters, which nginx would read"
                + " differently, in a path or header value");
        }
        return value;
    }
}
