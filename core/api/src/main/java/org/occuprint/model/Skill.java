package org.occuprint.model;

import java.util.Optional;

import org.occuprint.internal.Checks;

/**
 * A skill important in the occupation.
 *
 * @param name        the skill's name, for example "Reading Comprehension"
 * @param description what the skill is; empty when not known
 * @since 0.1
 */
public record Skill(String name, Optional<String> description) {
    public Skill {
        Checks.notBlank(name, "name");
        Checks.notNull(description, "description");
        description.ifPresent(d -> Checks.notBlank(d, "description"));
    }

    public static Skill of(String name, String description) {
        return new Skill(name, Optional.of(description));
    }
}
