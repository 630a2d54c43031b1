/** Spring Boot auto-configuration that gives every LumenBridge application the platform. */
package com.lumenbridge.platform.autoconfigure;
