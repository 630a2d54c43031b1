/**
 * The local launcher behind {@code ./lumenbridge}: starts Kafka (KRaft), a mongo-java-server and the
 * five services as background processes, waits until they are ready, and stops only what it started.
 */
package com.lumenbridge.launcher;
