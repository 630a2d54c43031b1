package com.lumenbridge.store.sale.domain;

import com.lumenbridge.store.visitor.domain.Visitor;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Lines sold at one store's counter under the dealer's idempotency key. Every line is taken or none:
 * the sale is {@link #record recorded} only when all are, and {@link #refuse refused} naming the short
 * lines otherwise. Its stock moves in the inventory documents, held per sale ({@link #holder}), so
 * applying a step twice changes nothing.
 */
public record OfflineSale(
    String id,
    String storeId,
    String dealerId,
    String idempotencyKey,
    List<SaleLine> lines,
    Visitor customer,
    SaleState state,
    List<ShortLine> shortLines,
    Instant createdAt,
    Instant soldAt) {

    public static final int MAX_LINES = 100;

    public OfflineSale {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(dealerId, "dealerId");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        lines = List.copyOf(lines);
        shortLines = shortLines == null ? List.of() : List.copyOf(shortLines);
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("a sale has 1 to " + MAX_LINES + " lines");
        }
        if (lines.stream().map(SaleLine::sku).distinct().count() != lines.size()) {
            throw new IllegalArgumentException("each SKU appears on one line only");
        }
    }

    public static OfflineSale pending(String id, String storeId, String dealerId, String idempotencyKey, List<SaleLine> lines,
            Visitor customer, Instant now) {
        return new OfflineSale(id, storeId, dealerId, idempotencyKey, lines, customer, SaleState.PENDING, List.of(), now, null);
    }

    /** Every line was taken: the sale happened {@code now}. */
    public OfflineSale record(Instant now) {
        requirePending("only a pending sale can be recorded");
        return new OfflineSale(id, storeId, dealerId, idempotencyKey, lines, customer, SaleState.RECORDED, List.of(), createdAt,
            now);
    }

    /** At least one line is short: nothing is sold. */
    public OfflineSale refuse(List<ShortLine> shorts) {
        requirePending("only a pending sale can be refused");
        if (shorts.isEmpty()) {
            throw new SaleRuleBroken(id, "a refusal names the short lines");
        }
        return new OfflineSale(id, storeId, dealerId, idempotencyKey, lines, customer, SaleState.REFUSED, shorts, createdAt,
            null);
    }

    /** Whether a retried request under the same key asks for the same sale. */
    public boolean sameRequestAs(List<SaleLine> otherLines, Visitor otherCustomer) {
        return lines.equals(otherLines) && Objects.equals(customer, otherCustomer);
    }

    /** The holder key of this sale's holds in the inventory documents; sale ids are UUIDs, safe as field names. */
    public String holder() {
        return "sale-" + id;
    }

    private void requirePending(String rule) {
        if (state != SaleState.PENDING) {
            throw new SaleRuleBroken(id, rule + " (it is " + state + ")");
        }
    }
}
