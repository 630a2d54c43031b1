package com.lumenbridge.gateway.tenancy.web;

import com.lumenbridge.gateway.tenancy.application.IssueApiKey;
import com.lumenbridge.gateway.tenancy.application.PageRequest;
import com.lumenbridge.gateway.tenancy.application.ReadApiKeys;
import com.lumenbridge.gateway.tenancy.application.ReadTenants;
import com.lumenbridge.gateway.tenancy.application.RegisterTenant;
import com.lumenbridge.gateway.tenancy.application.RevokeApiKey;
import com.lumenbridge.gateway.tenancy.web.AdminViews.ApiKeyList;
import com.lumenbridge.gateway.tenancy.web.AdminViews.ApiKeyView;
import com.lumenbridge.gateway.tenancy.web.AdminViews.IssueApiKeyRequest;
import com.lumenbridge.gateway.tenancy.web.AdminViews.IssuedApiKeyView;
import com.lumenbridge.gateway.tenancy.web.AdminViews.RegisterTenantRequest;
import com.lumenbridge.gateway.tenancy.web.AdminViews.TenantPage;
import com.lumenbridge.gateway.tenancy.web.AdminViews.TenantView;
import com.lumenbridge.platform.problem.BadRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The operator's admin API. The edge has already checked that the caller is the operator with
 * scope {@code admin}; the use cases block on MongoDB, so they run on the bounded elastic pool.
 */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Admin", description = "Tenants and API keys (operator only, scope admin)")
class TenancyAdminController {

    private final RegisterTenant registerTenant;
    private final ReadTenants readTenants;
    private final IssueApiKey issueApiKey;
    private final ReadApiKeys readApiKeys;
    private final RevokeApiKey revokeApiKey;
    private final Clock clock;

    TenancyAdminController(RegisterTenant registerTenant, ReadTenants readTenants, IssueApiKey issueApiKey,
            ReadApiKeys readApiKeys, RevokeApiKey revokeApiKey, Clock clock) {
        this.registerTenant = registerTenant;
        this.readTenants = readTenants;
        this.issueApiKey = issueApiKey;
        this.readApiKeys = readApiKeys;
        this.revokeApiKey = revokeApiKey;
        this.clock = clock;
    }

    @PostMapping("/tenants")
    @Operation(summary = "Register a tenant", description = "Announces it on gateway.tenant.v1")
    Mono<ResponseEntity<TenantView>> registerTenant(@RequestBody RegisterTenantRequest request) {
        return blocking(() -> registerTenant.register(request.name(), request.kind()))
            .map(tenant -> ResponseEntity.created(URI.create("/api/admin/tenants/" + tenant.id().value()))
                .body(TenantView.of(tenant)));
    }

    @GetMapping("/tenants")
    @Operation(summary = "List tenants in registration order", description = "size is capped at 100")
    Mono<TenantPage> listTenants(@RequestParam(defaultValue = "0") String page,
            @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) String size) {
        PageRequest request = new PageRequest(wholeNumber("page", page), wholeNumber("size", size));
        return blocking(() -> TenantPage.of(readTenants.list(request)));
    }

    @GetMapping("/tenants/{id}")
    @Operation(summary = "Read a tenant")
    Mono<TenantView> getTenant(@PathVariable String id) {
        return blocking(() -> TenantView.of(readTenants.get(id)));
    }

    @PostMapping("/tenants/{id}/api-keys")
    @Operation(summary = "Issue an API key", description = "The response is the only time the key is shown")
    Mono<ResponseEntity<IssuedApiKeyView>> issueApiKey(@PathVariable String id,
            @RequestBody IssueApiKeyRequest request) {
        return blocking(() -> issueApiKey.issue(id, request.scopes(), request.expiresAt()))
            .map(issued -> ResponseEntity.status(HttpStatus.CREATED).body(IssuedApiKeyView.of(issued)));
    }

    @GetMapping("/tenants/{id}/api-keys")
    @Operation(summary = "List a tenant's API keys", description = "Never shows a key or its hash")
    Mono<ApiKeyList> listApiKeys(@PathVariable String id) {
        return blocking(() -> new ApiKeyList(readApiKeys.ofTenant(id).stream()
            .map(key -> ApiKeyView.of(key, clock.instant())).toList()));
    }

    @DeleteMapping("/api-keys/{keyId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke an API key", description = "Idempotent; takes effect at once")
    Mono<Void> revokeApiKey(@PathVariable String keyId) {
        return blocking(() -> revokeApiKey.revoke(keyId)).then();
    }

    private static int wholeNumber(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " must be a whole number");
        }
    }

    private static <T> Mono<T> blocking(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
