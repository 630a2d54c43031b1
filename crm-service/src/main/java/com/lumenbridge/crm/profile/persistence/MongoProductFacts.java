package com.lumenbridge.crm.profile.persistence;

import com.lumenbridge.crm.profile.application.ProductFactsSource;
import com.lumenbridge.crm.profile.domain.ProductFacts;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;

/** {@link ProductFactsSource} in the {@code products} collection, one document per manufacturer and SKU. */
public class MongoProductFacts implements ProductFactsSource {

    private final MongoCollection<Document> collection;

    public MongoProductFacts(MongoDatabase database) {
        this.collection = database.getCollection("products");
    }

    @Override
    public Map<String, ProductFacts> find(String tenantId, Collection<String> skus) {
        Map<String, ProductFacts> found = new LinkedHashMap<>();
        if (skus.isEmpty()) {
            return found;
        }
        for (String sku : skus.stream().distinct().toList()) {
            Document d = collection.find(Filters.eq("_id", id(tenantId, sku))).first();
            if (d != null) {
                Number price = d.get("listPriceMinor", Number.class);
                found.put(sku, new ProductFacts(sku, d.getString("category"), d.getString("segment"),
                    d.getInteger("cctKelvin"), price == null ? null : price.longValue()));
            }
        }
        return found;
    }

    @Override
    public void put(String tenantId, ProductFacts facts, long version) {
        Document existing = collection.find(Filters.eq("_id", id(tenantId, facts.sku()))).first();
        if (existing != null && existing.get("version", Number.class).longValue() >= version) {
            return;
        }
        collection.replaceOne(Filters.eq("_id", id(tenantId, facts.sku())),
            new Document("_id", id(tenantId, facts.sku())).append("tenantId", tenantId).append("sku", facts.sku())
                .append("category", facts.category()).append("segment", facts.segment())
                .append("cctKelvin", facts.cctKelvin()).append("listPriceMinor", facts.listPriceMinor())
                .append("version", version),
            new ReplaceOptions().upsert(true));
    }

    private static String id(String tenantId, String sku) {
        return tenantId + "|" + sku;
    }
}
