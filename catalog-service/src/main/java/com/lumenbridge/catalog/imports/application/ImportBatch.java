package com.lumenbridge.catalog.imports.application;

import com.lumenbridge.catalog.imports.domain.RowError;
import com.lumenbridge.catalog.product.application.ProductEvents;
import com.lumenbridge.catalog.product.application.Products;
import com.lumenbridge.catalog.product.domain.InvalidProduct;
import com.lumenbridge.catalog.product.domain.LifecycleViolation;
import com.lumenbridge.catalog.product.domain.Product;
import com.lumenbridge.catalog.product.domain.ProductChange;
import com.lumenbridge.catalog.product.domain.ProductDetails;
import com.lumenbridge.catalog.product.domain.ProductRules;
import com.lumenbridge.catalog.product.domain.ProductState;
import com.lumenbridge.catalog.product.domain.ProductStatus;
import com.lumenbridge.catalog.product.domain.Violation;
import com.lumenbridge.platform.events.catalog.ProductEvent;
import com.lumenbridge.platform.events.catalog.ProductSnapshot;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One batch of import rows for one manufacturer: validates each row, applies it to the product it
 * names through the product's own verbs (new SKU → draft, then the row's status if any), and writes
 * all changed products in one bulk write. A new product emits one event, for the last of those verbs. A row that changes nothing writes nothing and emits no
 * event, so importing the same file twice leaves products and versions as they were.
 */
final class ImportBatch {

    private final String tenantId;
    private final Products products;
    private final Clock clock;
    private final List<RowError> errors = new ArrayList<>();
    private final Map<String, Working> working = new LinkedHashMap<>();
    private long failedRows;
    private long unchanged;
    private List<ProductSnapshot> written = List.of();
    private long created;
    private long updated;

    ImportBatch(String tenantId, Products products, Clock clock) {
        this.tenantId = tenantId;
        this.products = products;
        this.clock = clock;
    }

    void run(List<ImportRows.Row> rows) {
        List<String> skus = rows.stream().map(r -> r.read().input().sku()).filter(ProductRules::isSku).distinct().toList();
        Map<String, ProductState> stored = products.findAll(skus);
        for (ImportRows.Row row : rows) {
            apply(row, stored);
        }
        write();
    }

    private void apply(ImportRows.Row row, Map<String, ProductState> stored) {
        if (row.read().isNothing()) {
            reject(row, row.read().unreadable());
            return;
        }
        List<Violation> problems = new ArrayList<>();
        Optional<ProductStatus> status = Optional.empty();
        String statusText = row.read().status();
        if (statusText != null) {
            status = Arrays.stream(ProductStatus.values()).filter(s -> s.name().equals(statusText)).findFirst();
            if (status.isEmpty()) {
                problems.add(new Violation("status", "must be DRAFT, ACTIVE or DISCONTINUED"));
            }
        }
        ProductDetails details;
        try {
            problems.addAll(row.read().unreadable());
            details = ProductRules.validate(row.read().input(), problems);
        } catch (InvalidProduct e) {
            reject(row, e.violations());
            return;
        }
        String sku = row.read().input().sku();
        Working current = working.get(sku);
        ProductState before = current != null ? current.product.state() : stored.get(sku);
        if (before != null && !before.isOwnedBy(tenantId)) {
            reject(row, List.of(new Violation("sku", "belongs to another manufacturer")));
            return;
        }
        Product product = before == null ? Product.draft(tenantId, sku, details, clock) : Product.restore(before);
        List<ProductChange> changes = new ArrayList<>();
        try {
            if (before == null) {
                changes.add(product.drafted());
            } else {
                changes.addAll(product.revise(details, clock));
            }
            if (status.isPresent()) {
                changes.addAll(product.moveTo(status.get(), clock));
            }
        } catch (LifecycleViolation e) {
            reject(row, List.of(new Violation("status", e.getMessage())));
            return;
        }
        if (changes.isEmpty()) {
            unchanged++;
            return;
        }
        Working next = current != null ? current
            : new Working(before == null ? 0 : before.version(), new ArrayList<>(), new ArrayList<>());
        next.product = product;
        // a new product is announced once, in the state its row leaves it in: every event carries the
        // whole snapshot, so no consumer needs the draft on the way to ACTIVE. Half the events for an
        // import of active products, and one event type in a row, which batching consumers take at once.
        next.events.addAll(ProductEvents.of(before == null ? changes.subList(changes.size() - 1, changes.size()) : changes));
        next.rows.add(row.number());
        working.put(sku, next);
    }

    private void reject(ImportRows.Row row, List<Violation> violations) {
        failedRows++;
        for (Violation v : violations) {
            errors.add(new RowError(row.number(), v.field(), v.message()));
        }
    }

    private void write() {
        List<Products.Write> writes = new ArrayList<>(working.size());
        working.values().forEach(w -> writes.add(new Products.Write(w.product.state(), w.storedVersion, w.events)));
        Map<String, String> failed = products.writeBatch(writes).failed();
        List<ProductSnapshot> snapshots = new ArrayList<>(working.size());
        for (Map.Entry<String, Working> entry : working.entrySet()) {
            Working w = entry.getValue();
            String reason = failed.get(entry.getKey());
            if (reason != null) {
                for (Long rowNumber : w.rows) {
                    failedRows++;
                    errors.add(new RowError(rowNumber, "sku", entry.getKey() + " " + reason + "; import it again"));
                }
                continue;
            }
            snapshots.add(ProductEvents.snapshot(w.product.state()));
            if (w.storedVersion == 0) {
                created++;
            } else {
                updated++;
            }
        }
        written = snapshots;
    }

    List<RowError> errors() {
        return errors;
    }

    long failedRows() {
        return failedRows;
    }

    long unchanged() {
        return unchanged;
    }

    long created() {
        return created;
    }

    long updated() {
        return updated;
    }

    /** Snapshots of the products this batch wrote. */
    List<ProductSnapshot> written() {
        return written;
    }

    /** A product changed by rows of this batch, the version it had in the database, and the events of all its changes. */
    private static final class Working {

        private final long storedVersion;
        private final List<ProductEvent> events;
        private final List<Long> rows;
        private Product product;

        Working(long storedVersion, List<ProductEvent> events, List<Long> rows) {
            this.storedVersion = storedVersion;
            this.events = events;
            this.rows = Objects.requireNonNull(rows);
        }
    }
}
