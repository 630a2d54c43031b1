/** How a servlet service sends its answers: whole, with their length, when they fit in 64 KiB. */
package com.lumenbridge.platform.servlet;
