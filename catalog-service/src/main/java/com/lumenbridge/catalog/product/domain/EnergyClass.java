package com.lumenbridge.catalog.product.domain;

/** EU energy label classes (Regulation (EU) 2019/2015 rescaled the scale to A–G). */
public enum EnergyClass {
    A, B, C, D, E, F, G
}
