package org.occuprint.render.pdf;

import java.text.BreakIterator;

import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;
import org.xhtmlrenderer.layout.breaker.UrlAwareLineBreakIterator;

/**
 * Flying Saucer's line breaking (the JDK's line break iterator, plus breaks inside web addresses) without
 * two break opportunities that the JDK's rules allow and browsers do not: after an apostrophe inside a
 * word ("occupation’|s") and after a hyphen between digits (the codes "29-|2072.00", "(43-|6013.00)").
 */
final class WordKeepingLineBreaks implements LineBreakingStrategy {
    @Override
    public BreakPointsProvider getBreakPointsProvider(String text, String lang, CalculatedStyle style) {
        BreakIterator breaks = new UrlAwareLineBreakIterator(text);
        return () -> {
            int p = breaks.next();
            while (p != BreakIterator.DONE && !allowed(text, p)) {
                p = breaks.next();
            }
            return p == BreakIterator.DONE ? BreakPoint.getDonePoint() : new BreakPoint(p);
        };
    }

    /** Whether a line may break before {@code text[position]}. */
    static boolean allowed(String text, int position) {
        if (position <= 0 || position >= text.length()) {
            return true;
        }
        char before = text.charAt(position - 1);
        char after = text.charAt(position);
        if ((before == '\u2019' || before == '\'') && Character.isLetterOrDigit(after)) {
            return false;
        }
        return !(before == '-' && position >= 2 && Character.isDigit(text.charAt(position - 2))
                && Character.isDigit(after));
    }
}
