/** Insights over profiles that allowed analytics: preference distributions, channel shares, conversions. */
package com.lumenbridge.crm.insight.domain;
