package com.lumenbridge.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InternalTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final KeyPair keys = InternalTokenKeys.generate();
    private final Caller caller = new Caller("t-1", TenantKind.DEALER, Set.of(Scope.STORES_READ, Scope.INVENTORY_WRITE));

    private InternalTokenIssuer issuerAt(Instant instant) {
        return new InternalTokenIssuer((ECPrivateKey) keys.getPrivate(), Duration.ofSeconds(60),
            Clock.fixed(instant, ZoneOffset.UTC));
    }

    private InternalTokenVerifier verifierAt(Instant instant) {
        return new InternalTokenVerifier((ECPublicKey) keys.getPublic(), Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void restoresTheCallerFromAMintedToken() {
        String token = issuerAt(NOW).mint(caller);

        assertThat(verifierAt(NOW.plusSeconds(30)).verify(token)).isEqualTo(caller);
    }

    @Test
    void refusesATokenPastItsExpiry() {
        String token = issuerAt(NOW).mint(caller);

        assertThatThrownBy(() -> verifierAt(NOW.plusSeconds(66)).verify(token))
            .isInstanceOf(InvalidInternalToken.class).hasMessageContaining("expired");
    }

    @Test
    void refusesATokenOnceExpiredEvenIfItWasVerifiedBefore() {
        String token = issuerAt(NOW).mint(caller);
        Instant[] now = {NOW};
        InternalTokenVerifier verifier = new InternalTokenVerifier((ECPublicKey) keys.getPublic(), new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        });
        verifier.verify(token);
        now[0] = NOW.plusSeconds(120);

        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(InvalidInternalToken.class);
    }

    @Test
    void refusesATokenSignedWithAnotherKey() {
        InternalTokenIssuer forger = new InternalTokenIssuer((ECPrivateKey) InternalTokenKeys.generate().getPrivate(),
            Duration.ofSeconds(60), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> verifierAt(NOW).verify(forger.mint(caller)))
            .isInstanceOf(InvalidInternalToken.class).hasMessageContaining("signature");
    }

    @Test
    void refusesATamperedPayload() {
        String token = issuerAt(NOW).mint(caller);
        String[] parts = token.split("\\.");
        String otherPayload = issuerAt(NOW).mint(new Caller("t-2", TenantKind.OPERATOR, Set.of(Scope.ADMIN))).split("\\.")[1];

        assertThatThrownBy(() -> verifierAt(NOW).verify(parts[0] + "." + otherPayload + "." + parts[2]))
            .isInstanceOf(InvalidInternalToken.class);
    }

    @Test
    void refusesMissingAndGarbageTokens() {
        assertThatThrownBy(() -> verifierAt(NOW).verify(null)).isInstanceOf(InvalidInternalToken.class);
        assertThatThrownBy(() -> verifierAt(NOW).verify("not-a-jwt")).isInstanceOf(InvalidInternalToken.class)
            .hasMessageContaining("malformed");
    }

    @Test
    void keysSurviveTheirBase64Form() {
        String token = new InternalTokenIssuer(InternalTokenKeys.privateKey(InternalTokenKeys.encode(keys.getPrivate())),
            Duration.ofSeconds(60), Clock.fixed(NOW, ZoneOffset.UTC)).mint(caller);

        InternalTokenVerifier verifier = new InternalTokenVerifier(
            InternalTokenKeys.publicKey(InternalTokenKeys.encode(keys.getPublic())), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(verifier.verify(token)).isEqualTo(caller);
    }

    @Test
    void aMissingKeyIsAClearConfigurationError() {
        assertThatThrownBy(() -> InternalTokenKeys.publicKey(""))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("LUMENBRIDGE_INTERNAL_TOKEN_PUBLIC_KEY");
    }

    @Test
    void internalHeadersAreRecognisedWhateverTheirCase() {
        assertThat(InternalHeaders.isInternal("x-lb-internal-token")).isTrue();
        assertThat(InternalHeaders.isInternal("X-LB-Tenant")).isTrue();
        assertThat(InternalHeaders.isInternal("X-Request-Id")).isFalse();
    }
}
