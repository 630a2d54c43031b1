/** Periodic background jobs that start and stop with the application. */
package com.lumenbridge.platform.scheduling;
