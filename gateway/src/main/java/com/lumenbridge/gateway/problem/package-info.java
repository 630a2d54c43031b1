/** Problem Details (RFC 9457) for every error path of the gateway, its own and its upstreams'. */
package com.lumenbridge.gateway.problem;
