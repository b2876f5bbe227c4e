package org.aftersales.notification;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of notifications and their e-mails, in {@code notifications.properties} (English) and
 * {@code notifications_zh_CN.properties}: rendered in the domain because mails go out after the commit, outside any
 * request and its user's language. Keys: {@code <NotificationKind>.subject} and {@code <NotificationKind>.text}; an enum argument is shown by
 * its {@code <EnumName>.<CONSTANT>} label there.
 */
public final class NotificationTexts {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final String BUNDLE = "org.aftersales.notification.notifications";

    private NotificationTexts() {}

    public static String subject(NotificationKind kind, Locale locale, Object... arguments) {
        return render(kind.name() + ".subject", locale, arguments);
    }

    public static String text(NotificationKind kind, Locale locale, Object... arguments) {
        return render(kind.name() + ".text", locale, arguments);
    }

    private static String render(String key, Locale locale, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                locale,
                NotificationTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Enum<?> constant) {
                String label = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
                shown[i] = bundle.containsKey(label) ? bundle.getString(label) : constant.name();
            }
        }
        return new MessageFormat(bundle.getString(key), locale).format(shown);
    }

    /** The locale of a user's stored choice: {@code en} or (default) {@code zh_CN}. */
    public static Locale localeOf(String userLocale) {
        return "en".equals(userLocale) ? ENGLISH : CHINESE;
    }
}
