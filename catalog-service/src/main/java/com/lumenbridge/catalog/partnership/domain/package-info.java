/** Partnerships: which storefronts and dealers a manufacturer sells through, at which price list, active or suspended. */
package com.lumenbridge.catalog.partnership.domain;
