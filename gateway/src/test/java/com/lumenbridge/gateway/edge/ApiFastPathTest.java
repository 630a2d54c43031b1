package com.lumenbridge.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.gateway.edge.ApiFastPath.Verdict;
import io.netty.handler.timeout.ReadTimeoutException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.SignalType;
import reactor.netty.channel.AbortedException;

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

    @Test
    void countsAgainstTheServiceOnlyWhatTheServiceCaused() {
        assertThat(ApiFastPath.verdict(SignalType.ON_COMPLETE, null, true, false)).isEqualTo(Verdict.SERVICE_ANSWERED);
        assertThat(ApiFastPath.verdict(SignalType.ON_COMPLETE, new ConnectException("refused"), false, false))
            .as("not reached").isEqualTo(Verdict.SERVICE_FAILED);
        assertThat(ApiFastPath.verdict(SignalType.ON_COMPLETE, ReadTimeoutException.INSTANCE, false, false))
            .as("no answer in time").isEqualTo(Verdict.SERVICE_FAILED);
        assertThat(ApiFastPath.verdict(SignalType.ON_ERROR, new java.io.IOException("Connection reset by peer"), true, true))
            .as("its answer broke off").isEqualTo(Verdict.SERVICE_FAILED);
    }

    @Test
    void learnsNothingFromAClientThatHungUp() {
        assertThat(ApiFastPath.verdict(SignalType.ON_ERROR, new AbortedException("Connection has been closed"), true, false))
            .as("after the service answered").isEqualTo(Verdict.NOTHING_LEARNT);
        assertThat(ApiFastPath.verdict(SignalType.CANCEL, null, false, false))
            .as("before it answered").isEqualTo(Verdict.NOTHING_LEARNT);
        assertThat(ApiFastPath.verdict(SignalType.CANCEL, null, true, false))
            .as("while its answer was on the way").isEqualTo(Verdict.SERVICE_ANSWERED);
    }

    @Test
    void passesOnWholeOnlyAnAnswerOfDeclaredShortLength() {
        assertThat(ServiceHop.sentWhole("0")).isTrue();
        assertThat(ServiceHop.sentWhole("125")).isTrue();
        assertThat(ServiceHop.sentWhole(Integer.toString(ServiceHop.WHOLE_ANSWER_BYTES))).isTrue();
        assertThat(ServiceHop.sentWhole(Integer.toString(ServiceHop.WHOLE_ANSWER_BYTES + 1))).isFalse();
        for (String streamed : new String[] {null, "", "-1", "12a", "99999999999999999999"}) {
            assertThat(ServiceHop.sentWhole(streamed)).as(String.valueOf(streamed)).isFalse();
        }
    }
}
