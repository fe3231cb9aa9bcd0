package org.occuprint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.occuprint.testing.Fixtures;

/** A profile's area ids: its wages' areas, then its outlook's not among them, each once. */
class OccupationAreaIdsTest {
    @Test
    void wagesFirstThenTheOutlooksOthers() {
        Occupation flagship = Fixtures.flagship();
        List<String> expected = new ArrayList<>();
        flagship.wages().orElseThrow().areas().forEach(a -> expected.add(a.area().id()));
        flagship.outlook().orElseThrow().areas().stream().map(a -> a.area().id()).filter(id -> !expected.contains(id))
                .forEach(expected::add);
        assertThat(flagship.areaIds()).containsExactlyElementsOf(expected).contains("US", "CBSA-40140");
        assertThat(Occupation.builder("11-1011.00", "Chief Executives").build().areaIds()).isEmpty();
    }
}
