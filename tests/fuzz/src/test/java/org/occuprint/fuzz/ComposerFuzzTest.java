package org.occuprint.fuzz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.occuprint.compose.PacketComposer;
import org.occuprint.compose.ProfileComposer;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.model.Occupation;
import org.occuprint.options.Detail;
import org.occuprint.options.InvalidOptionException;
import org.occuprint.options.PageSize;
import org.occuprint.options.RenderOptions;
import org.occuprint.options.SectionId;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The composer on fuzzed profiles and arbitrary options (areas, sections, detail, note, office, agency, large
 * print, paper, print date): a document, or an {@link InvalidOptionException} naming the option, with a one-line
 * message; a document always has its closing part and its footer's print date. A packet of fuzzed profiles
 * composes too.
 */
class ComposerFuzzTest {
    private static final SectionId[] SECTIONS = SectionId.values();

    @FuzzTest(maxDuration = "60s")
    void composesOrNamesTheOption(FuzzedDataProvider data) {
        Occupation o = Profiles.from(data);
        RenderOptions options;
        try {
            options = options(data);
        } catch (InvalidOptionException e) {
            Checks.oneLine(e.getMessage());
            if (e.field().map(String::isBlank).orElse(true)) {
                throw new AssertionError("An option error that names no option: " + e.getMessage());
            }
            return;
        }
        ProfileDocument doc = new ProfileComposer().compose(o, options);
        if (doc.sections().isEmpty() || !doc.sections().get(doc.sections().size() - 1).anchor().equals("about")) {
            throw new AssertionError("The closing part is missing");
        }
        if (!doc.footer().printedOn().contains(Integer.toString(options.printDate().getYear()))) {
            throw new AssertionError("The footer lost the print date: " + doc.footer().printedOn());
        }
        if (data.consumeBoolean()) {
            Occupation other = Profiles.from(data).toBuilder().code("99-0000.01").socCode("99-0000").build();
            new PacketComposer().compose(List.of(o, other), options);
        }
    }

    static RenderOptions options(FuzzedDataProvider data) {
        RenderOptions.Builder b = RenderOptions.builder();
        b.printedOn(LocalDate.ofEpochDay(data.consumeLong(-200_000, 200_000)));
        List<String> areas = new ArrayList<>();
        int n = data.consumeInt(0, 4);
        for (int i = 0; i < n; i++) {
            areas.add(data.pickValue(List.of("US", "ST-06", "CBSA-40140", "CBSA-99999", data.consumeString(20))));
        }
        b.areas(areas);
        Set<SectionId> sections = EnumSet.noneOf(SectionId.class);
        int s = data.consumeInt(0, SECTIONS.length);
        for (int i = 0; i < s; i++) {
            sections.add(data.pickValue(SECTIONS));
        }
        if (!sections.isEmpty()) {
            b.sections(sections);
        }
        b.detail(data.consumeBoolean() ? Detail.SUMMARY : Detail.DETAILED);
        b.pageSize(data.consumeBoolean() ? PageSize.A4 : PageSize.LETTER);
        b.largePrint(data.consumeBoolean());
        String note = data.consumeString(300);
        b.note(note.isEmpty() ? null : note);
        String office = data.consumeString(200);
        b.office(office.isEmpty() ? null : office);
        String agency = data.consumeString(80);
        b.agency(agency.isEmpty() ? null : agency);
        return b.build();
    }
}
