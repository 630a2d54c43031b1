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

    private static WrkReport report(double requestsPerSecond) {
        return new WrkReport((long) requestsPerSecond * 20, requestsPerSecond, 1, 2, 0, 0);
    }
}
