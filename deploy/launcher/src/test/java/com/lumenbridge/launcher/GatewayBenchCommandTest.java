package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GatewayBenchCommandTest {

    @Test
    void theFixedRateIsHalfTheSlowestTargetsThroughputInStepsOfFifty() {
        assertThat(GatewayBenchCommand.sustainableRate(List.of(report(5500), report(4400), report(715)))).isEqualTo(350);
        assertThat(GatewayBenchCommand.sustainableRate(List.of(report(26000), report(18000), report(6000)))).isEqualTo(3000);
    }

    @Test
    void neverBelowFiftyRequestsASecond() {
        assertThat(GatewayBenchCommand.sustainableRate(List.of(report(40)))).isEqualTo(50);
    }

    @Test
    void aTargetKeptUpOnlyWithoutErrorsShortfallOrQueue() {
        assertThat(GatewayBenchCommand.keptUp(new LoadResult(24750, 0, 15.05, 2.19, 397.92, 1261.54), 1650)).isTrue();
        assertThat(GatewayBenchCommand.keptUp(new LoadResult(24750, 0, 15.07, 93.95, 849.0, 1670.11), 1650))
            .as("a median of 94 ms is a queue").isFalse();
        assertThat(GatewayBenchCommand.keptUp(new LoadResult(22653, 2097, 17.37, 2074.22, 2583.5, 3491.76), 1650)).isFalse();
        assertThat(GatewayBenchCommand.keptUp(new LoadResult(20000, 0, 15.0, 3.0, 40.0, 90.0), 1650))
            .as("1 333/s answered of 1 650/s due").isFalse();
    }

    @Test
    void aLowerRateIsHalfInStepsOfFiftyAndAtLeastFifty() {
        assertThat(GatewayBenchCommand.lower(1650)).isEqualTo(800);
        assertThat(GatewayBenchCommand.lower(150)).isEqualTo(50);
        assertThat(GatewayBenchCommand.lower(50)).isEqualTo(50);
    }

    @Test
    void eachTargetRunsFirstInTheMiddleAndLastOnceOverThreeRounds() {
        assertThat(GatewayBenchCommand.order(3, 0)).containsExactly(0, 1, 2);
        assertThat(GatewayBenchCommand.order(3, 1)).containsExactly(1, 2, 0);
        assertThat(GatewayBenchCommand.order(3, 2)).containsExactly(2, 0, 1);
        assertThat(GatewayBenchCommand.order(3, 3)).containsExactly(0, 1, 2);
    }

    @Test
    void roundsArePooledAndComparedRoundByRound() {
        GatewayBenchCommand.Rounds gateway = GatewayBenchCommand.Rounds.of(List.of(run(1, 2, 3, 4), run(5, 6, 7, 8)));
        GatewayBenchCommand.Rounds nginx = GatewayBenchCommand.Rounds.of(List.of(run(1, 1, 1, 2), run(1, 1, 2, 16)));

        assertThat(gateway.pooled()).isEqualTo(new LoadResult(8, 0, 2.0, 4.0, 8.0, 8.0));
        assertThat(gateway.each()).extracting(LoadResult::p99).containsExactly(4.0, 8.0);
        assertThat(GatewayBenchCommand.roundRatios(gateway, nginx)).isEqualTo("2.00, 0.50");
    }

    /** A one-second run whose calls took these many milliseconds. */
    private static Latencies run(long... millis) {
        return new Latencies(java.util.Arrays.stream(millis).map(m -> m * 1_000_000).toArray(), millis.length, 0, 1.0);
    }

    private static WrkReport report(double requestsPerSecond) {
        return new WrkReport((long) requestsPerSecond * 20, requestsPerSecond, 1, 2, 0, 0);
    }
}
