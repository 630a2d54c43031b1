/** Mongo storage of segments and their size counters. */
package com.lumenbridge.crm.segment.persistence;
