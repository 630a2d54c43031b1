package com.lumenbridge.order.order.domain;

/** The change is not the asking party's to make (a dealer cancelling, a storefront marking ready). */
public class PartyMayNot extends RuntimeException {

    public PartyMayNot(Party party, Transition transition) {
        super("the " + party.name().toLowerCase().replace('_', ' ') + " of an order may not "
            + transition.name().toLowerCase().replace('_', ' ') + " it");
    }
}
