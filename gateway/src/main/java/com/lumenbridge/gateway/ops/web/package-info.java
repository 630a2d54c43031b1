/** The operator's overview endpoint, {@code GET /api/admin/ops/overview}, read by the {@code /ops} page. */
package com.lumenbridge.gateway.ops.web;
