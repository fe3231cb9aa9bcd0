package org.occuprint.model;

/** What kind of geography an {@link Area} is. */
public enum AreaKind {
    NATION, STATE, REGION, METRO, COUNTY
}
