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
    void aTargetIsWarmOnceThreeRoundsInARowSpanAtMostATenthOfTheirMean() {
        assertThat(GatewayBenchCommand.steady(List.of())).isFalse();
        assertThat(GatewayBenchCommand.steady(List.of(1000.0, 1000.0))).as("two rounds say too little").isFalse();
        assertThat(GatewayBenchCommand.steady(List.of(595.0, 614.0, 687.0, 727.0))).as("still climbing").isFalse();
        assertThat(GatewayBenchCommand.steady(List.of(727.0, 1208.0, 1317.0, 1276.0))).isTrue();
        assertThat(GatewayBenchCommand.steady(List.of(1000.0, 1000.0, 780.0))).isFalse();
        assertThat(GatewayBenchCommand.steady(List.of(0.0, 0.0, 0.0))).as("a target that answers nothing is not warm").isFalse();
    }

    private static WrkReport report(double requestsPerSecond) {
        return new WrkReport((long) requestsPerSecond * 20, requestsPerSecond, 1, 2, 0, 0);
    }
}
