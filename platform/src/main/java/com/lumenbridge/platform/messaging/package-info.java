/** Consuming integration events: per-topic listener containers with deduplication, commit after handling, bounded retries and a dead-letter topic. */
package com.lumenbridge.platform.messaging;
