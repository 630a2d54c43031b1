package com.lumenbridge.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiFastPathTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String FORMAT = "00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}";

    @Test
    void continuesTheCallersTraceUnderANewParent() {
        String child = ApiFastPath.childTraceParent("00-" + TRACE + "-00f067aa0ba902b7-00");

        assertThat(child).matches(FORMAT).startsWith("00-" + TRACE + "-").endsWith("-00")
            .doesNotContain("00f067aa0ba902b7");
        assertThat(child.substring(36, 52)).isNotEqualTo("0000000000000000");
    }

    @Test
    void startsANewSampledTraceForAMissingOrInvalidOne() {
        for (String received : new String[] {null, "", "garbage", "00-" + TRACE + "-00f067aa0ba902b7",
                "00-" + TRACE.toUpperCase() + "-00f067aa0ba902b7-01", "00-" + "0".repeat(32) + "-00f067aa0ba902b7-01",
                "00-" + TRACE + "x00f067aa0ba902b7-01"}) {
            String child = ApiFastPath.childTraceParent(received);

            assertThat(child).as("for %s", received).matches(FORMAT).endsWith("-01").doesNotContain(TRACE);
        }
    }
}
