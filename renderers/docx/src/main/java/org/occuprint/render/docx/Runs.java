package org.occuprint.render.docx;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * Appends text to paragraphs as runs. Every string goes through {@link XmlText#clean}. Stretches of
 * right-to-left script (Hebrew, Arabic ...) get a run of their own marked {@code w:rtl}, so that Word and
 * LibreOffice order their characters right to left inside the left-to-right paragraph.
 */
final class Runs {
    private Runs() {
    }

    /** Appends text in the paragraph's own formatting, or in a character style when one is given. */
    static void append(XWPFParagraph p, String text, @Nullable String characterStyle) {
        for (Segment s : segments(XmlText.clean(text))) {
            XWPFRun run = p.createRun();
            if (characterStyle != null) {
                run.setStyle(characterStyle);
            }
            if (s.rightToLeft()) {
                CTRPr pr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
                pr.addNewRtl();
            }
            run.setText(s.text());
        }
    }

    /** Appends text in the paragraph's own formatting. */
    static void append(XWPFParagraph p, String text) {
        append(p, text, null);
    }

    /** Appends lines separated by line breaks ({@code w:br}), the way the writer broke them. */
    static void appendLines(XWPFParagraph p, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                p.createRun().addBreak();
            }
            append(p, lines.get(i));
        }
    }

    /** A stretch of text and its direction. */
    record Segment(String text, boolean rightToLeft) {
    }

    /**
     * The text cut into left-to-right and right-to-left stretches. A right-to-left stretch runs from a
     * strong right-to-left character to the last one before the next strong left-to-right character, so
     * the spaces between Hebrew words stay inside it and the punctuation around it stays outside.
     */
    static List<Segment> segments(String s) {
        List<Segment> out = new ArrayList<>(1);
        int start = 0;
        int lastStrongEnd = 0;
        boolean rtl = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            int strength = direction(cp);
            if (strength != 0) {
                boolean r = strength > 0;
                if (r != rtl) {
                    int cut = rtl ? lastStrongEnd : i;
                    if (cut > start) {
                        out.add(new Segment(s.substring(start, cut), rtl));
                    }
                    start = cut;
                    rtl = r;
                }
                lastStrongEnd = next;
            }
            i = next;
        }
        if (rtl) {
            out.add(new Segment(s.substring(start, lastStrongEnd), true));
            if (lastStrongEnd < s.length()) {
                out.add(new Segment(s.substring(lastStrongEnd), false));
            }
        } else if (start < s.length() || out.isEmpty()) {
            out.add(new Segment(s.substring(start), false));
        }
        return out;
    }

    /** +1 for a strong right-to-left character, -1 for a strong left-to-right one, 0 otherwise. */
    private static int direction(int cp) {
        byte d = Character.getDirectionality(cp);
        if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
            return 1;
        }
        return d == Character.DIRECTIONALITY_LEFT_TO_RIGHT ? -1 : 0;
    }
}
