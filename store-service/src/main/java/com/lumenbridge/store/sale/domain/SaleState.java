package com.lumenbridge.store.sale.domain;

/** {@code PENDING} while its lines are being taken; then {@code RECORDED} (all sold) or {@code REFUSED} (none sold). */
public enum SaleState {
    PENDING,
    RECORDED,
    REFUSED
}
