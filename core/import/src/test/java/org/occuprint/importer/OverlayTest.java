package org.occuprint.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occuprint.model.DataSource;
import org.occuprint.model.Occupation;
import org.occuprint.testing.Fixtures;

/** Overlays: the hand-written fields win, the figures always come from the raw files. */
class OverlayTest {
    @TempDir
    Path dir;

    private static Occupation importWith(Path... overlays) {
        ImportRequest request = Slice.request(Slice.raw(), Path.of("unused.jsonl")).overlays(List.of(overlays)).build();
        return new DataImporter().read(request).stream().filter(o -> o.code().equals("29-2072.00")).findFirst()
                .orElseThrow();
    }

    @Test
    void flagshipNarrativeIsKeptAndItsFiguresComeFromTheRawFiles() {
        Path flagshipFile = Fixtures.root().resolve("examples/profiles/29-2072.00.json");
        Occupation flagship = Fixtures.flagship();
        Occupation imported = Slice.occupation("29-2072.00");
        Occupation merged = importWith(flagshipFile);

        assertThat(merged.title()).isEqualTo(flagship.title());
        assertThat(merged.alsoCalled()).isEqualTo(flagship.alsoCalled());
        assertThat(merged.specialties()).isEqualTo(flagship.specialties());
        assertThat(merged.summary()).isEqualTo(flagship.summary());
        assertThat(merged.tasks()).isEqualTo(flagship.tasks());
        assertThat(merged.skills()).isEqualTo(flagship.skills());
        assertThat(merged.workingConditions()).isEqualTo(flagship.workingConditions());
        assertThat(merged.benefits()).isEqualTo(flagship.benefits());
        assertThat(merged.education()).isEqualTo(flagship.education());
        assertThat(merged.licensing()).isEqualTo(flagship.licensing());
        assertThat(merged.certification()).isEqualTo(flagship.certification());
        assertThat(merged.advancement()).isEqualTo(flagship.advancement());
        assertThat(merged.findingWork()).isEqualTo(flagship.findingWork());
        assertThat(merged.employerHeadings()).isEqualTo(flagship.employerHeadings());
        assertThat(merged.related()).isEqualTo(flagship.related());
        assertThat(merged.sources()).isEqualTo(flagship.sources());
        // the overlay's wording of its sources, then the imported sources it does not name (EDD's projections)
        assertThat(merged.dataSources()).startsWith(flagship.dataSources().toArray(new DataSource[0]));
        assertThat(merged.dataSources()).extracting(DataSource::name)
                .endsWith("Long-Term Occupational Employment Projections, 2020–2030");

        assertThat(merged.wages()).isEqualTo(imported.wages());
        assertThat(merged.outlook().orElseThrow().areas()).isEqualTo(imported.outlook().orElseThrow().areas());
        assertThat(merged.outlook().orElseThrow().text()).isEqualTo(flagship.outlook().orElseThrow().text());
        assertThat(merged.typicalEducation()).isEqualTo(imported.typicalEducation());
        assertThat(merged.workExperience()).isEqualTo(imported.workExperience());
        assertThat(merged.onTheJobTraining()).isEqualTo(imported.onTheJobTraining());
        assertThat(merged.jobZone()).isEqualTo(imported.jobZone());
    }

    @Test
    void overlayFiguresAreIgnoredAndMissingFieldsKeepTheImportedValues() throws IOException {
        Path overlay = dir.resolve("overlay.json");
        Files.writeString(overlay, """
                {"formatVersion": 1, "code": "29-2072.00", "title": "Medical Records Specialists",
                 "summary": ["Hand-written summary."],
                 "wages": {"year": 2024, "source": "Made up", "areas": [{"area": {"id": "US", "name": "United States",
                   "kind": "NATION"}, "annual": {"median": 1}}]},
                 "outlook": {"baseYear": 2020, "projectedYear": 2030, "source": "Made up",
                   "areas": [{"area": {"id": "US", "name": "United States", "kind": "NATION"}, "baseEmployment": 1}],
                   "text": ["Hand-written outlook."]},
                 "typicalEducation": "Doctoral or professional degree", "workExperience": "5 years or more",
                 "onTheJobTraining": "Apprenticeship", "jobZone": 5}
                """);
        Occupation imported = Slice.occupation("29-2072.00");
        Occupation merged = importWith(overlay);
        assertThat(merged.summary()).containsExactly("Hand-written summary.");
        assertThat(merged.wages()).isEqualTo(imported.wages());
        assertThat(merged.outlook().orElseThrow().baseYear()).isEqualTo(2024);
        assertThat(merged.outlook().orElseThrow().source()).isEqualTo(imported.outlook().orElseThrow().source());
        assertThat(merged.outlook().orElseThrow().areas()).isEqualTo(imported.outlook().orElseThrow().areas());
        assertThat(merged.outlook().orElseThrow().text()).containsExactly("Hand-written outlook.");
        assertThat(merged.typicalEducation()).contains("Postsecondary nondegree award");
        assertThat(merged.workExperience()).contains("None");
        assertThat(merged.onTheJobTraining()).contains("None");
        assertThat(merged.jobZone()).hasValue(3);
        assertThat(merged.alsoCalled()).isEqualTo(imported.alsoCalled());
        assertThat(merged.tasks()).isEqualTo(imported.tasks());
        assertThat(merged.industries()).isEqualTo(imported.industries());
        assertThat(merged.dataSources()).isEqualTo(imported.dataSources());
    }

    @Test
    void twoOverlaysForOneCodeAreRefused() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Files.writeString(a, "{\"formatVersion\": 1, \"code\": \"29-2072.00\", \"title\": \"A\"}");
        Files.writeString(b, "{\"formatVersion\": 1, \"code\": \"29-2072.00\", \"title\": \"B\"}");
        assertThatThrownBy(() -> importWith(a, b)).isInstanceOf(ImportException.class)
                .hasMessage(b + ": a second overlay for '29-2072.00' (the first is " + a + ")");
    }
}
