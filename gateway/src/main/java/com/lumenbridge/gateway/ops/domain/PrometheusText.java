package com.lumenbridge.gateway.ops.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Prometheus text exposition format (0.0.4, and the sample lines of OpenMetrics):
 * comments and {@code # HELP}/{@code # TYPE} lines are skipped, label values are unescaped, a
 * trailing timestamp or exemplar is ignored, and {@code +Inf}, {@code -Inf} and {@code NaN} are
 * values. Anything else is refused with the line that broke, never guessed at.
 */
public final class PrometheusText {

    private PrometheusText() {
    }

    public static List<MetricSample> parse(String text) {
        List<MetricSample> samples = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            samples.add(new LineReader(line, i + 1).sample());
        }
        return samples;
    }

    /** Parses a sample value as Prometheus writes it. */
    static double value(String token) {
        return switch (token) {
            case "+Inf", "Inf", "+inf", "inf" -> Double.POSITIVE_INFINITY;
            case "-Inf", "-inf" -> Double.NEGATIVE_INFINITY;
            case "NaN", "nan" -> Double.NaN;
            default -> Double.parseDouble(token);
        };
    }

    private static final class LineReader {

        private final String line;
        private final int number;
        private int at;

        LineReader(String line, int number) {
            this.line = line;
            this.number = number;
        }

        MetricSample sample() {
            String name = name("a metric name");
            Map<String, String> labels = new LinkedHashMap<>();
            skipBlanks();
            if (peek() == '{') {
                at++;
                labels(labels);
            }
            skipBlanks();
            int start = at;
            while (at < line.length() && !Character.isWhitespace(line.charAt(at))) {
                at++;
            }
            if (start == at) {
                throw new MalformedMetrics(number, "no value after " + name);
            }
            String token = line.substring(start, at);
            double value;
            try {
                value = value(token);
            } catch (NumberFormatException e) {
                throw new MalformedMetrics(number, "'" + token + "' is not a number");
            }
            return new MetricSample(name, labels, value);
        }

        private void labels(Map<String, String> labels) {
            while (true) {
                skipBlanks();
                if (peek() == '}') {
                    at++;
                    return;
                }
                String label = name("a label name");
                skipBlanks();
                expect('=');
                skipBlanks();
                expect('"');
                labels.put(label, quoted());
                skipBlanks();
                if (peek() == ',') {
                    at++;
                } else if (peek() != '}') {
                    throw new MalformedMetrics(number, "expected ',' or '}' at column " + (at + 1));
                }
            }
        }

        private String quoted() {
            StringBuilder value = new StringBuilder();
            while (at < line.length()) {
                char c = line.charAt(at++);
                if (c == '"') {
                    return value.toString();
                }
                if (c == '\\' && at < line.length()) {
                    char escaped = line.charAt(at++);
                    value.append(escaped == 'n' ? '\n' : escaped);
                } else {
                    value.append(c);
                }
            }
            throw new MalformedMetrics(number, "a label value is not closed");
        }

        private String name(String what) {
            int start = at;
            while (at < line.length() && isNameChar(line.charAt(at), at == start)) {
                at++;
            }
            if (start == at) {
                throw new MalformedMetrics(number, "expected " + what + " at column " + (start + 1));
            }
            return line.substring(start, at);
        }

        private static boolean isNameChar(char c, boolean first) {
            return c == '_' || c == ':' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (!first && c >= '0' && c <= '9');
        }

        private void expect(char c) {
            if (peek() != c) {
                throw new MalformedMetrics(number, "expected '" + c + "' at column " + (at + 1));
            }
            at++;
        }

        private char peek() {
            return at < line.length() ? line.charAt(at) : '\0';
        }

        private void skipBlanks() {
            while (at < line.length() && (line.charAt(at) == ' ' || line.charAt(at) == '\t')) {
                at++;
            }
        }
    }
}
