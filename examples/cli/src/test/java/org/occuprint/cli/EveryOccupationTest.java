package org.occuprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.occuprint.Occuprint;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.data.OccupationSummary;
import org.occuprint.model.Occupation;
import org.occuprint.render.ProfileRenderer;
import org.occuprint.testing.Fixtures;

/** Every occupation of the embedded data set composes and renders; a sample in every format. */
class EveryOccupationTest {
    @Test
    void everyOccupationRendersAsHtmlAndASampleInEveryFormat() {
        Catalog catalog = Catalog.open(null);
        List<OccupationSummary> all = catalog.data().summaries();
        assertThat(all).hasSizeGreaterThanOrEqualTo(900);
        List<String> failures = new ArrayList<>();
        int i = 0;
        for (OccupationSummary s : all) {
            try {
                Occupation o = catalog.get().require(s.code());
                ProfileDocument doc = Fixtures.compose(o);
                List<ProfileRenderer> renderers = i++ % 60 == 0 ? Occuprint.renderers().list()
                        : List.of(Occuprint.renderers().require("html"));
                for (ProfileRenderer r : renderers) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    r.render(doc, out);
                    assertThat(out.size()).isPositive();
                }
                assertThat(Fixtures.text(doc)).doesNotContain("N/A", "null", "{0}");
            } catch (RuntimeException | AssertionError e) {
                failures.add(s.code() + ": " + e.getMessage());
            }
        }
        assertThat(failures).isEmpty();
    }
}
