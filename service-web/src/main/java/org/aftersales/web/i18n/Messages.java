package org.aftersales.web.i18n;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one resource bundle of the application ({@code org.aftersales.web.i18n.messages}), for pages, the exception
 * handler and the API's problem details alike. zh_CN is the first language, en the second.
 */
public final class Messages {

    public static final String BUNDLE = "org.aftersales.web.i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Messages() {}

    /** zh_CN unless the locale asks for English. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? ENGLISH : CHINESE;
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                BUNDLE,
                supported(locale),
                Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String text(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        if (arguments == null || arguments.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = arguments[i] instanceof String word
                            && (word.startsWith("entity.") || word.startsWith("ComplaintSubject."))
                    ? text(locale, word)
                    : arguments[i] instanceof Instant instant
                            ? INSTANT.format(instant.atZone(ZoneId.of("Asia/Shanghai")))
                            : arguments[i] == null ? "" : arguments[i].toString();
        }
        return new MessageFormat(pattern, supported(locale)).format(shown);
    }
}
