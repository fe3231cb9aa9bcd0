package org.occuprint.model;

import java.util.Optional;

import org.occuprint.internal.Checks;

/**
 * A task of the occupation, with the sample skill it was matched to, if any.
 *
 * @param task  the task statement
 * @param skill the name of a skill used in the task; empty when none was matched
 * @since 0.1
 */
public record Task(String task, Optional<String> skill) {
    public Task {
        Checks.notBlank(task, "task");
        Checks.notNull(skill, "skill");
        skill.ifPresent(s -> Checks.notBlank(s, "skill"));
    }

    public static Task of(String task) {
        return new Task(task, Optional.empty());
    }

    public static Task of(String task, String skill) {
        return new Task(task, Optional.of(skill));
    }
}
