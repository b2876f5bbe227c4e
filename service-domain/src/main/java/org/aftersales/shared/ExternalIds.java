package org.aftersales.shared;

import java.util.regex.Pattern;

/**
 * The ERP's keys (issue 17, GLOSSARY 外部编号 {@code externalId}): records the ERP owns carry its key, and the ERP
 * addresses them by it ({@code PUT /{kind}/by-external-id/{externalId}}). One rule for every kind.
 */
public final class ExternalIds {

    /** The longest key taken. */
    public static final int LENGTH = 64;

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._-]{1," + LENGTH + "}");

    private ExternalIds() {}

    /** The key as given, or a refusal naming {@code externalId} when it is not 1–64 of {@code A–Z a–z 0–9 . _ -}. */
    public static String checked(String externalId) {
        if (externalId == null || !FORM.matcher(externalId).matches()) {
            throw new BusinessException("externalId", "externalId.error.form", LENGTH);
        }
        return externalId;
    }
}
