package com.lumenbridge.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecentReadsTest {

    private final AtomicLong nanos = new AtomicLong();
    private final RecentReads<String, String> reads = new RecentReads<>(100, Duration.ofSeconds(1), nanos::get);
    private final AtomicInteger made = new AtomicInteger();

    private Optional<String> read(String key) {
        made.incrementAndGet();
        return key.startsWith("none") ? Optional.empty() : Optional.of(key + "#" + made.get());
    }

    @Test
    void aReadIsRememberedForASecondAndThenMadeAgain() {
        assertThat(reads.get("a", this::read)).contains("a#1");
        nanos.addAndGet(Duration.ofMillis(999).toNanos());
        assertThat(reads.get("a", this::read)).contains("a#1");
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(reads.get("a", this::read)).contains("a#2");
        assertThat(made).hasValue(2);
    }

    @Test
    void anAbsentDocumentIsRememberedToo() {
        assertThat(reads.get("none", this::read)).isEmpty();
        assertThat(reads.get("none", this::read)).isEmpty();
        assertThat(made).hasValue(1);
    }

    @Test
    void aForgottenKeyIsReadAgainAtOnceAndOtherKeysStay() {
        reads.get("a", this::read);
        reads.get("b", this::read);
        reads.forget("a");
        assertThat(reads.get("a", this::read)).contains("a#3");
        assertThat(reads.get("b", this::read)).contains("b#2");
    }

    @Test
    void aFailedReadIsNotRemembered() {
        assertThatThrownBy(() -> reads.get("a", k -> {
            throw new IllegalStateException("Mongo down");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(reads.get("a", this::read)).contains("a#1");
    }
}
