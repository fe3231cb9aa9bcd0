package org.occuprint.compose;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

import org.occuprint.model.TopCoded;

/** Figures as the locale writes them: money, counts, one-decimal percentages, top-coded wages. */
final class Figures {
    private final Locale locale;
    private final Messages m;

    Figures(Locale locale, Messages m) {
        this.locale = locale;
        this.m = m;
    }

    /** An annual wage: whole dollars unless the value has cents; "… or more" when top-coded. */
    String annual(BigDecimal value, Optional<TopCoded> top) {
        String s = money(value, value.stripTrailingZeros().scale() <= 0 ? 0 : 2);
        boolean capped = top.map(t -> t.isAnnualTopCoded(value)).orElse(false);
        return capped ? m.get("wages.topCoded", s) : s;
    }

    /** An hourly wage, with cents; "… or more" when top-coded. */
    String hourly(BigDecimal value, Optional<TopCoded> top) {
        String s = money(value, 2);
        boolean capped = top.map(t -> t.isHourlyTopCoded(value)).orElse(false);
        return capped ? m.get("wages.topCoded", s) : s;
    }

    String money(BigDecimal value, int decimals) {
        NumberFormat nf = NumberFormat.getCurrencyInstance(locale);
        nf.setMinimumFractionDigits(decimals);
        nf.setMaximumFractionDigits(decimals);
        nf.setRoundingMode(RoundingMode.HALF_UP);
        return nf.format(value);
    }

    String count(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    String oneDecimal(BigDecimal value) {
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        nf.setMinimumFractionDigits(1);
        nf.setMaximumFractionDigits(1);
        nf.setRoundingMode(RoundingMode.HALF_UP);
        return nf.format(value);
    }
}
