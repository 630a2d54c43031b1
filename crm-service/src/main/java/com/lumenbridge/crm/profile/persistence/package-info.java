/** Mongo storage of profiles, the identity index, activity links and the product projection. */
package com.lumenbridge.crm.profile.persistence;
