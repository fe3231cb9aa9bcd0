package org.occuprint.model;

import java.util.regex.Pattern;

import org.occuprint.internal.Checks;

/**
 * A geography that wages and projections are published for.
 *
 * <p>Ids: {@code US} for the nation, {@code ST-06} for a state by FIPS code, {@code CBSA-40140} for a
 * metropolitan area by CBSA code, {@code CO-06065} for a county by FIPS code, {@code RG-<name>} for a
 * region an agency defines.
 *
 * @param id   the area id, never blank
 * @param name the display name, for example "Riverside–San Bernardino–Ontario"
 * @param kind the kind of area
 * @since 0.1
 */
public record Area(String id, String name, AreaKind kind) {
    /** The pattern every area id matches. */
    public static final Pattern ID_PATTERN = Pattern.compile("US|ST-\\d{2}|CBSA-\\d{5}|CO-\\d{5}|RG-[A-Z0-9][A-Z0-9-]*");

    public Area {
        Checks.notNull(id, "id");
        Checks.argument(ID_PATTERN.matcher(id).matches(),
                "The area id '%s' is not valid (expected US, ST-NN, CBSA-NNNNN, CO-NNNNN or RG-NAME).", id);
        Checks.notBlank(name, "name");
        Checks.notNull(kind, "kind");
    }

    /** The nation: {@code US}, "United States". */
    public static Area unitedStates() {
        return new Area("US", "United States", AreaKind.NATION);
    }
}
