package org.occuprint.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Number helpers for the raw files: plain decimals, thousands separators, counts in thousands. */
final class Numbers {
    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})*(\\.\\d+)?|\\d+(\\.\\d+)?");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Numbers() {
    }

    static boolean isPlainDecimal(String s) {
        return PLAIN.matcher(s).matches();
    }

    /** A number that may use commas as thousands separators ({@code 1,579.80}), or null when it is not one. */
    static @Nullable BigDecimal grouped(String s) {
        if (!GROUPED.matcher(s).matches()) {
            return null;
        }
        return new BigDecimal(s.replace(",", ""));
    }

    /** Like {@link #grouped(String)}, with an optional leading minus sign ({@code -1,234.5}). */
    static @Nullable BigDecimal signed(String s) {
        boolean negative = s.startsWith("-");
        BigDecimal v = grouped(negative ? s.substring(1) : s);
        return v == null ? null : negative ? v.negate() : v;
    }

    /** A count given in thousands as a whole count: 194.8 becomes 194800; null when not whole (194.8001). */
    static @Nullable Long thousands(BigDecimal value) {
        try {
            return value.movePointRight(3).longValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** {@code part} as a percentage of {@code whole}, to one decimal place, half up. */
    static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
