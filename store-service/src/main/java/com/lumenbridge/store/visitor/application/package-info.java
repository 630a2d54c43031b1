/** What of a visitor goes out on {@code store.activity.v1}: the person only with their consent to be recorded. */
package com.lumenbridge.store.visitor.application;
