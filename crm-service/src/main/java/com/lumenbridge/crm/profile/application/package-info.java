/** Profile use cases: resolve a touch to one person (creating or merging), apply activity, erase, recompute. */
package com.lumenbridge.crm.profile.application;
