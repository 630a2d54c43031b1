/** A visitor as an embedded document of an appointment, visit or sale. */
package com.lumenbridge.store.visitor.persistence;
