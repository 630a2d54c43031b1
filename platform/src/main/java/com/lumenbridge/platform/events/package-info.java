/** Integration events: the contract records that cross Kafka, their wire names and the CloudEvents binary-mode headers. */
package com.lumenbridge.platform.events;
