package com.lumenbridge.crm.profile.domain;

import com.lumenbridge.platform.events.crm.IdentityKeys;
import java.util.ArrayList;
import java.util.List;

/**
 * How to reach a person, normalised the one way every service agrees on ({@link IdentityKeys}):
 * email trimmed and lower-cased, phone in E.164. A value that does not normalise is dropped, never
 * guessed, so a typo cannot merge two people.
 */
public record Contact(String email, String phone, String name) {

    public static Contact of(String rawEmail, String rawPhone, String rawName) {
        String name = rawName == null || rawName.isBlank() ? null : rawName.strip();
        return new Contact(IdentityKeys.normalizeEmail(rawEmail).orElse(null),
            IdentityKeys.normalizePhone(rawPhone).orElse(null), name);
    }

    /** Whether there is anything to identify the person by. */
    public boolean identifies() {
        return email != null || phone != null;
    }

    /** The opaque identity keys of this contact: the email's first, then the phone's. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>(2);
        if (email != null) {
            keys.add(IdentityKeys.emailKey(email).orElseThrow());
        }
        if (phone != null) {
            keys.add(IdentityKeys.phoneKey(phone).orElseThrow());
        }
        return keys;
    }
}
