package com.lumenbridge.launcher;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the embedded Mongo server's unique indexes (every collection's {@code _id} index
 * among them): the same order, and the same bytes on disk, as H2's {@link ObjectDataType}, which
 * mongo-java-server opens them with — only cheaper to compare.
 *
 * <p>An index key is a {@link KeyValue}, which is not {@link Comparable}, so {@code ObjectDataType}
 * orders two of them by their Java serializations: every comparison of a B-tree search serialized
 * both keys again, about fifteen comparisons per lookup, and every insert, update and read by
 * {@code _id} looks up at least one key. Profiled under the order benchmark, that was an eighth of the
 * Mongo server's CPU. Here each key object's serialization is made once and remembered for as long as
 * the object lives (weakly, by identity: a key in a cached B-tree page is compared again and again,
 * the key a lookup searches for is serialized once for its whole descent). Same bytes, same
 * comparison, so the indexes of a data file written before read the same.
 */
final class IndexKeyOrder extends ObjectDataType {

    /** Enough for the keys of the pages H2 keeps decoded; an evicted one is serialized again when next compared. */
    private static final long REMEMBERED = 200_000;

    /** Shared by every index of the server: one entry per key object alive, whichever map holds it. */
    private static final Cache<KeyValue, byte[]> SERIALIZED = Caffeine.newBuilder().weakKeys().maximumSize(REMEMBERED).build();

    @Override
    public int compare(Object a, Object b) {
        if (a != b && a instanceof KeyValue left && b instanceof KeyValue right) {
            return compareNotNull(serialized(left), serialized(right));
        }
        return super.compare(a, b);
    }

    private byte[] serialized(KeyValue key) {
        return SERIALIZED.get(key, ObjectDataType::serialize);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IndexKeyOrder;
    }

    @Override
    public int hashCode() {
        return IndexKeyOrder.class.hashCode();
    }
}
