package com.lumenbridge.platform.identity;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET <base-path>/whoami}: the identity that reached this service through the gateway.
 * Lets a partner check which tenant and scopes its API key stands for, and lets operators check
 * the gateway-to-service wiring end to end.
 */
@RestController
public class WhoAmIController {

    private final String service;

    public WhoAmIController(String service) {
        this.service = service;
    }

    @GetMapping("${lumenbridge.api.base-path}/whoami")
    public WhoAmI whoAmI(Caller caller) {
        return new WhoAmI(caller.tenantId(), caller.kind(), caller.scopes().stream().map(Scope::wireName).sorted().toList(),
            service);
    }

    public record WhoAmI(String tenantId, TenantKind kind, List<String> scopes, String service) {
    }
}
