package org.occuprint.model;

import java.util.List;
import java.util.Optional;

import org.occuprint.internal.Checks;

/**
 * A data set the profile's facts come from, for the attribution that every handout prints.
 *
 * @param name      the data set, for example "O*NET 29.3 Database"
 * @param publisher who publishes it, for example "U.S. Department of Labor, Employment and Training
 *                  Administration (USDOL/ETA)"
 * @param url       where to find it
 * @param license   the licence it is used under, for example "CC BY 4.0"; empty for public-domain data
 * @param notices   further notices the publisher requires (trademarks, modification notes)
 * @since 0.1
 */
public record DataSource(String name, String publisher, Optional<String> url, Optional<String> license,
        List<String> notices) {
    public DataSource {
        Checks.notBlank(name, "name");
        Checks.notBlank(publisher, "publisher");
        Checks.notNull(url, "url");
        Checks.notNull(license, "license");
        notices = Checks.copyText(notices, "notices");
    }
}
