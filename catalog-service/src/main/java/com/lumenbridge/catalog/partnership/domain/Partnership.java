package com.lumenbridge.catalog.partnership.domain;

import com.lumenbridge.platform.identity.TenantKind;
import java.util.Objects;

/** A manufacturer's partnership with one storefront or dealer, and the price list that partner buys at. */
public final class Partnership {

    private final String manufacturerId;
    private final String partnerTenantId;
    private String priceListId;
    private PartnershipStatus status;
    private long version;

    private Partnership(String manufacturerId, String partnerTenantId, String priceListId, PartnershipStatus status,
            long version) {
        this.manufacturerId = Objects.requireNonNull(manufacturerId, "manufacturerId");
        this.partnerTenantId = Objects.requireNonNull(partnerTenantId, "partnerTenantId");
        this.priceListId = Objects.requireNonNull(priceListId, "priceListId");
        this.status = Objects.requireNonNull(status, "status");
        this.version = version;
    }

    /** Only storefronts and dealers buy from manufacturers. */
    public static boolean canPartnerWith(TenantKind kind) {
        return kind == TenantKind.STOREFRONT || kind == TenantKind.DEALER;
    }

    public static Partnership establish(String manufacturerId, String partnerTenantId, TenantKind partnerKind,
            String priceListId, PartnershipStatus status) {
        if (!canPartnerWith(partnerKind)) {
            throw new PartnerNotEligible(partnerTenantId, partnerKind);
        }
        return new Partnership(manufacturerId, partnerTenantId, priceListId, status, 1);
    }

    public static Partnership restore(String manufacturerId, String partnerTenantId, String priceListId,
            PartnershipStatus status, long version) {
        return new Partnership(manufacturerId, partnerTenantId, priceListId, status, version);
    }

    /** Assigns the price list and status; returns whether anything changed (the version moves on only then). */
    public boolean revise(String newPriceListId, PartnershipStatus newStatus) {
        if (priceListId.equals(newPriceListId) && status == newStatus) {
            return false;
        }
        priceListId = Objects.requireNonNull(newPriceListId, "priceListId");
        status = Objects.requireNonNull(newStatus, "status");
        version++;
        return true;
    }

    public boolean isActive() {
        return status == PartnershipStatus.ACTIVE;
    }

    public String manufacturerId() {
        return manufacturerId;
    }

    public String partnerTenantId() {
        return partnerTenantId;
    }

    public String priceListId() {
        return priceListId;
    }

    public PartnershipStatus status() {
        return status;
    }

    public long version() {
        return version;
    }
}
