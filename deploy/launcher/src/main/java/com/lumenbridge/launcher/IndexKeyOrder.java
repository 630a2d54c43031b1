package com.lumenbridge.launcher;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.UUID;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the embedded Mongo server's unique indexes (every collection's {@code _id} index
 * among them): keys are compared by their values, where H2's {@link ObjectDataType}, which
 * mongo-java-server opens them with, compares their Java serializations.
 *
 * <p>An index key is a {@link KeyValue}, which is not {@link Comparable}, so {@code ObjectDataType}
 * serializes both keys at every step of a B-tree search, about fifteen per lookup; every insert,
 * update and read by {@code _id} looks up at least one key. Profiled under the order benchmark that
 * was an eighth of the Mongo server's CPU. Remembering each key's serialization (weakly, by identity,
 * in a Caffeine cache) halved it, but under the catalog import the lookups in that cache, and the
 * serializations of keys it had let go, were still 15 % of the server's CPU, and its weak references
 * work for the collector at every collection. Compared by value, a step of the search allocates
 * nothing.
 *
 * <p>The order is a total one, and two keys compare equal exactly when their serializations are equal,
 * as before: element by element, first by kind (null, boolean, number, string, ...), then by value
 * within a kind. Numbers of different classes are different kinds ({@code 1.0} and {@code 1L} were
 * different keys before too; mongo-java-server normalizes numbers before it builds a key anyway). A
 * value of any other kind is compared by its class name and then by its serialization.
 *
 * <p>The order of the keys in a B-tree is new, so an index written in the old order is rebuilt once
 * when a data file is opened ({@link #rebuildOldIndexes}).
 *
 * <p>A key is also written in its own compact form ({@link #write}), where {@code ObjectDataType}
 * writes it as a Java serialization: H2 writes every changed index page whole at each commit, and
 * reads whole every index page its cache let go, so each insert or update serialized (and each cache
 * miss deserialized) dozens of keys, each through a new {@code ObjectOutputStream}. Profiled under
 * the order benchmark, that was half of everything the Mongo server allocated. A key holding a
 * value of another kind is serialized as before, and keys written before (under H2's own tags) read
 * as before.
 */
final class IndexKeyOrder extends ObjectDataType {

    /** The store's format marks: the version of this order the file's indexes are in. */
    static final String FORMAT_MAP = "$lumenbridge.format";  // "$": no Mongo database can be named so
    static final String ORDER_VERSION_KEY = "indexKeyOrder";
    static final int ORDER_VERSION = 2;

    /** How mongo-java-server's H2Database names a unique index's map: {@code <db>.<collection>._index_<name>}. */
    static final String INDEX_MAP_MARK = "._index_";

    @Override
    public int compare(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a instanceof KeyValue left && b instanceof KeyValue right) {
            return compareKeys(left, right);
        }
        return super.compare(a, b);
    }

    /** The tag byte before a key in the compact form; H2's own tags are 0 to 119, {@link BsonDocuments}'s 0xB5. */
    static final byte KEY_TAG = (byte) 0xB6;

    @Override
    public void write(WriteBuffer buff, Object obj) {
        if (obj instanceof KeyValue key && compactable(key)) {
            buff.put(KEY_TAG).putVarInt(key.size());
            for (Object value : key) {
                writeValue(buff, value);
            }
            return;
        }
        super.write(buff, obj);
    }

    private static boolean compactable(KeyValue key) {
        for (Object value : key) {
            if (kind(value) == OTHER) {
                return false;
            }
        }
        return true;
    }

    private static void writeValue(WriteBuffer buff, Object value) {
        int kind = kind(value);
        buff.put((byte) kind);
        switch (kind) {
            case NULL -> { }
            case BOOLEAN -> buff.put((byte) ((Boolean) value ? 1 : 0));
            case INTEGER -> buff.putInt((Integer) value);
            case LONG -> buff.putLong((Long) value);
            // the bits Java serialization writes (one NaN), so a key equals the key it was before
            case DOUBLE -> buff.putLong(Double.doubleToLongBits((Double) value));
            case STRING -> {
                String string = (String) value;
                buff.putVarInt(string.length()).putStringData(string, string.length());
            }
            case UUID_KIND -> buff.putLong(((UUID) value).getMostSignificantBits()).putLong(((UUID) value).getLeastSignificantBits());
            case OBJECT_ID -> buff.put(((ObjectId) value).toByteArray());
            case INSTANT -> buff.putLong(((Instant) value).getEpochSecond()).putInt(((Instant) value).getNano());
            case DATE -> buff.putLong(((Date) value).getTime());
            default -> throw new IllegalArgumentException("Not a value of a compact key: " + value.getClass());
        }
    }

    @Override
    public Object read(ByteBuffer buff) {
        if (buff.get(buff.position()) != KEY_TAG) {
            return super.read(buff);
        }
        buff.get();
        Object[] values = new Object[DataUtils.readVarInt(buff)];
        for (int i = 0; i < values.length; i++) {
            values[i] = readValue(buff);
        }
        return new KeyValue(values);
    }

    private static Object readValue(ByteBuffer buff) {
        int kind = buff.get();
        return switch (kind) {
            case NULL -> null;
            case BOOLEAN -> buff.get() != 0;
            case INTEGER -> buff.getInt();
            case LONG -> buff.getLong();
            case DOUBLE -> Double.longBitsToDouble(buff.getLong());
            case STRING -> DataUtils.readString(buff, DataUtils.readVarInt(buff));
            case UUID_KIND -> new UUID(buff.getLong(), buff.getLong());
            case OBJECT_ID -> {
                byte[] id = new byte[12];
                buff.get(id);
                yield new ObjectId(id);
            }
            case INSTANT -> Instant.ofEpochSecond(buff.getLong(), buff.getInt());
            case DATE -> new Date(buff.getLong());
            default -> throw new IllegalStateException("Unknown kind " + kind + " in a compact index key");
        };
    }

    /**
     * What H2 is told a key takes in memory, for sizing its page cache. {@code ObjectDataType} estimates
     * from the serializations it writes, which a compact key never makes.
     */
    @Override
    public int getMemory(Object obj) {
        if (obj instanceof KeyValue key && compactable(key)) {
            int memory = 48;
            for (Object value : key) {
                memory += value instanceof String string ? 48 + 2 * string.length() : 24;
            }
            return memory;
        }
        return super.getMemory(obj);
    }

    static int compareKeys(KeyValue left, KeyValue right) {
        int common = Math.min(left.size(), right.size());
        for (int i = 0; i < common; i++) {
            int order = compareValues(left.get(i), right.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    private static int compareValues(Object a, Object b) {
        int kind = kind(a);
        int order = Integer.compare(kind, kind(b));
        if (order != 0 || a == b) {
            return order;
        }
        return switch (kind) {
            case NULL -> 0;
            case BOOLEAN -> Boolean.compare((Boolean) a, (Boolean) b);
            case INTEGER -> Integer.compare((Integer) a, (Integer) b);
            case LONG -> Long.compare((Long) a, (Long) b);
            // Double.compare is a total order, and 0 exactly when the two have the same bits (NaNs aside)
            case DOUBLE -> Double.compare((Double) a, (Double) b);
            case STRING -> ((String) a).compareTo((String) b);
            case UUID_KIND -> ((UUID) a).compareTo((UUID) b);
            case OBJECT_ID -> ((ObjectId) a).compareTo((ObjectId) b);
            case INSTANT -> ((Instant) a).compareTo((Instant) b);
            case DATE -> ((Date) a).compareTo((Date) b);
            default -> {
                int byClass = a.getClass().getName().compareTo(b.getClass().getName());
                yield byClass != 0 ? byClass : Arrays.compareUnsigned(serialize(a), serialize(b));
            }
        };
    }

    private static final int NULL = 0;
    private static final int BOOLEAN = 1;
    private static final int INTEGER = 2;
    private static final int LONG = 3;
    private static final int DOUBLE = 4;
    private static final int STRING = 5;
    private static final int UUID_KIND = 6;
    private static final int OBJECT_ID = 7;
    private static final int INSTANT = 8;
    private static final int DATE = 9;
    private static final int OTHER = 10;

    private static int kind(Object value) {
        if (value == null) {
            return NULL;
        }
        // exact classes only: a subclass (java.sql.Timestamp is a Date) compares as OTHER, by its serialization
        Class<?> type = value.getClass();
        if (type == String.class) {
            return STRING;
        }
        if (type == Double.class) {
            return DOUBLE;
        }
        if (type == Long.class) {
            return LONG;
        }
        if (type == Integer.class) {
            return INTEGER;
        }
        if (type == Boolean.class) {
            return BOOLEAN;
        }
        if (type == UUID.class) {
            return UUID_KIND;
        }
        if (type == ObjectId.class) {
            return OBJECT_ID;
        }
        if (type == Instant.class) {
            return INSTANT;
        }
        if (type == Date.class) {
            return DATE;
        }
        return OTHER;
    }

    /**
     * Puts every unique index of a data file written before this order into it, once: each index map is
     * copied into a new map in this order, which then takes its name. Runs before mongo-java-server opens
     * anything, so no index is open in the old order. Returns the number of index maps rebuilt.
     *
     * <p>H2 may commit at any point (whenever enough is unsaved), so each step leaves a file the next
     * start can finish from: a copy is committed whole before its original is removed, so a copy whose
     * original is gone is complete and takes its name, and one whose original is still there is
     * started again.
     */
    static int rebuildOldIndexes(MVStore store) {
        MVMap<String, Integer> format = store.openMap(FORMAT_MAP);
        Integer version = format.get(ORDER_VERSION_KEY);
        if (version != null && version >= ORDER_VERSION) {
            return 0;
        }
        for (String name : store.getMapNames()) {
            if (name.endsWith(COPY_SUFFIX)) {
                String original = name.substring(0, name.length() - COPY_SUFFIX.length());
                if (store.hasMap(original)) {
                    store.removeMap(name);
                } else {
                    store.renameMap(store.openMap(name, inThisOrder()), original);
                }
            }
        }
        int rebuilt = 0;
        for (String name : store.getMapNames()) {
            if (!name.contains(INDEX_MAP_MARK)) {
                continue;
            }
            // entries read in file order need no comparison, so the old order need not be known here
            MVMap<Object, Object> old = store.openMap(name);
            MVMap<Object, Object> copy = store.openMap(name + COPY_SUFFIX, inThisOrder());
            copy.putAll(old);
            store.commit();
            store.removeMap(old);
            store.renameMap(copy, name);
            rebuilt++;
        }
        format.put(ORDER_VERSION_KEY, ORDER_VERSION);
        store.commit();
        return rebuilt;
    }

    private static final String COPY_SUFFIX = ".rebuilt";

    private static MVMap.Builder<Object, Object> inThisOrder() {
        return new MVMap.Builder<>().keyType(new IndexKeyOrder());
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
