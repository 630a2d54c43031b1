/** Partnership use cases: a manufacturer puts its partnership with a known storefront or dealer; both sides list theirs. */
package com.lumenbridge.catalog.partnership.application;
