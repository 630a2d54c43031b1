/** HTTP API of segments. */
package com.lumenbridge.crm.segment.web;
