/** HTTP API of insights. */
package com.lumenbridge.crm.insight.web;
