package com.lumenbridge.catalog.search.persistence;

import com.lumenbridge.catalog.product.domain.Category;
import com.lumenbridge.catalog.product.domain.IpRating;
import com.lumenbridge.catalog.product.domain.LampBase;
import com.lumenbridge.catalog.product.domain.Segment;
import com.lumenbridge.catalog.search.domain.Bands;
import com.lumenbridge.platform.events.catalog.ProductSnapshot;
import java.math.BigDecimal;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * How a product becomes a Lucene document. Everything a query filters, counts or sorts on is a doc
 * value, read column-wise per hit; the small enumerated facets share one packed value so counting
 * them costs one read per document.
 */
final class IndexFields {

    static final String SKU = "sku";
    static final String MANUFACTURER = "manufacturerId";
    static final String STATUS = "status";
    static final String TEXT = "text";
    static final String PACKED = "facets";
    static final String CCT = "cct";
    static final String LUMENS = "lumens";
    static final String CRI = "cri";
    static final String BEAM = "beam";
    static final String EFFICACY = "efficacy";
    static final String LIST_PRICE = "listPrice";
    static final String CURRENCY = "currency";
    /**
     * The product as JSON, a binary doc value rather than a stored field: a stored field is read by
     * decompressing the whole block that holds it (tens of kilobytes, about 0.1 ms a hit here).
     */
    static final String SNAPSHOT = "snapshot";

    // packed facet value: category 4 bits | segment 1 | base 5 | dimmable 1 | ip 7 | cct band+1 3 | lumen band+1 4
    private static final int SEGMENT_SHIFT = 4;
    private static final int BASE_SHIFT = 5;
    private static final int DIMMABLE_SHIFT = 10;
    private static final int IP_SHIFT = 11;
    private static final int CCT_BAND_SHIFT = 18;
    private static final int LUMEN_BAND_SHIFT = 21;

    private IndexFields() {
    }

    static Document document(ProductSnapshot p, byte[] snapshotJson) {
        Document doc = new Document();
        doc.add(new StringField(SKU, p.sku(), Field.Store.NO));
        doc.add(new SortedDocValuesField(SKU, new BytesRef(p.sku())));
        doc.add(new StringField(MANUFACTURER, p.manufacturerId(), Field.Store.NO));
        doc.add(new SortedDocValuesField(MANUFACTURER, new BytesRef(p.manufacturerId())));
        doc.add(new StringField(STATUS, p.status(), Field.Store.NO));
        doc.add(new TextField(TEXT, searchableText(p), Field.Store.NO));
        doc.add(new NumericDocValuesField(PACKED, pack(p)));
        if (p.cctKelvin() != null) {
            doc.add(new NumericDocValuesField(CCT, p.cctKelvin()));
        }
        if (p.lumens() != null) {
            doc.add(new NumericDocValuesField(LUMENS, p.lumens()));
        }
        if (p.cri() != null) {
            doc.add(new IntPoint(CRI, p.cri()));
        }
        if (p.beamAngle() != null) {
            doc.add(new IntPoint(BEAM, p.beamAngle()));
        }
        if (p.efficacy() != null) {
            long tenths = tenths(p.efficacy());
            doc.add(new LongPoint(EFFICACY, tenths));
            doc.add(new NumericDocValuesField(EFFICACY, tenths));
        }
        doc.add(new NumericDocValuesField(LIST_PRICE, p.listPrice().amountMinor()));
        doc.add(new SortedDocValuesField(CURRENCY, new BytesRef(p.listPrice().currency())));
        doc.add(new BinaryDocValuesField(SNAPSHOT, new BytesRef(snapshotJson)));
        return doc;
    }

    static long tenths(BigDecimal efficacy) {
        return efficacy.movePointRight(1).longValue();
    }

    private static String searchableText(ProductSnapshot p) {
        StringBuilder text = new StringBuilder(p.name()).append('\n').append(p.sku()).append('\n').append(p.category());
        if (p.description() != null) {
            text.append('\n').append(p.description());
        }
        return text.toString();
    }

    static long pack(ProductSnapshot p) {
        int category = Category.fromWireName(p.category()).orElseThrow().ordinal();
        int segment = Segment.valueOf(p.segment()).ordinal();
        int base = LampBase.fromWireName(p.base()).orElseThrow().ordinal();
        int ip = new IpRating(p.ipRating()).ordinal();
        int cctBand = p.cctKelvin() == null ? 0 : Bands.indexOf(Bands.CCT, p.cctKelvin()) + 1;
        int lumenBand = p.lumens() == null ? 0 : Bands.indexOf(Bands.LUMENS, p.lumens()) + 1;
        return category | (long) segment << SEGMENT_SHIFT | (long) base << BASE_SHIFT
            | (long) (p.dimmable() ? 1 : 0) << DIMMABLE_SHIFT | (long) ip << IP_SHIFT
            | (long) cctBand << CCT_BAND_SHIFT | (long) lumenBand << LUMEN_BAND_SHIFT;
    }

    static int category(long packed) {
        return (int) (packed & 0xF);
    }

    static int segment(long packed) {
        return (int) (packed >>> SEGMENT_SHIFT & 0x1);
    }

    static int base(long packed) {
        return (int) (packed >>> BASE_SHIFT & 0x1F);
    }

    static int dimmable(long packed) {
        return (int) (packed >>> DIMMABLE_SHIFT & 0x1);
    }

    static int ip(long packed) {
        return (int) (packed >>> IP_SHIFT & 0x7F);
    }

    /** The CCT band index, or -1 without a colour temperature. */
    static int cctBand(long packed) {
        return (int) (packed >>> CCT_BAND_SHIFT & 0x7) - 1;
    }

    /** The lumen band index, or -1 without light output. */
    static int lumenBand(long packed) {
        return (int) (packed >>> LUMEN_BAND_SHIFT & 0xF) - 1;
    }
}
