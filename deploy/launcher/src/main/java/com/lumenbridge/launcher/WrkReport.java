package com.lumenbridge.launcher;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code wrk --latency} printed: throughput, the latency percentiles it measured (closed loop:
 * a connection waits for its answer before it sends again, so these hide queueing and are no
 * substitute for {@link FixedRateLoad}) and the requests that went wrong.
 */
record WrkReport(long requests, double requestsPerSecond, double p50Millis, double p99Millis, long non2xx,
        long socketErrors) {

    private static final Pattern REQUESTS = Pattern.compile("(?m)^\\s*(\\d+) requests in ");
    private static final Pattern RATE = Pattern.compile("(?m)^Requests/sec:\\s+([\\d.]+)");
    private static final Pattern NON_2XX = Pattern.compile("(?m)^\\s*Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
        "(?m)^\\s*Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    /** wrk prints times in the largest unit that keeps the number at or above 1. */
    private static final Map<String, BigDecimal> MILLIS_PER_UNIT = Map.of("us", new BigDecimal("0.001"),
        "ms", BigDecimal.ONE, "s", BigDecimal.valueOf(1_000), "m", BigDecimal.valueOf(60_000), "h", BigDecimal.valueOf(3_600_000));

    /** Every non-2xx answer (a 429 from the rate limiter among them) and every failed connection. */
    long errors() {
        return non2xx + socketErrors;
    }

    static WrkReport parse(String output) {
        Matcher socket = SOCKET_ERRORS.matcher(output);
        long socketErrors = 0;
        if (socket.find()) {
            for (int group = 1; group <= 4; group++) {
                socketErrors += Long.parseLong(socket.group(group));
            }
        }
        Matcher non2xx = NON_2XX.matcher(output);
        return new WrkReport(
            Long.parseLong(required(REQUESTS, output, "the request count")),
            Double.parseDouble(required(RATE, output, "Requests/sec")),
            percentile(output, "50%"),
            percentile(output, "99%"),
            non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0,
            socketErrors);
    }

    private static double percentile(String output, String label) {
        Pattern line = Pattern.compile("(?m)^\\s*" + Pattern.quote(label) + "\\s+([\\d.]+)(us|ms|s|m|h)\\s*$");
        Matcher matcher = line.matcher(output);
        if (!matcher.find()) {
            throw new LauncherException("wrk printed no " + label + " latency (was --latency given?):\n" + output);
        }
        // in decimal, so 703.00us is 0.703 ms and not 0.7030000000000001
        return new BigDecimal(matcher.group(1)).multiply(MILLIS_PER_UNIT.get(matcher.group(2))).doubleValue();
    }

    private static String required(Pattern pattern, String output, String what) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new LauncherException("wrk printed no " + what + ":\n" + output);
        }
        return matcher.group(1);
    }
}
