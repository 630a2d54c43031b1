/** The transactional outbox: events embedded in the aggregate document and the relay that publishes them at least once. */
package com.lumenbridge.platform.outbox;
