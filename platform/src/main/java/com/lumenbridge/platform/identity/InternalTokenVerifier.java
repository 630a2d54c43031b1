package com.lumenbridge.platform.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Verifies the gateway's internal token. The gateway reuses one token per key for a while, so
 * verified tokens are remembered until they expire: an ECDSA check per request would cost more
 * than the request itself.
 */
public final class InternalTokenVerifier {

    private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    private final ECDSAVerifier verifier;
    private final Clock clock;
    private final Cache<String, Verified> verified = Caffeine.newBuilder()
        .maximumSize(10_000)
        .expireAfterWrite(Duration.ofMinutes(2))
        .build();

    public InternalTokenVerifier(ECPublicKey publicKey, Clock clock) {
        try {
            this.verifier = new ECDSAVerifier(publicKey);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("Unusable internal token public key", e);
        }
        this.clock = clock;
    }

    public Caller verify(String token) {
        if (token == null || token.isBlank()) {
            throw new InvalidInternalToken("No internal token: call this service through the gateway");
        }
        Verified hit = verified.get(token, this::parseAndCheckSignature);
        if (clock.instant().isAfter(hit.expiresAt().plus(CLOCK_SKEW))) {
            throw new InvalidInternalToken("The internal token has expired");
        }
        return hit.caller();
    }

    private Verified parseAndCheckSignature(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                throw new InvalidInternalToken("The internal token's signature is not valid");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!InternalTokenIssuer.ISSUER.equals(claims.getIssuer())
                || !claims.getAudience().contains(InternalTokenIssuer.AUDIENCE)) {
                throw new InvalidInternalToken("The internal token was not issued for the services");
            }
            Date exp = claims.getExpirationTime();
            if (exp == null || claims.getSubject() == null) {
                throw new InvalidInternalToken("The internal token lacks its subject or expiry");
            }
            return new Verified(new Caller(claims.getSubject(),
                TenantKind.valueOf(claims.getStringClaim("kind")), scopes(claims.getStringListClaim("scope"))),
                exp.toInstant());
        } catch (ParseException | JOSEException | IllegalArgumentException | NullPointerException e) {
            throw new InvalidInternalToken("The internal token is malformed");
        }
    }

    private static Set<Scope> scopes(List<String> names) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        if (names != null) {
            names.forEach(n -> Scope.fromWireName(n).ifPresent(scopes::add));
        }
        return scopes;
    }

    private record Verified(Caller caller, Instant expiresAt) {
    }
}
