/** The insights use case. */
package com.lumenbridge.crm.insight.application;
