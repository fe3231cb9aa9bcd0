package org.occuprint.render.docx;

/**
 * The last line of defence before text reaches POI: removes what XML 1.0 cannot hold.
 *
 * <p>The composer already strips control characters, but a {@code ProfileDocument} can be built by hand,
 * and one illegal character makes the whole package unreadable in Word. Tabs and line breaks become
 * spaces (a run's text is one line; breaks are written as {@code w:br}), other C0 controls, unpaired
 * surrogates and U+FFFE/U+FFFF are dropped. POI does the escaping of {@code < & >}, except for XML written
 * by hand, which {@link #escape} escapes.
 */
final class XmlText {
    private XmlText() {
    }

    /** The text with every character that XML 1.0 forbids removed; the same instance when there are none. */
    static String clean(String s) {
        int bad = firstIllegal(s);
        if (bad < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        sb.append(s, 0, bad);
        for (int i = bad; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r') {
                sb.append(' ');
            } else if (allowed(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Appends the text {@linkplain #clean cleaned} and escaped for an XML attribute or element written by hand
     * (the drawings, which POI has no classes for), every character outside ASCII as a character reference
     * ({@code &#8211;} for an en dash). The drawings are written in ASCII so that the builder that holds them
     * keeps one byte a character and their UTF-8 is a copy of it: one en dash in a label would otherwise double
     * the builder and make the JVM encode the whole drawing character by character.
     */
    static void escape(StringBuilder sb, String s) {
        String clean = clean(s);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c < 0x80) {
                        sb.append(c);
                    } else {
                        int cp = clean.codePointAt(i);
                        sb.append("&#").append(cp).append(';');
                        i += Character.charCount(cp) - 1;
                    }
                }
            }
        }
    }

    private static int firstIllegal(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (!allowed(c) || c == '\t' || c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }

    /** A single UTF-16 unit that XML 1.0 allows on its own (surrogates are never allowed alone). */
    private static boolean allowed(char c) {
        return c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c == '\t' || c == '\n' || c == '\r';
    }
}
