/** Segments: rules over profile fields, membership maintained as profiles change, sizes answered from a counter. */
package com.lumenbridge.crm.segment;
