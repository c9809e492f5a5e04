package org.loungehub.normalize;

import java.util.Optional;

/**
 * A person's e-mail address and phone number in the form listings store them (lower-case address; E.164 phone
 * where the number says enough), for whoever must recognise them outside intake: erasure requests, the check of
 * new records against erased people.
 */
public final class ContactValues {

    private static final WebAddresses WEB = new WebAddresses();
    private static final PhoneNumbers PHONES = new PhoneNumbers();

    private ContactValues() {
    }

    public static Optional<String> email(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.ofNullable(WEB.email(raw).value());
    }

    /** @param country the listing's ISO 3166-1 alpha-2 country, which reads national numbers; null when unknown */
    public static Optional<String> phone(String raw, String country) {
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.ofNullable(PHONES.normalize(raw, country).value());
    }
}
