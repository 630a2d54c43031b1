package com.lumenbridge.catalog.search.application;

import com.lumenbridge.catalog.product.application.CatalogAccess;
import com.lumenbridge.catalog.search.domain.Audience;
import com.lumenbridge.catalog.search.domain.SearchCriteria;
import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.problem.ServiceUnavailable;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** {@code GET /api/catalog/search} for one caller: the index, seen through the caller's audience. */
public class CatalogSearch {

    private final CatalogIndex index;
    private final PartnerCatalogs partners;
    private final SearchIndexBootstrap bootstrap;
    private final Timer ownerSearches;
    private final Timer partnerSearches;
    private final Timer otherSearches;

    public CatalogSearch(CatalogIndex index, PartnerCatalogs partners, SearchIndexBootstrap bootstrap, MeterRegistry meters) {
        this.index = index;
        this.partners = partners;
        this.bootstrap = bootstrap;
        this.ownerSearches = timer(meters, "owner");
        this.partnerSearches = timer(meters, "partner");
        this.otherSearches = timer(meters, "none");
    }

    private static Timer timer(MeterRegistry meters, String audience) {
        return Timer.builder("lumenbridge.catalog.search")
            .description("Catalog searches answered by the index, by audience")
            .tag("audience", audience)
            .publishPercentileHistogram()
            .register(meters);
    }

    public SearchPage search(Caller caller, SearchCriteria criteria) {
        CatalogAccess.requireReader(caller);
        if (!bootstrap.isReady()) {
            throw new ServiceUnavailable("The search index is being built; try again in a few seconds");
        }
        Audience audience = partners.audienceFor(caller);
        Timer timer = audience instanceof Audience.Owner ? ownerSearches
            : audience instanceof Audience.Partner ? partnerSearches : otherSearches;
        return timer.record(() -> index.search(audience, criteria));
    }
}
