/** Customer profiles built from orders, store activity and legacy imports: identity, merge, consent, derived fields. */
package com.lumenbridge.crm.profile;
