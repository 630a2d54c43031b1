package com.lumenbridge.gateway.tenancy.application;

import com.lumenbridge.gateway.tenancy.domain.ApiKey;
import com.lumenbridge.gateway.tenancy.domain.ApiKeySecret;

/** A key just issued, with its secret: the only moment the secret exists outside the caller's hands. */
public record IssuedApiKey(ApiKey key, ApiKeySecret secret) {
}
