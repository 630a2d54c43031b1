/**
 * The gateway's two web pages, {@code /ops} for the operator and {@code /console} for dealers:
 * static files that hold no data and call the public API with the key the person enters.
 */
package com.lumenbridge.gateway.pages;
