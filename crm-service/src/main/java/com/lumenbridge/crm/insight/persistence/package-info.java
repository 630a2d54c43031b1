/** Mongo storage of insight facts: a small field of each profile document, read alone. */
package com.lumenbridge.crm.insight.persistence;
