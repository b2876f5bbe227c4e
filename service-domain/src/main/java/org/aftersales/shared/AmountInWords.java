package org.aftersales.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in capital Chinese numerals (大写金额) as printed on quotations, settlements and invoices (R-C6), following
 * the usual rules for financial writing: 壹贰叁… with 拾佰仟万亿, one 零 for any run of zeros inside the number, 元, then
 * 角 and 分, and 整 when there are no 角 or 分 (1358.02 → 壹仟叁佰伍拾捌元零贰分; 100100.50 → 壹拾万零壹佰元伍角).
 */
public final class AmountInWords {

    private static final char[] DIGITS = "零壹贰叁肆伍陆柒捌玖".toCharArray();
    private static final String[] PLACES = {"仟", "佰", "拾", ""};
    private static final long MAX = 9_999_999_999_999L;

    private AmountInWords() {}

    public static String of(Money money) {
        return of(money.amount());
    }

    public static String of(BigDecimal amount) {
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        String sign = rounded.signum() < 0 ? "负" : "";
        BigDecimal absolute = rounded.abs();
        long yuan = absolute.longValue();
        if (yuan > MAX) {
            throw new IllegalArgumentException("too large for capital numerals: " + amount);
        }
        int cents =
                absolute.movePointRight(2).remainder(BigDecimal.valueOf(100)).intValue();
        int jiao = cents / 10;
        int fen = cents % 10;
        StringBuilder words = new StringBuilder(sign).append(integerPart(yuan));
        if (jiao == 0 && fen == 0) {
            return words.append(yuan == 0 ? "零元整" : "元整").toString();
        }
        if (yuan > 0) {
            words.append('元');
        }
        if (jiao > 0) {
            words.append(DIGITS[jiao]).append('角');
        } else if (yuan > 0) {
            words.append('零');
        }
        if (fen > 0) {
            words.append(DIGITS[fen]).append('分');
        }
        return words.toString();
    }

    /** 亿, 万 and units groups of four digits; a zero run between groups is one 零. */
    private static String integerPart(long yuan) {
        long[] groups = {yuan / 100_000_000L, (yuan / 10_000L) % 10_000L, yuan % 10_000L};
        String[] units = {"亿", "万", ""};
        StringBuilder words = new StringBuilder();
        boolean zeroPending = false;
        for (int i = 0; i < groups.length; i++) {
            int group = (int) groups[i];
            if (group == 0) {
                zeroPending = words.length() > 0;
                continue;
            }
            if (words.length() > 0 && (zeroPending || group < 1000)) {
                words.append('零');
            }
            words.append(fourDigits(group)).append(units[i]);
            zeroPending = false;
        }
        return words.toString();
    }

    private static String fourDigits(int group) {
        StringBuilder words = new StringBuilder();
        int[] digits = {group / 1000, (group / 100) % 10, (group / 10) % 10, group % 10};
        boolean started = false;
        boolean zeroPending = false;
        for (int i = 0; i < 4; i++) {
            if (digits[i] == 0) {
                zeroPending = started;
                continue;
            }
            if (zeroPending) {
                words.append('零');
            }
            words.append(DIGITS[digits[i]]).append(PLACES[i]);
            started = true;
            zeroPending = false;
        }
        return words.toString();
    }
}
