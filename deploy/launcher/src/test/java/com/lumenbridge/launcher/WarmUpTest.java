package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmUpTest {

    @Test
    void aTargetIsWarmOnceThreeRoundsInARowSpanAtMostATenthOfTheirMean() {
        assertThat(WarmUp.steady(List.of())).isFalse();
        assertThat(WarmUp.steady(List.of(1000.0, 1000.0))).as("two rounds say too little").isFalse();
        assertThat(WarmUp.steady(List.of(595.0, 614.0, 687.0, 727.0))).as("still climbing").isFalse();
        assertThat(WarmUp.steady(List.of(727.0, 1208.0, 1317.0, 1276.0))).isTrue();
        assertThat(WarmUp.steady(List.of(1000.0, 1000.0, 780.0))).isFalse();
        assertThat(WarmUp.steady(List.of(0.0, 0.0, 0.0))).as("a target that answers nothing is not warm").isFalse();
    }

    @Test
    void runsRoundsUntilSteady() throws Exception {
        Iterator<Double> throughputs = List.of(118.0, 175.0, 228.0, 253.0, 252.0, 248.0, 999.0).iterator();
        List<Double> rounds = WarmUp.untilSteady(throughputs::next);
        assertThat(rounds).containsExactly(118.0, 175.0, 228.0, 253.0, 252.0, 248.0);
        assertThat(WarmUp.describe(rounds)).isEqualTo("118 → 175 → 228 → 253 → 252 → 248 req/s");
    }

    @Test
    void keepsGoingWhileTheJitIsStillCompiling() throws Exception {
        Iterator<Double> throughputs = List.of(3001.0, 3180.0, 3212.0, 3900.0, 4300.0, 4350.0, 4290.0, 9999.0).iterator();
        Iterator<Boolean> compiled = List.of(false, false, false, false, false, true, true, true).iterator();
        boolean[] last = {false};

        List<Double> rounds = WarmUp.untilSteady(() -> {
            last[0] = compiled.next();
            return throughputs.next();
        }, () -> last[0]);

        assertThat(rounds).as("steady at 3 212 but still compiling; steady and compiled at 4 290")
            .containsExactly(3001.0, 3180.0, 3212.0, 3900.0, 4300.0, 4350.0, 4290.0);
    }

    @Test
    void isCompiledOnlyWhenEachSteadyRoundWas() {
        assertThat(WarmUp.compiledThroughout(List.of(0.01, 0.01))).as("two rounds say too little").isFalse();
        assertThat(WarmUp.compiledThroughout(List.of(0.42, 0.25, 0.15, 0.08, 0.06, 0.02)))
            .as("the last round alone at 2 %: 8 487, 7 761, 8 354 req/s, and 11 000 a minute later").isFalse();
        assertThat(WarmUp.compiledThroughout(List.of(0.04, 0.01, 0.01, 0.02))).isTrue();
        assertThat(WarmUp.compiledThroughout(List.of(0.01, 0.03, 0.01, 0.01))).isFalse();
    }

    /** The order bench's rounds: CPU per order, and NaN for a round that left orders unsettled. */
    @Test
    void aRoundThatFellBehindIsNeverPartOfASteadyRun() throws Exception {
        assertThat(WarmUp.steady(List.of(100.0, Double.NaN, 100.0))).isFalse();
        assertThat(WarmUp.steady(List.of(Double.NaN, 100.0, 100.0, 100.0))).isTrue();
        Iterator<Double> cpuPerOrder = List.of(Double.NaN, Double.NaN, 210.0, 120.0, 98.0, 95.0, 93.0).iterator();
        List<Double> rounds = WarmUp.untilSteady(cpuPerOrder::next);
        assertThat(rounds).hasSize(7);
        assertThat(WarmUp.describe(rounds, "ms of CPU per order"))
            .isEqualTo("behind → behind → 210 → 120 → 98 → 95 → 93 ms of CPU per order");
    }

    @Test
    void givesUpAfterTheLastRoundItAllows() throws Exception {
        double[] next = {100};
        List<Double> rounds = WarmUp.untilSteady(() -> next[0] *= 1.5);
        assertThat(rounds).hasSize(WarmUp.MAX_ROUNDS);
        assertThat(WarmUp.describe(rounds)).endsWith("(not steady; measured anyway)");
    }
}
