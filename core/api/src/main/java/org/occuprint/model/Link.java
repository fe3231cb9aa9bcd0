package org.occuprint.model;

import org.occuprint.internal.Checks;

/**
 * A source of further information.
 *
 * @param title what the link leads to, for example the organization's name
 * @param url   the address as given by the data; whether it becomes a clickable link is decided when composing
 * @since 0.1
 */
public record Link(String title, String url) {
    public Link {
        Checks.notBlank(title, "title");
        Checks.notBlank(url, "url");
    }
}
