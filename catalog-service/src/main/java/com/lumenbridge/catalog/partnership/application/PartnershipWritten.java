package com.lumenbridge.catalog.partnership.application;

import com.lumenbridge.catalog.partnership.domain.Partnership;

/** Published in-process right after a partnership was stored, so this instance's search reflects it at once. */
public record PartnershipWritten(Partnership partnership) {
}
