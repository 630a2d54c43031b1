package com.lumenbridge.platform.identity;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Base64;

/**
 * EC P-256 keys for the internal token, as base64 DER: the gateway holds the private key, every
 * service only the public one, so a compromised service cannot mint tokens for other tenants.
 */
public final class InternalTokenKeys {

    private InternalTokenKeys() {
    }

    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot make EC P-256 keys", e);
        }
    }

    public static String encode(java.security.Key key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static ECPublicKey publicKey(String base64) {
        try {
            return (ECPublicKey) KeyFactory.getInstance("EC")
                .generatePublic(new X509EncodedKeySpec(decode(base64, "public")));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("The internal token public key is not an EC X.509 key", e);
        }
    }

    public static ECPrivateKey privateKey(String base64) {
        try {
            return (ECPrivateKey) KeyFactory.getInstance("EC")
                .generatePrivate(new PKCS8EncodedKeySpec(decode(base64, "private")));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("The internal token private key is not an EC PKCS#8 key", e);
        }
    }

    private static byte[] decode(String base64, String which) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalArgumentException("No internal token " + which + " key is configured "
                + "(LUMENBRIDGE_INTERNAL_TOKEN_" + which.toUpperCase() + "_KEY)");
        }
        return Base64.getDecoder().decode(base64.trim());
    }
}
