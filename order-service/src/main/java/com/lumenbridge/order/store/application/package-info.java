/** The guarded store-service read and the pre-storage store check built on it, with its short cache. */
package com.lumenbridge.order.store.application;
