/** Reading and showing a visitor in the JSON of appointments, visits and sales. */
package com.lumenbridge.store.visitor.web;
