/** Segment use cases: create with a background evaluation of the base, membership maintained on every profile write, sizes, members. */
package com.lumenbridge.crm.segment.application;
