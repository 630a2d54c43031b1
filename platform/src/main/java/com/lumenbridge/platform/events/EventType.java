package com.lumenbridge.platform.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names an integration event on the wire: its CloudEvents {@code type}
 * ({@code lumenbridge.<area>.<Name>.v<n>}) and the topic of its aggregate
 * ({@code <service>.<aggregate>.v<n>}, see {@link Topics}). Both are contract; the Java class name is not.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    String type();

    String topic();
}
