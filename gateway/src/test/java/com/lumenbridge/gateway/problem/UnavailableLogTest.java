package com.lumenbridge.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class UnavailableLogTest {

    private final AtomicLong nanos = new AtomicLong(123_456_789L);
    private final UnavailableLog log = new UnavailableLog(Duration.ofSeconds(1), nanos::get);

    @Test
    void writesTheFirstLineAndThenAtMostOneAnIntervalCountingWhatItLeftOut() {
        assertThat(log.permit("catalog 503 its bulkhead is full")).isZero();
        for (int i = 0; i < 41; i++) {
            nanos.addAndGet(Duration.ofMillis(20).toNanos());
            assertThat(log.permit("catalog 503 its bulkhead is full")).as("call %d within the second", i).isEqualTo(-1);
        }

        nanos.addAndGet(Duration.ofMillis(180).toNanos());

        assertThat(log.permit("catalog 503 its bulkhead is full")).isEqualTo(41);
        assertThat(log.permit("catalog 503 its bulkhead is full")).isEqualTo(-1);
        nanos.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(log.permit("catalog 503 its bulkhead is full")).isEqualTo(1);
    }

    @Test
    void anIntervalOfZeroWritesEveryLine() {
        UnavailableLog everyLine = new UnavailableLog(Duration.ZERO, nanos::get);

        assertThat(everyLine.permit("catalog 503 its bulkhead is full")).isZero();
        assertThat(everyLine.permit("catalog 503 its bulkhead is full")).isZero();
    }

    @Test
    void thinsEachServiceAndReasonOnItsOwn() {
        assertThat(log.permit("catalog 503 its bulkhead is full")).isZero();

        assertThat(log.permit("orders 503 its bulkhead is full")).isZero();
        assertThat(log.permit("catalog 503 its circuit breaker is open")).isZero();
        assertThat(log.permit("catalog 503 its bulkhead is full")).isEqualTo(-1);
    }
}
