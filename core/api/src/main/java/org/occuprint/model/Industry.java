package org.occuprint.model;

import java.math.BigDecimal;
import java.util.Optional;

import org.occuprint.internal.Checks;

/**
 * An industry that employs the occupation, with its share of the occupation's employment.
 *
 * @param name    the industry's name
 * @param percent share of the occupation's employment in percent (0 to 100); empty when not known
 * @since 0.1
 */
public record Industry(String name, Optional<BigDecimal> percent) {
    public Industry {
        Checks.notBlank(name, "name");
        Checks.notNull(percent, "percent");
        percent.ifPresent(p -> Checks.argument(p.signum() >= 0 && p.compareTo(BigDecimal.valueOf(100)) <= 0,
                "The industry percent '%s' must be between 0 and 100.", p.toPlainString()));
    }
}
