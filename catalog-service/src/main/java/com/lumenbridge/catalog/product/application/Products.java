package com.lumenbridge.catalog.product.application;

import com.lumenbridge.catalog.product.domain.ProductState;
import com.lumenbridge.catalog.product.domain.ProductStatus;
import com.lumenbridge.platform.events.IntegrationEvent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Stored products. Every write stores the new state and the events it caused in one document
 * write (the outbox travels in the product's own document).
 */
public interface Products {

    String COLLECTION = "products";

    Optional<ProductState> find(String sku);

    Map<String, ProductState> findAll(Collection<String> skus);

    /** Stores a new product; throws {@link SkuInUse} when the SKU exists (whoever owns it). */
    void insert(ProductState product, List<? extends IntegrationEvent> events);

    /** Stores a changed product if it is still at {@code expectedVersion}; throws {@link ConcurrentUpdate} otherwise. */
    void update(ProductState product, long expectedVersion, List<? extends IntegrationEvent> events);

    /** Writes many inserts and updates at once; returns the SKUs that could not be written. */
    BatchResult writeBatch(List<Write> writes);

    OwnedPage listOwned(String tenantId, ProductStatus status, int page, int size);

    /** Every product, for rebuilding the search index. */
    void forEach(Consumer<ProductState> action);

    /** One write of a batch: an insert when {@code expectedVersion} is 0, else an update at that version. */
    record Write(ProductState product, long expectedVersion, List<? extends IntegrationEvent> events) {
    }

    /** SKUs of a batch that were not written: taken by a concurrent insert, or changed concurrently. */
    record BatchResult(Map<String, String> failed) {
    }

    record OwnedPage(List<ProductState> items, long total) {
    }

    /** The SKU is already stored; {@code ownerId} says by whom. */
    class SkuInUse extends RuntimeException {

        private final String ownerId;

        public SkuInUse(String sku, String ownerId) {
            super("SKU " + sku + " exists");
            this.ownerId = ownerId;
        }

        public String ownerId() {
            return ownerId;
        }
    }

    /** Someone else changed the product between our read and our write. */
    class ConcurrentUpdate extends RuntimeException {

        public ConcurrentUpdate(String sku) {
            super("Product " + sku + " was changed concurrently; read it again and retry");
        }
    }
}
