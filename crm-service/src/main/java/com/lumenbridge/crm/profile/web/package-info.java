/** HTTP API of customer profiles: read, look up by email or phone, export, erase. */
package com.lumenbridge.crm.profile.web;
