/** The offline sale's rules: lines it sells, and how it moves from pending to recorded or refused. */
package com.lumenbridge.store.sale.domain;
