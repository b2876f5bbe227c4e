package org.aftersales.shared;

import java.util.regex.Pattern;

/** Small normalisations of what a person typed, shared by the entities that keep names, phones and e-mails. */
public final class Inputs {

    /** Deliberately loose: one "@", something on both sides, a dot in the domain, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Inputs() {}

    /** The text without surrounding blanks, or {@code null} when nothing but blanks was typed. */
    public static String stripToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * An e-mail address as typed (stripped), {@code null} when empty; a text that cannot be an address is refused
     * with {@code messageKey} on {@code field}.
     */
    public static String email(String field, String text, String messageKey) {
        String email = stripToNull(text);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new BusinessException(field, messageKey, email);
        }
        return email;
    }
}
