/** The customer profile: history of touches, identity, consent, derived fields, classification, RFM and merge rules. */
package com.lumenbridge.crm.profile.domain;
