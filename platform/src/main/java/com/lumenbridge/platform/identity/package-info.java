/** Who is calling: the gateway's signed internal token, its verification in every service, and the caller of the current request. */
package com.lumenbridge.platform.identity;
