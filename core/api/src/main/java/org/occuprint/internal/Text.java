package org.occuprint.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Cleans text from data before it is printed: NFC normalization, control characters, unpaired surrogates
 * and non-characters removed, white space collapsed.
 */
public final class Text {
    private Text() {
    }

    /** One line of text: every run of white space (line breaks included) becomes one space; trimmed. */
    public static String line(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n.length() && Character.isLowSurrogate(n.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, n.charAt(i + 1));
                    i++;
                    if (!isNonCharacter(cp)) {
                        flushSpace(sb, space);
                        space = false;
                        sb.appendCodePoint(cp);
                    }
                }
                continue;
            }
            if (Character.isLowSurrogate(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (Character.getType(c) == Character.CONTROL || isNonCharacter(c)) {
                continue;
            }
            flushSpace(sb, space);
            space = false;
            sb.append(c);
        }
        return sb.toString();
    }

    private static void flushSpace(StringBuilder sb, boolean space) {
        if (space && sb.length() > 0) {
            sb.append(' ');
        }
    }

    private static boolean isNonCharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    /** Lines of text as the writer broke them (CR LF, CR or LF), each cleaned; leading and trailing blank lines dropped. */
    public static List<String> lines(String s) {
        String[] parts = s.split("\r\n|\r|\n", -1);
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            out.add(line(p));
        }
        while (!out.isEmpty() && out.get(0).isEmpty()) {
            out.remove(0);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** The cleaned items that are not blank after cleaning. */
    public static List<String> items(List<String> items) {
        List<String> out = new ArrayList<>(items.size());
        for (String item : items) {
            String c = line(item);
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The text with its control characters written as escapes (a line break as backslash and n, and so on),
     * for messages that quote what a person gave and must stay one line.
     */
    public static String escapeControls(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029';
            if (control && sb == null) {
                sb = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (sb != null) {
                if (!control) {
                    sb.append(c);
                } else if (c == '\n') {
                    sb.append("\\n");
                } else if (c == '\r') {
                    sb.append("\\r");
                } else if (c == '\t') {
                    sb.append("\\t");
                } else {
                    sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                }
            }
        }
        return sb == null ? s : sb.toString();
    }
}
