package com.lumenbridge.catalog.partnership.application;

import com.lumenbridge.catalog.partnership.domain.PartnerNotEligible;
import com.lumenbridge.catalog.partnership.domain.Partnership;
import com.lumenbridge.catalog.partnership.domain.PartnershipStatus;
import com.lumenbridge.catalog.pricing.application.PriceLists;
import com.lumenbridge.catalog.product.application.CatalogAccess;
import com.lumenbridge.catalog.product.application.CatalogProblems;
import com.lumenbridge.catalog.tenant.application.Tenants;
import com.lumenbridge.catalog.tenant.domain.Tenant;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.platform.problem.Conflict;
import com.lumenbridge.platform.problem.FieldError;
import com.lumenbridge.platform.problem.InvalidInput;
import com.lumenbridge.platform.problem.NotFound;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;

/**
 * A manufacturer's partnerships. The partner must be a tenant the gateway registered (unknown → 404)
 * and a storefront or dealer (422); the price list must be one of the manufacturer's (422).
 */
public class PartnershipService {

    private final Partnerships partnerships;
    private final PriceLists priceLists;
    private final Tenants tenants;
    private final ApplicationEventPublisher local;

    public PartnershipService(Partnerships partnerships, PriceLists priceLists, Tenants tenants,
            ApplicationEventPublisher local) {
        this.partnerships = partnerships;
        this.priceLists = priceLists;
        this.tenants = tenants;
        this.local = local;
    }

    public Put put(Caller caller, String partnerTenantId, String priceListId, String status) {
        CatalogAccess.requireWriter(caller);
        Tenant partner = tenants.find(partnerTenantId).orElseThrow(() -> new NotFound("Tenant", partnerTenantId));
        List<FieldError> errors = new ArrayList<>();
        if (!Partnership.canPartnerWith(partner.kind())) {
            errors.add(new FieldError("partnerTenantId", new PartnerNotEligible(partner.id(), partner.kind()).getMessage()));
        }
        if (priceListId == null || priceListId.isBlank()) {
            errors.add(new FieldError("priceListId", "is required"));
        } else if (priceLists.find(caller.tenantId(), priceListId).isEmpty()) {
            errors.add(new FieldError("priceListId", "names no price list of yours"));
        }
        Optional<PartnershipStatus> newStatus = Arrays.stream(PartnershipStatus.values())
            .filter(s -> s.name().equals(status)).findFirst();
        if (newStatus.isEmpty()) {
            errors.add(new FieldError("status", "must be ACTIVE or SUSPENDED"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Optional<Partnership> existing = partnerships.find(caller.tenantId(), partnerTenantId);
        if (existing.isEmpty()) {
            Partnership created = Partnership.establish(caller.tenantId(), partnerTenantId, partner.kind(), priceListId,
                newStatus.get());
            if (!partnerships.insert(created, List.of(PartnershipEvents.changed(created)))) {
                throw new Conflict(CatalogProblems.CONCURRENT_UPDATE, "The partnership was created concurrently");
            }
            local.publishEvent(new PartnershipWritten(created));
            return new Put(created, true);
        }
        Partnership partnership = existing.get();
        long before = partnership.version();
        if (partnership.revise(priceListId, newStatus.get())) {
            if (!partnerships.update(partnership, before, List.of(PartnershipEvents.changed(partnership)))) {
                throw new Conflict(CatalogProblems.CONCURRENT_UPDATE, "The partnership was changed concurrently");
            }
            local.publishEvent(new PartnershipWritten(partnership));
        }
        return new Put(partnership, false);
    }

    /** A manufacturer's partnerships, or, for a storefront or dealer, the partnerships naming it. */
    public List<Partnership> list(Caller caller) {
        CatalogAccess.requireReader(caller);
        if (caller.is(TenantKind.MANUFACTURER)) {
            return partnerships.ofManufacturer(caller.tenantId());
        }
        if (Partnership.canPartnerWith(caller.kind())) {
            return partnerships.ofPartner(caller.tenantId());
        }
        return List.of();
    }

    public record Put(Partnership partnership, boolean created) {
    }
}
