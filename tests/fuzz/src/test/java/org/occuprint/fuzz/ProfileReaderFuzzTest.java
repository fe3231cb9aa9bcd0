package org.occuprint.fuzz;

import java.nio.charset.StandardCharsets;

import org.occuprint.io.ProfileFormatException;
import org.occuprint.io.ProfileJson;
import org.occuprint.model.Occupation;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The profile reader on arbitrary bytes: a profile, or a {@link ProfileFormatException} whose message has one
 * line per problem, each naming the source; nothing else escapes. A profile that is read writes back to JSON that reads as the same profile.
 * Seeds: {@code ProfileReaderFuzzTestInputs/readsAProfileOrSaysWhyNot/}.
 */
class ProfileReaderFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void readsAProfileOrSaysWhyNot(byte[] input) {
        Occupation o;
        try {
            o = ProfileJson.parse(new String(input, StandardCharsets.UTF_8), "fuzz.json");
        } catch (ProfileFormatException e) {
            String[] lines = e.getMessage().split(System.lineSeparator(), -1);
            if (e.problems().isEmpty() || lines.length != e.problems().size()) {
                throw new AssertionError("Not one line per problem: " + e.getMessage());
            }
            for (String line : lines) {
                if (!line.startsWith("fuzz.json: ") || line.length() <= "fuzz.json: ".length()) {
                    throw new AssertionError("A problem that does not name the source: " + line);
                }
            }
            return;
        }
        String json = ProfileJson.toJson(o, false);
        String again = ProfileJson.toJson(ProfileJson.parse(json, "again.json"), false);
        if (!json.equals(again)) {
            throw new AssertionError("Writing and reading the profile changed it:\n" + json + "\n" + again);
        }
    }
}
