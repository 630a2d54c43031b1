/** Reading every service at once and keeping each one's previous scrape, so rates have a window. */
package com.lumenbridge.gateway.ops.application;
