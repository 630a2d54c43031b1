package com.lumenbridge.platform.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads of small reference documents that nearly every order makes — a partnership, a price list, a
 * location, a webhook endpoint — remembered for {@link #FOR} at most. Under the order benchmark those
 * were a fifth of the Mongo round trips per order, each answering what the one before had answered.
 *
 * <p>An absent document is remembered too (a storefront without a webhook endpoint is the common
 * case). A write made through the same instance forgets its key at once, so the instance that applies
 * a change reads it back at the next request; one made through another instance of the service is seen
 * within {@link #FOR}, on top of the event's own delivery time. One read per key runs at a time; a
 * read that fails is not remembered.
 */
public final class RecentReads<K, V> {

    /** How long a read is remembered: about one event delivery's worth of extra staleness. */
    public static final Duration FOR = Duration.ofSeconds(1);

    private final Cache<K, Optional<V>> remembered;

    /** Remembers up to {@code maximumSize} keys for {@link #FOR}. */
    public RecentReads(long maximumSize) {
        this(maximumSize, FOR, Ticker.systemTicker());
    }

    RecentReads(long maximumSize, Duration remembered, Ticker ticker) {
        this.remembered = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(remembered).ticker(ticker).build();
    }

    /** The value of {@code key}, read with {@code read} unless read within the last {@link #FOR}. */
    public Optional<V> get(K key, Function<? super K, Optional<V>> read) {
        return remembered.get(key, read);
    }

    /** Forgets {@code key}: call it after writing the document, so the next read sees the write. */
    public void forget(K key) {
        remembered.invalidate(key);
    }
}
