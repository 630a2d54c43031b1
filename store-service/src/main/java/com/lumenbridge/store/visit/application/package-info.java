/** Recording a visit for the owning dealer. */
package com.lumenbridge.store.visit.application;
