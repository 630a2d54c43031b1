package com.lumenbridge.catalog.product.application;

import com.lumenbridge.platform.identity.Caller;
import com.lumenbridge.platform.identity.Scope;
import com.lumenbridge.platform.identity.TenantKind;
import com.lumenbridge.platform.problem.ApiException;
import com.lumenbridge.platform.problem.ProblemTypes;

/** Who may use the catalog's business APIs at all; what each may see is decided per use case. */
public final class CatalogAccess {

    private CatalogAccess() {
    }

    /** Products, price lists and partnerships are written only by manufacturers holding {@code catalog:write}. */
    public static void requireWriter(Caller caller) {
        caller.require(Scope.CATALOG_WRITE);
        if (!caller.is(TenantKind.MANUFACTURER)) {
            throw new ManufacturersOnly();
        }
    }

    /** Reads need {@code catalog:read}; visibility rules then decide what the caller finds. */
    public static void requireReader(Caller caller) {
        caller.require(Scope.CATALOG_READ);
    }

    /** A storefront, dealer or operator tried to write the catalog (403). */
    public static class ManufacturersOnly extends ApiException {

        public ManufacturersOnly() {
            super(403, ProblemTypes.FORBIDDEN, "Forbidden", "Only manufacturers write the catalog");
        }
    }
}
