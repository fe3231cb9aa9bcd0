package org.occuprint.fuzz;

import java.util.ArrayList;
import java.util.List;

import org.occuprint.model.Occupation;
import org.occuprint.testing.Fixtures;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/** Valid profiles made from fuzzer data: a seed profile whose words and lists the fuzzer chooses. */
final class Profiles {
    private static final List<Occupation> SEEDS = List.of(Fixtures.flagship(), Fixtures.resource("unicode.json"),
            Fixtures.resource("hostile.json"));

    private Profiles() {
    }

    static Occupation from(FuzzedDataProvider data) {
        Occupation seed = SEEDS.get(data.consumeInt(0, SEEDS.size() - 1));
        Occupation.Builder b = seed.toBuilder();
        String title = data.consumeString(120);
        // a title must have something to print (the model refuses one of control characters only)
        if (title.codePoints().anyMatch(Character::isLetterOrDigit)) {
            b.title(title);
        }
        b.alsoCalled(strings(data, 8, 80));
        b.summary(strings(data, 3, 600));
        b.specialties(strings(data, 4, 60));
        if (data.consumeBoolean()) {
            b.workingConditions(strings(data, 3, 400));
        }
        if (data.consumeBoolean()) {
            b.education(strings(data, 3, 400));
        }
        if (data.consumeBoolean()) {
            b.wages(null);
        }
        if (data.consumeBoolean()) {
            b.outlook(null);
        }
        String education = data.consumeString(80);
        b.typicalEducation(education.isBlank() ? null : education);
        return b.build();
    }

    private static List<String> strings(FuzzedDataProvider data, int most, int length) {
        int n = data.consumeInt(0, most);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String s = data.consumeString(length);
            if (!s.isBlank()) {
                out.add(s);
            }
        }
        return out;
    }
}
