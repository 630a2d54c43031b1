/** The crm service: customer profiles, identity, consent, segments and insights; reached only through the gateway. */
package com.lumenbridge.crm;
