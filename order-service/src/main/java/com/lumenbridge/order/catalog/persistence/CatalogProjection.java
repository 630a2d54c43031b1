package com.lumenbridge.order.catalog.persistence;

import com.lumenbridge.order.catalog.domain.PriceList;
import com.lumenbridge.order.common.Mongo;
import com.lumenbridge.order.order.domain.Money;
import com.lumenbridge.platform.cache.RecentReads;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/**
 * order-service's copy of the catalog facts it prices orders with. Every catalog event carries the
 * whole versioned state of its aggregate, so each write replaces the document only when the event's
 * version is higher: duplicates and out-of-order deliveries change nothing.
 *
 * <p>Every order reads its storefront's partnership and price list; those are few and rarely change, so
 * they are remembered for a moment ({@link RecentReads}), and forgotten when this projection writes
 * them. Products, tens of thousands per manufacturer, are read each time.
 */
public class CatalogProjection {

    static final String PRODUCTS = "catalog_products";
    static final String PARTNERSHIPS = "catalog_partnerships";
    static final String PRICE_LISTS = "catalog_price_lists";

    private final MongoCollection<Document> products;
    private final MongoCollection<Document> partnerships;
    private final MongoCollection<Document> priceLists;
    private final RecentReads<String, Partnership> recentPartnerships = new RecentReads<>(10_000);
    private final RecentReads<String, PriceList> recentPriceLists = new RecentReads<>(10_000);

    public CatalogProjection(MongoDatabase database) {
        this.products = database.getCollection(PRODUCTS);
        this.partnerships = database.getCollection(PARTNERSHIPS);
        this.priceLists = database.getCollection(PRICE_LISTS);
    }

    /** The facts of one product that pricing needs. */
    public record Product(String sku, String manufacturerId, String status, Money listPrice) {
    }

    /** A manufacturer's partnership with a partner: its price list and whether it is ACTIVE. */
    public record Partnership(String priceListId, String status) {
    }

    public void putProduct(String sku, String manufacturerId, long version, String status, long listPriceMinor,
            String currency) {
        putProducts(List.of(new ProductVersion(sku, manufacturerId, version, status, listPriceMinor, currency)));
    }

    /** One product's facts at one version, as a catalog event carries them. */
    public record ProductVersion(String sku, String manufacturerId, long version, String status, long listPriceMinor,
            String currency) {

        Document fields() {
            return new Document("manufacturerId", manufacturerId).append("status", status)
                .append("listPrice", new Document("amountMinor", listPriceMinor).append("currency", currency));
        }
    }

    /**
     * Keeps each product's highest version, with one read of the versions held and one bulk write of
     * the newer ones, however many products: an import's thousands of events arrive a poll at a time.
     */
    public void putProducts(List<ProductVersion> versions) {
        Map<String, ProductVersion> newest = new LinkedHashMap<>();
        for (ProductVersion v : versions) {
            newest.merge(v.sku(), v, (held, next) -> next.version() > held.version() ? next : held);
        }
        if (newest.size() == 1) {
            ProductVersion only = newest.values().iterator().next();
            upsert(products, only.sku(), only.version(), only.fields());
            return;
        }
        Map<String, Long> held = new HashMap<>();
        products.find(Filters.in("_id", newest.keySet())).projection(Projections.include("version"))
            .forEach(d -> held.put(d.getString("_id"), ((Number) d.get("version")).longValue()));
        List<ReplaceOneModel<Document>> writes = new ArrayList<>();
        for (ProductVersion v : newest.values()) {
            if (held.getOrDefault(v.sku(), 0L) < v.version()) {
                Document doc = new Document("_id", v.sku()).append("version", v.version());
                doc.putAll(v.fields());
                writes.add(new ReplaceOneModel<>(Filters.and(Filters.eq("_id", v.sku()), Filters.lt("version", v.version())),
                    doc, new ReplaceOptions().upsert(true)));
            }
        }
        if (writes.isEmpty()) {
            return;
        }
        try {
            products.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            // a product another instance stored at this version or a newer one since the read: nothing to do
            if (e.getWriteErrors().stream().anyMatch(error -> error.getCategory() != ErrorCategory.DUPLICATE_KEY)) {
                throw e;
            }
        }
    }

    public void putPartnership(String manufacturerId, String partnerTenantId, long version, String priceListId, String status) {
        String id = manufacturerId + "|" + partnerTenantId;
        upsert(partnerships, id, version, new Document("priceListId", priceListId).append("status", status));
        recentPartnerships.forget(id);
    }

    public void putPriceList(String manufacturerId, String priceListId, long version, PriceList list) {
        String id = manufacturerId + "|" + priceListId;
        upsert(priceLists, id, version, new Document("currency", list.currency())
            .append("discountBasisPoints", list.discountBasisPoints())
            .append("overrides", list.overrides().entrySet().stream()
                .map(e -> new Document("sku", e.getKey()).append("amountMinor", e.getValue())).toList()));
        recentPriceLists.forget(id);
    }

    public Optional<Product> product(String sku) {
        return Optional.ofNullable(products.find(Filters.eq("_id", sku)).first()).map(d -> {
            Document price = d.get("listPrice", Document.class);
            return new Product(sku, d.getString("manufacturerId"), d.getString("status"),
                new Money(((Number) price.get("amountMinor")).longValue(), price.getString("currency")));
        });
    }

    public Optional<Partnership> partnership(String manufacturerId, String partnerTenantId) {
        return recentPartnerships.get(manufacturerId + "|" + partnerTenantId, id ->
            Optional.ofNullable(partnerships.find(Filters.eq("_id", id)).first())
                .map(d -> new Partnership(d.getString("priceListId"), d.getString("status"))));
    }

    public Optional<PriceList> priceList(String manufacturerId, String priceListId) {
        return recentPriceLists.get(manufacturerId + "|" + priceListId, this::readPriceList);
    }

    private Optional<PriceList> readPriceList(String id) {
        return Optional.ofNullable(priceLists.find(Filters.eq("_id", id)).first()).map(d -> {
            Map<String, Long> overrides = new LinkedHashMap<>();
            for (Document o : d.getList("overrides", Document.class, List.of())) {
                overrides.put(o.getString("sku"), ((Number) o.get("amountMinor")).longValue());
            }
            return new PriceList(d.getString("currency"), d.getInteger("discountBasisPoints"), overrides);
        });
    }

    private static void upsert(MongoCollection<Document> collection, String id, long version, Document fields) {
        Document doc = new Document("_id", id).append("version", version);
        doc.putAll(fields);
        try {
            collection.replaceOne(Filters.and(Filters.eq("_id", id), Filters.lt("version", version)), doc,
                new ReplaceOptions().upsert(true));
        } catch (RuntimeException e) {
            // the document exists with this version or a newer one: nothing to do
            if (!Mongo.isDuplicateKey(e)) {
                throw e;
            }
        }
    }
}
