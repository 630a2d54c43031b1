package com.lumenbridge.launcher;

/** The internal-token key pair as the services read it: base64 X.509 public and PKCS#8 private key. */
record TokenKeys(String publicKey, String privateKey) {

    @Override
    public String toString() {
        return "TokenKeys[publicKey=" + publicKey + ", privateKey=***]";
    }
}
