package com.lumenbridge.catalog.product.persistence;

import com.lumenbridge.catalog.product.domain.Category;
import com.lumenbridge.catalog.product.domain.EnergyClass;
import com.lumenbridge.catalog.product.domain.IpRating;
import com.lumenbridge.catalog.product.domain.LampBase;
import com.lumenbridge.catalog.product.domain.Money;
import com.lumenbridge.catalog.product.domain.ProductDetails;
import com.lumenbridge.catalog.product.domain.ProductState;
import com.lumenbridge.catalog.product.domain.ProductStatus;
import com.lumenbridge.catalog.product.domain.Segment;
import java.math.BigDecimal;
import java.util.Date;
import org.bson.Document;

/** Maps a product to its MongoDB document and back; watts are stored as a decimal string, never a double. */
final class ProductDocuments {

    private ProductDocuments() {
    }

    /** Every stored field but {@code _id} and the outbox, as used by both inserts and {@code $set}. */
    static Document fields(ProductState p) {
        ProductDetails d = p.details();
        return new Document("tenantId", p.manufacturerId())
            .append("status", p.status().name())
            .append("version", p.version())
            .append("name", d.name())
            .append("description", d.description())
            .append("category", d.category().wireName())
            .append("segment", d.segment().name())
            .append("watts", d.watts().toPlainString())
            .append("lumens", d.lumens())
            .append("cctKelvin", d.cctKelvin())
            .append("cri", d.cri())
            .append("beamAngle", d.beamAngle())
            .append("base", d.base().wireName())
            .append("ipRating", d.ipRating().code())
            .append("dimmable", d.dimmable())
            .append("voltage", d.voltage())
            .append("lifetimeHours", d.lifetimeHours())
            .append("energyClass", d.energyClass().name())
            .append("listPrice", new Document("amountMinor", d.listPrice().amountMinor())
                .append("currency", d.listPrice().currency()))
            .append("createdAt", Date.from(p.createdAt()))
            .append("updatedAt", Date.from(p.updatedAt()));
    }

    static ProductState state(Document doc) {
        Document price = doc.get("listPrice", Document.class);
        ProductDetails details = new ProductDetails(doc.getString("name"), doc.getString("description"),
            Category.fromWireName(doc.getString("category")).orElseThrow(), Segment.valueOf(doc.getString("segment")),
            new BigDecimal(doc.getString("watts")), doc.getInteger("lumens"), doc.getInteger("cctKelvin"),
            doc.getInteger("cri"), doc.getInteger("beamAngle"), LampBase.fromWireName(doc.getString("base")).orElseThrow(),
            new IpRating(doc.getString("ipRating")), doc.getBoolean("dimmable"), doc.getString("voltage"),
            doc.getInteger("lifetimeHours"), EnergyClass.valueOf(doc.getString("energyClass")),
            new Money(((Number) price.get("amountMinor")).longValue(), price.getString("currency")));
        return new ProductState(doc.getString("_id"), doc.getString("tenantId"), ProductStatus.valueOf(doc.getString("status")),
            ((Number) doc.get("version")).longValue(), details, doc.getDate("createdAt").toInstant(),
            doc.getDate("updatedAt").toInstant());
    }
}
