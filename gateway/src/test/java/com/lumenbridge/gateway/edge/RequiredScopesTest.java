package com.lumenbridge.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.platform.identity.Scope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;

class RequiredScopesTest {

    @ParameterizedTest(name = "{0} {1} needs {2}")
    @CsvSource({
        "GET,    /api/catalog/search,             CATALOG_READ",
        "HEAD,   /api/catalog/products/AUR-1,     CATALOG_READ",
        "POST,   /api/catalog/products,           CATALOG_WRITE",
        "PUT,    /api/catalog/price-lists/eu,     CATALOG_WRITE",
        "POST,   /api/catalog/imports,            CATALOG_WRITE",
        "GET,    /api/stores/nearby,              STORES_READ",
        "PUT,    /api/stores/s1/inventory/AUR-1,  INVENTORY_WRITE",
        "POST,   /api/stores,                     INVENTORY_WRITE",
        "GET,    /api/orders,                     ORDERS_READ",
        "POST,   /api/orders/o1/cancel,           ORDERS_WRITE",
        "DELETE, /api/orders/webhook,             ORDERS_WRITE",
        "GET,    /api/crm/customers,              CRM_READ",
        "POST,   /api/crm/customers/c1/erase,     CRM_WRITE",
        "GET,    /api/admin/tenants,              ADMIN",
        "DELETE, /api/admin/api-keys/k1,          ADMIN"})
    void needsTheScopeOfItsAreaAndMethod(String method, String path, Scope scope) {
        assertThat(RequiredScopes.of(HttpMethod.valueOf(method), PathContainer.parsePath(path))).contains(scope);
    }

    @ParameterizedTest
    @CsvSource({"/api/catalogue/search", "/api/warehouse", "/api"})
    void needsNoScopeWhereNoAreaOwnsThePath(String path) {
        assertThat(RequiredScopes.of(HttpMethod.GET, PathContainer.parsePath(path))).isEmpty();
    }
}
