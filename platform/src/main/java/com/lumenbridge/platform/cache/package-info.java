/** Reference documents that nearly every request reads, remembered for a moment. */
package com.lumenbridge.platform.cache;
