/** A visit and what of the visitor it keeps: their identity only with their consent to be recorded. */
package com.lumenbridge.store.visit.domain;
