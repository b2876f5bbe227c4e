package org.aftersales.staff;

import org.aftersales.shared.BusinessException;

/**
 * The password rules for passwords people choose: at least 10 characters, letters and digits, not the user name.
 * (Demo users seeded in demo mode are exempt: their passwords are printed in the README.)
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {}

    public static void check(String username, char[] password) {
        String text = new String(password);
        if (text.length() < MIN_LENGTH) {
            throw new BusinessException("password", "user.error.passwordTooShort", MIN_LENGTH);
        }
        boolean letter = text.chars().anyMatch(Character::isLetter);
        boolean digit = text.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            throw new BusinessException("password", "user.error.passwordLettersAndDigits");
        }
        if (text.equalsIgnoreCase(username)) {
            throw new BusinessException("password", "user.error.passwordIsUsername");
        }
    }
}
