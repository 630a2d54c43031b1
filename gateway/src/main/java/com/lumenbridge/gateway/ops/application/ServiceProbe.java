package com.lumenbridge.gateway.ops.application;

import com.lumenbridge.gateway.ops.domain.ServiceReading;
import reactor.core.publisher.Mono;

/** Reads one service's health and metrics; never fails: what went wrong is in the reading. */
public interface ServiceProbe {

    String service();

    Mono<ServiceReading> read();
}
