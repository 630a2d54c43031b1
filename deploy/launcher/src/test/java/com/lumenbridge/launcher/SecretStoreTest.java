package com.lumenbridge.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lumenbridge.platform.identity.InternalTokenKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Signature;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretStoreTest {

    @TempDir
    Path home;

    @Test
    void makesTheTokenKeyPairOnceAndKeepsItOwnerOnly() throws Exception {
        SecretStore store = new SecretStore(home.resolve(".lumenbridge"));

        TokenKeys first = store.tokenKeys();
        TokenKeys second = new SecretStore(home.resolve(".lumenbridge")).tokenKeys();

        assertThat(second).isEqualTo(first);
        assertThat(Files.getPosixFilePermissions(store.publicKeyFile())).isEqualTo(OwnerOnlyFiles.OWNER_ONLY);
        assertThat(Files.getPosixFilePermissions(store.privateKeyFile())).isEqualTo(OwnerOnlyFiles.OWNER_ONLY);
        assertThat(Files.readString(store.publicKeyFile()).trim()).isEqualTo(first.publicKey());
        byte[] message = "tenant t-1".getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(InternalTokenKeys.privateKey(first.privateKey()));
        signer.update(message);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(InternalTokenKeys.publicKey(first.publicKey()));
        verifier.update(message);
        assertThat(verifier.verify(signature)).as("the public key belongs to the private one").isTrue();
        assertThat(InternalTokenKeys.publicKey(first.publicKey()).getParams().getCurve().getField().getFieldSize())
            .isEqualTo(256);
    }

    @Test
    void makesTheOperatorKeyOnceAndReadsItBackLater() throws Exception {
        SecretStore store = new SecretStore(home);

        OperatorKey created = store.operatorKey(Map.of());
        OperatorKey later = store.operatorKey(Map.of());

        assertThat(created.origin()).isEqualTo(OperatorKey.Origin.CREATED);
        assertThat(created.value()).matches("lbk_[A-Za-z0-9_-]{43}");
        assertThat(later).isEqualTo(new OperatorKey(created.value(), OperatorKey.Origin.STORED, store.operatorKeyFile()));
        assertThat(Files.getPosixFilePermissions(store.operatorKeyFile())).isEqualTo(OwnerOnlyFiles.OWNER_ONLY);
    }

    @Test
    void theOperatorKeyFromTheEnvironmentWinsAndIsNotStored() {
        SecretStore store = new SecretStore(home);

        OperatorKey key = store.operatorKey(Map.of(OperatorKey.VARIABLE, "lbk_from-the-environment-0123456789abcdef"));

        assertThat(key).isEqualTo(new OperatorKey("lbk_from-the-environment-0123456789abcdef",
            OperatorKey.Origin.ENVIRONMENT, null));
        assertThat(store.operatorKeyFile()).doesNotExist();
    }

    @Test
    void lookingForAnOperatorKeyNeverMakesOne() {
        SecretStore store = new SecretStore(home);

        assertThat(store.existingOperatorKey(Map.of())).isEmpty();
        assertThat(store.operatorKeyFile()).doesNotExist();
    }

    @Test
    void takesAwayAccessOthersWereGivenToAStoredKey() throws Exception {
        SecretStore store = new SecretStore(home);
        String key = store.operatorKey(Map.of()).value();
        Files.setPosixFilePermissions(store.operatorKeyFile(), PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(store.existingOperatorKey(Map.of())).map(OperatorKey::value).contains(key);
        assertThat(Files.getPosixFilePermissions(store.operatorKeyFile())).isEqualTo(OwnerOnlyFiles.OWNER_ONLY);
    }

    @Test
    void refusesDamagedTokenKeysWithAnActionableMessage() throws Exception {
        SecretStore store = new SecretStore(home);
        store.tokenKeys();
        Files.writeString(store.privateKeyFile(), "bm90IGEga2V5");

        assertThatThrownBy(store::tokenKeys).isInstanceOf(LauncherException.class)
            .hasMessageContaining("damaged").hasMessageContaining("internal-token-private.key");
    }
}
