/** RFC 9457 Problem Details: stable problem types, the exceptions application code throws, and the handlers that render them. */
package com.lumenbridge.platform.problem;
