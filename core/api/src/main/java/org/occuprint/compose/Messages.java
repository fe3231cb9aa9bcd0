package org.occuprint.compose;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The wording for one locale: {@code messages.properties} (en-US), overlaid by
 * {@code messages_<language>.properties} and {@code messages_<language>_<COUNTRY>.properties} when present.
 * Loaded by hand rather than with {@code ResourceBundle.getBundle} so that the JVM's default locale never
 * takes part and the lookup works the same on the class path and the module path.
 */
final class Messages {
    private static final String BASE = "messages";
    private static final Map<Locale, Messages> CACHE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final Properties text;

    private Messages(Locale locale, Properties text) {
        this.locale = locale;
        this.text = text;
    }

    static Messages of(Locale locale) {
        return CACHE.computeIfAbsent(locale, Messages::load);
    }

    private static Messages load(Locale locale) {
        Properties p = new Properties();
        read(p, BASE + ".properties", true);
        if (!locale.getLanguage().equals("en")) {
            read(p, BASE + "_" + locale.getLanguage() + ".properties", false);
        }
        if (!locale.getCountry().isEmpty()) {
            read(p, BASE + "_" + locale.getLanguage() + "_" + locale.getCountry() + ".properties", false);
        }
        return new Messages(locale, p);
    }

    private static void read(Properties into, String name, boolean required) {
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                if (required) {
                    throw new IllegalStateException("Resource org/occuprint/compose/" + name + " is missing");
                }
                return;
            }
            into.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Locale locale() {
        return locale;
    }

    boolean has(String key) {
        return text.containsKey(key);
    }

    /** The text for {@code key} with the arguments filled in. */
    String get(String key, Object... args) {
        String pattern = text.getProperty(key);
        if (pattern == null) {
            throw new MissingResourceException("No text for '" + key + "' in locale " + locale.toLanguageTag(),
                    Messages.class.getName(), key);
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }
}
