package org.aftersales.project;

import java.util.Locale;
import java.util.regex.Pattern;
import org.aftersales.shared.BusinessException;

/**
 * The unified social credit code (统一社会信用代码) that identifies an owner as a legal person (issue 17), by the rule of
 * GB 32100-2015 《法人和其他组织统一社会信用代码编码规则》: 18 characters — the registration authority and the kind of
 * organisation (one character each), the administrative division of the registering office (six digits), the
 * organisation's own code (nine characters) and a check character. Letters are the 31 of {@link #CHARACTERS} (no I, O,
 * S, V, Z, so that none is read as a digit). The check character is the one whose value makes the weighted sum of all
 * eighteen a multiple of 31, the weight of position {@code i} (from 0) being {@code 3^i mod 31}: a code typed with one
 * character wrong or two neighbours swapped is refused before it is stored.
 */
public final class CreditCode {

    public static final int LENGTH = 18;

    static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final Pattern FORM = Pattern.compile("[0-9A-HJ-NP-RTUW-Y]{2}[0-9]{6}[0-9A-HJ-NP-RTUW-Y]{10}");

    private CreditCode() {}

    /**
     * The code in capitals without surrounding blanks, {@code null} when none was given; a text that is no valid code is
     * refused on {@code field}: one message for the form, another for a wrong check character.
     */
    public static String checked(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (!FORM.matcher(code).matches()) {
            throw new BusinessException(field, "owner.error.creditCodeForm", LENGTH);
        }
        if (code.charAt(LENGTH - 1) != checkCharacter(code)) {
            throw new BusinessException(field, "owner.error.creditCodeCheck", code);
        }
        return code;
    }

    /** The check character of the first seventeen characters of {@code code} (GB 32100-2015, 5.3). */
    static char checkCharacter(String code) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += CHARACTERS.indexOf(code.charAt(i)) * weight;
            weight = weight * 3 % CHARACTERS.length();
        }
        int modulus = CHARACTERS.length();
        return CHARACTERS.charAt((modulus - sum % modulus) % modulus);
    }
}
