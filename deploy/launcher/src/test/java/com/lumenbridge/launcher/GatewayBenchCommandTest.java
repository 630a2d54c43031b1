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

    private static WrkReport report(double requestsPerSecond) {
        return new WrkReport((long) requestsPerSecond * 20, requestsPerSecond, 1, 2, 0, 0);
    }
}
