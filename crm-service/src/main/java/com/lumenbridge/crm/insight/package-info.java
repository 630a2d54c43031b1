/** Insights: what a manufacturer's consenting customers prefer and how they convert, per base or segment. */
package com.lumenbridge.crm.insight;
