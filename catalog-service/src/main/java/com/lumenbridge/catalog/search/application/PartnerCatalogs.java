package com.lumenbridge.catalog.search.application;

import com.lumenbridge.catalog.partnership.domain.Partnership;
import com.lumenbridge.catalog.pricing.domain.PriceList;
import com.lumenbridge.catalog.search.domain.Audience;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.TenantKind;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This instance's in-memory copy of every partnership and price list, so a search decides what a
 * partner sees and at which price without reading MongoDB. Rebuilt at start-up and kept current by
 * {@code catalog.partnership.v1}; the highest version of each wins, whatever order they arrive in.
 */
public class PartnerCatalogs {

    private final Map<String, PriceList> priceLists = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Partnership>> partnershipsByPartner = new ConcurrentHashMap<>();

    public void apply(PriceList list) {
        priceLists.merge(list.manufacturerId() + ":" + list.priceListId(), list,
            (held, offered) -> offered.version() > held.version() ? offered : held);
    }

    public void apply(Partnership partnership) {
        partnershipsByPartner.computeIfAbsent(partnership.partnerTenantId(), p -> new ConcurrentHashMap<>())
            .merge(partnership.manufacturerId(), partnership,
                (held, offered) -> offered.version() > held.version() ? offered : held);
    }

    /** What {@code caller} may find, and at which prices. */
    public Audience audienceFor(Caller caller) {
        if (caller.is(TenantKind.MANUFACTURER)) {
            return new Audience.Owner(caller.tenantId());
        }
        if (!Partnership.canPartnerWith(caller.kind())) {
            return new Audience.Nobody();
        }
        Map<String, PriceList> lists = new HashMap<>();
        partnershipsByPartner.getOrDefault(caller.tenantId(), Map.of()).values().stream()
            .filter(Partnership::isActive)
            .forEach(p -> {
                PriceList list = priceLists.get(p.manufacturerId() + ":" + p.priceListId());
                if (list != null) {
                    lists.put(p.manufacturerId(), list);
                }
            });
        return new Audience.Partner(caller.tenantId(), lists);
    }
}
