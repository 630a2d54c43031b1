package com.lumenbridge.launcher;

import com.lumenbridge.platform.identity.InternalTokenKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The internal-token key pair and the operator key: made once, kept in the state directory,
 * readable by the owner only (0600), and read back by every later {@code up}.
 */
final class SecretStore {

    private final SecureRandom random = new SecureRandom();
    private final Path home;

    SecretStore(Path home) {
        this.home = home;
    }

    Path publicKeyFile() {
        return home.resolve("internal-token-public.key");
    }

    Path privateKeyFile() {
        return home.resolve("internal-token-private.key");
    }

    Path operatorKeyFile() {
        return home.resolve("operator.key");
    }

    /** The EC P-256 pair the gateway signs internal tokens with; both halves are made together. */
    TokenKeys tokenKeys() {
        if (Files.isRegularFile(publicKeyFile()) && Files.isRegularFile(privateKeyFile())) {
            TokenKeys keys = new TokenKeys(OwnerOnlyFiles.read(publicKeyFile()), OwnerOnlyFiles.read(privateKeyFile()));
            try {
                InternalTokenKeys.publicKey(keys.publicKey());
                InternalTokenKeys.privateKey(keys.privateKey());
            } catch (IllegalArgumentException e) {
                throw new LauncherException("The internal token keys in " + home + " are damaged (" + e.getMessage()
                    + "). Delete " + publicKeyFile().getFileName() + " and " + privateKeyFile().getFileName()
                    + " and run up again: a new pair is made.", e);
            }
            return keys;
        }
        KeyPair pair = InternalTokenKeys.generate();
        TokenKeys keys = new TokenKeys(InternalTokenKeys.encode(pair.getPublic()), InternalTokenKeys.encode(pair.getPrivate()));
        OwnerOnlyFiles.write(privateKeyFile(), keys.privateKey());
        OwnerOnlyFiles.write(publicKeyFile(), keys.publicKey());
        return keys;
    }

    /** From the environment when set; otherwise the stored key, made and stored on first use. */
    OperatorKey operatorKey(Map<String, String> env) {
        return existingOperatorKey(env).orElseGet(() -> {
            String key = "lbk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
            OwnerOnlyFiles.write(operatorKeyFile(), key + "\n");
            return new OperatorKey(key, OperatorKey.Origin.CREATED, operatorKeyFile());
        });
    }

    /** The operator key if one is set or stored; never makes one. */
    Optional<OperatorKey> existingOperatorKey(Map<String, String> env) {
        String fromEnv = env.get(OperatorKey.VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(new OperatorKey(fromEnv.trim(), OperatorKey.Origin.ENVIRONMENT, null));
        }
        if (Files.isRegularFile(operatorKeyFile())) {
            return Optional.of(new OperatorKey(OwnerOnlyFiles.read(operatorKeyFile()), OperatorKey.Origin.STORED, operatorKeyFile()));
        }
        return Optional.empty();
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
