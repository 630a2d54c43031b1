package com.lumenbridge.launcher;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The value type of the embedded Mongo server's collections: each document is stored as its BSON,
 * behind a tag byte H2 never writes, where mongo-java-server's H2 backend stores it as a Java
 * serialization. Profiled under the order benchmark, Java serialization and deserialization of
 * documents was a sixth of the server's CPU (H2 writes every changed page at each commit and decodes
 * every page it reads back); a BSON round trip of the same documents costs a third to a quarter of
 * that. Documents came in as BSON over the wire, so BSON holds every value one can carry.
 *
 * <p>Anything else, or a document BSON cannot encode, is written as before, and values written before
 * (Java serializations, under H2's own tags) read as before: a data file of an earlier stack opens
 * unchanged. A file written with this type cannot be read by the plain H2 backend.
 */
final class BsonDocuments extends ObjectDataType {

    /** The tag byte before a BSON document; H2's own tags are 0 to 119. */
    static final byte TAG = (byte) 0xB5;

    /**
     * What H2 is told a document takes in memory, for sizing its page cache: a running average of
     * the documents' encoded sizes, as H2 keeps for the Java serializations it writes.
     */
    private volatile int averageSize = 10_000;

    @Override
    public void write(WriteBuffer buff, Object obj) {
        if (obj instanceof Document document) {
            ByteBuf bson = Unpooled.buffer();
            try {
                BsonEncoder.encodeDocument(document, bson);
            } catch (RuntimeException notBson) {
                bson.release();
                super.write(buff, obj);
                return;
            }
            int size = bson.readableBytes();
            buff.put(TAG).put(bson.array(), bson.arrayOffset() + bson.readerIndex(), size);
            bson.release();
            averageSize = (size + 15 * averageSize) / 16;
            return;
        }
        super.write(buff, obj);
    }

    @Override
    public Object read(ByteBuffer buff) {
        if (buff.get(buff.position()) != TAG) {
            return super.read(buff);
        }
        buff.get();
        // a BSON document starts with its own length, little-endian, the length included
        int size = buff.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt();
        ByteBuffer bson = buff.slice().limit(size);
        buff.position(buff.position() + size);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    @Override
    public int getMemory(Object obj) {
        return obj instanceof Document ? averageSize : super.getMemory(obj);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BsonDocuments;
    }

    @Override
    public int hashCode() {
        return BsonDocuments.class.hashCode();
    }
}
