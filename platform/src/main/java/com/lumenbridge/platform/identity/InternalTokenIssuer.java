package com.lumenbridge.platform.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/** Mints the gateway's internal token: an ES256 JWT naming tenant, kind and scopes. */
public final class InternalTokenIssuer {

    public static final String ISSUER = "lumenbridge-gateway";
    public static final String AUDIENCE = "lumenbridge-services";

    private final ECDSASigner signer;
    private final Duration lifetime;
    private final Clock clock;

    public InternalTokenIssuer(ECPrivateKey privateKey, Duration lifetime, Clock clock) {
        try {
            this.signer = new ECDSASigner(privateKey);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("Unusable internal token private key", e);
        }
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public Duration lifetime() {
        return lifetime;
    }

    public String mint(Caller caller) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .audience(AUDIENCE)
            .subject(caller.tenantId())
            .claim("kind", caller.kind().name())
            .claim("scope", caller.scopes().stream().map(Scope::wireName).sorted().toList())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(lifetime)))
            .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.ES256), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign the internal token", e);
        }
        return jwt.serialize();
    }
}
