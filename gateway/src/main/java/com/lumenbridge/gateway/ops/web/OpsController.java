package com.lumenbridge.gateway.ops.web;

import com.lumenbridge.gateway.ops.application.OpsOverview;
import com.lumenbridge.gateway.ops.application.ReadOpsOverview;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Under {@code /api/admin}, so the edge lets only the operator in. */
@RestController
@Tag(name = "Operations", description = "Live health and metrics of every service (operator only, scope admin)")
class OpsController {

    private final ReadOpsOverview overview;

    OpsController(ReadOpsOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/api/admin/ops/overview")
    @Operation(summary = "Every service's health, request and error rates, latency percentiles, breakers, lag, backlog and business figures",
        description = "Reads each service's /actuator/health and /actuator/prometheus now; rates are over the time since the previous call")
    Mono<ResponseEntity<OpsOverview>> overview() {
        return overview.read().map(body -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body));
    }
}
