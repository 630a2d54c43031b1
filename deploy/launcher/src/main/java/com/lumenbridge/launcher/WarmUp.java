package com.lumenbridge.launcher;

import java.io.IOException;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Warms a target with rounds of load until its throughput is steady, before a benchmark measures
 * it. A freshly started service needs minutes, not seconds: C2 keeps compiling its hot paths under
 * load (the gateway went 127, 311, 384, 344, 486, 595, 614, 687, 727, 1 208, 1 317, 1 276 requests/s
 * in 10 s rounds; catalog-service's search went 118, 175, 228, 253 in 30 s ones), so two rounds
 * alike prove nothing.
 */
final class WarmUp {

    /** Steady: the last {@value #STEADY_ROUNDS} rounds' throughputs span at most this fraction of their mean. */
    static final double STEADY_WITHIN = 0.1;
    static final int STEADY_ROUNDS = 3;
    static final int MAX_ROUNDS = 18;
    /**
     * Where the JIT is known: warm only once each of the steady rounds spent at most this share of
     * the CPU compiling. Three rounds within a tenth can still be a plateau on the way: the gateway's
     * rounds went 3 001, 3 180, 3 212 requests/s with C2 at 7, 3 and 4 %, and reached 4 200–4 500 a
     * minute later. Judging the last round alone was not enough either: 8 487, 7 761, 8 354 requests/s
     * at 8, 6 and 2 % ended a gateway's warm-up, it compiled 5 % of the measured run, and it reached
     * 11 000 a minute later (2026-11-27).
     */
    static final double COMPILED_BELOW = 0.02;

    /** One round of load; returns its throughput. */
    @FunctionalInterface
    interface Round {
        double run() throws IOException, InterruptedException;
    }

    private WarmUp() {
    }

    /**
     * As {@link #untilSteady(Round)}, adding to {@code compiling} the share of {@code parts}' CPU their
     * JIT compiler threads took in each round (in per cent): a freshly started JVM spends half its CPU
     * in C1 and C2 for minutes, which a warm-up should show beside its throughputs.
     */
    static List<Double> untilSteady(Round round, LocalStack stack, List<String> parts, List<String> compiling)
            throws IOException, InterruptedException {
        List<Double> shares = new ArrayList<>();
        return untilSteady(() -> {
            ProcessCpu before = ProcessCpu.of(stack.runningParts());
            double result = round.run();
            double share = ProcessCpu.of(stack.runningParts()).compilingShareSince(before, parts);
            shares.add(share);
            compiling.add(String.format("%.0f", 100 * share));
            return result;
        }, () -> compiledThroughout(shares));
    }

    /** True once each of the last {@value #STEADY_ROUNDS} rounds spent at most {@link #COMPILED_BELOW} of the CPU compiling. */
    static boolean compiledThroughout(List<Double> compilingShares) {
        return compilingShares.size() >= STEADY_ROUNDS && compilingShares
            .subList(compilingShares.size() - STEADY_ROUNDS, compilingShares.size()).stream()
            .allMatch(share -> share <= COMPILED_BELOW);
    }

    /** Runs rounds until {@link #steady} or {@value #MAX_ROUNDS} of them; returns their throughputs. */
    static List<Double> untilSteady(Round round) throws IOException, InterruptedException {
        return untilSteady(round, () -> true);
    }

    /** Runs rounds until {@link #steady} and {@code compiled}, or {@value #MAX_ROUNDS} of them. */
    static List<Double> untilSteady(Round round, BooleanSupplier compiled) throws IOException, InterruptedException {
        List<Double> rounds = new ArrayList<>();
        while (!(steady(rounds) && compiled.getAsBoolean()) && rounds.size() < MAX_ROUNDS) {
            rounds.add(round.run());
        }
        return rounds;
    }

    /**
     * True once the last {@value #STEADY_ROUNDS} rounds' figures span at most {@link #STEADY_WITHIN} of
     * their mean. A round that returns NaN (it did not keep up) is never part of a steady run.
     */
    static boolean steady(List<Double> rounds) {
        if (rounds.size() < STEADY_ROUNDS) {
            return false;
        }
        List<Double> last = rounds.subList(rounds.size() - STEADY_ROUNDS, rounds.size());
        if (last.stream().anyMatch(r -> r.isNaN())) {
            return false;
        }
        DoubleSummaryStatistics spread = last.stream().mapToDouble(Double::doubleValue).summaryStatistics();
        return spread.getAverage() > 0 && spread.getMax() - spread.getMin() <= STEADY_WITHIN * spread.getAverage();
    }

    /** "127 → 311 → … req/s", and whether it ended steady. */
    static String describe(List<Double> rounds) {
        return describe(rounds, "req/s");
    }

    /** "127 → 311 → … {unit}" ("behind" for a round that did not keep up), and whether it ended steady. */
    static String describe(List<Double> rounds, String unit) {
        return describe(rounds, unit, "behind");
    }

    /** As {@link #describe(List, String)}, naming a round that returned NaN {@code notCounted}. */
    static String describe(List<Double> rounds, String unit, String notCounted) {
        return rounds.stream().map(r -> r.isNaN() ? notCounted : String.format("%.0f", r)).collect(Collectors.joining(" → "))
            + " " + unit + (steady(rounds) ? "" : " (not steady; measured anyway)");
    }
}
