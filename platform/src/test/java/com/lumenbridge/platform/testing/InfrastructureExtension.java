package com.lumenbridge.platform.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Starts the JVM's {@link EmbeddedInfrastructure} before a test class's Spring context loads. */
public class InfrastructureExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        EmbeddedInfrastructure.start();
    }
}
