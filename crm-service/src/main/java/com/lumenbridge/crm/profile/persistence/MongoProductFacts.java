package com.lumenbridge.crm.profile.persistence;

import com.lumenbridge.crm.profile.application.ProductFactsSource;
import com.lumenbridge.crm.profile.domain.ProductFacts;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;

/**
 * {@link ProductFactsSource} in the {@code products} collection, one document per manufacturer and SKU,
 * with the products read or written here held in memory for {@code maxAge}: every order line and
 * sale line needs its product, and a primary-key read per line was one of the round trips that
 * capped event throughput. An entry is replaced only by a higher version; it expires because another
 * instance may have stored a newer version, so a catalog change reaches this instance's new
 * activity within {@code maxAge}. A product not found is not remembered, so it is used from the
 * first event after it arrives.
 */
public class MongoProductFacts implements ProductFactsSource {

    private static final int MAX_CACHED = 100_000;

    private final MongoCollection<Document> collection;
    private final MongoCollection<Document> awaited;
    private final Clock clock;
    private final Duration maxAge;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(ProductFacts facts, long version, Instant readAt) {
    }

    public MongoProductFacts(MongoDatabase database, Clock clock, Duration maxAge) {
        this.collection = database.getCollection("products");
        this.awaited = database.getCollection("products_awaited");
        this.clock = clock;
        this.maxAge = maxAge;
    }

    @Override
    public Map<String, ProductFacts> find(String tenantId, Collection<String> skus) {
        Map<String, ProductFacts> found = new LinkedHashMap<>();
        if (skus.isEmpty()) {
            return found;
        }
        Instant now = clock.instant();
        for (String sku : skus.stream().distinct().toList()) {
            Cached cached = cache.get(id(tenantId, sku));
            if (cached == null || cached.readAt().plus(maxAge).isBefore(now)) {
                cached = read(tenantId, sku, now);
            }
            if (cached != null) {
                found.put(sku, cached.facts());
            }
        }
        return found;
    }

    private Cached read(String tenantId, String sku, Instant now) {
        Document d = collection.find(Filters.eq("_id", id(tenantId, sku))).first();
        if (d == null) {
            return null;
        }
        Number price = d.get("listPriceMinor", Number.class);
        Cached read = new Cached(new ProductFacts(sku, d.getString("category"), d.getString("segment"),
            d.getInteger("cctKelvin"), price == null ? null : price.longValue()),
            d.get("version", Number.class).longValue(), now);
        remember(id(tenantId, sku), read);
        return read;
    }

    private void remember(String id, Cached entry) {
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        // a read racing a newer put must not bring the older version back
        cache.merge(id, entry, (held, next) -> next.version() >= held.version() ? next : held);
    }

    @Override
    public void putAll(List<Versioned> products) {
        Map<String, Versioned> newest = new LinkedHashMap<>();
        for (Versioned v : products) {
            newest.merge(id(v.tenantId(), v.facts().sku()), v, (held, next) -> next.version() > held.version() ? next : held);
        }
        if (newest.isEmpty()) {
            return;
        }
        Map<String, Long> held = new HashMap<>();
        collection.find(Filters.in("_id", newest.keySet())).projection(Projections.include("version"))
            .forEach(d -> held.put(d.getString("_id"), d.get("version", Number.class).longValue()));
        List<ReplaceOneModel<Document>> writes = new ArrayList<>();
        newest.forEach((id, v) -> {
            if (held.getOrDefault(id, 0L) < v.version()) {
                ProductFacts facts = v.facts();
                writes.add(new ReplaceOneModel<>(Filters.eq("_id", id),
                    new Document("_id", id).append("tenantId", v.tenantId()).append("sku", facts.sku())
                        .append("category", facts.category()).append("segment", facts.segment())
                        .append("cctKelvin", facts.cctKelvin()).append("listPriceMinor", facts.listPriceMinor())
                        .append("version", v.version()),
                    new ReplaceOptions().upsert(true)));
            }
        });
        if (!writes.isEmpty()) {
            collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
        Instant now = clock.instant();
        newest.forEach((id, v) -> {
            if (held.getOrDefault(id, 0L) < v.version()) {
                remember(id, new Cached(v.facts(), v.version(), now));
            }
        });
    }

    @Override
    public void awaiting(String tenantId, Collection<String> skus, String profileId) {
        for (String sku : skus) {
            awaited.updateOne(Filters.eq("_id", id(tenantId, sku)), Updates.addToSet("profiles", profileId),
                new UpdateOptions().upsert(true));
        }
    }

    @Override
    public Map<String, List<String>> awaitedBy(String tenantId, Collection<String> skus) {
        Map<String, List<String>> waiting = new LinkedHashMap<>();
        if (skus.isEmpty()) {
            return waiting;
        }
        awaited.find(Filters.in("_id", skus.stream().map(sku -> id(tenantId, sku)).toList())).forEach(d -> {
            List<String> profiles = d.getList("profiles", String.class, List.of());
            if (!profiles.isEmpty()) {
                String id = d.getString("_id");
                waiting.put(id.substring(tenantId.length() + 1), profiles);
            }
        });
        return waiting;
    }

    @Override
    public void delivered(String tenantId, String sku, List<String> profileIds) {
        // $pullAll, not a delete: a profile noted after awaitedBy was read stays noted
        awaited.updateOne(Filters.eq("_id", id(tenantId, sku)), Updates.pullAll("profiles", profileIds));
    }

    private static String id(String tenantId, String sku) {
        return tenantId + "|" + sku;
    }
}
