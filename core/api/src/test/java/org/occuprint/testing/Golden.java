package org.occuprint.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.opentest4j.AssertionFailedError;

/**
 * Golden text files: a test's actual text is compared with a file committed under the module's
 * {@code src/test/resources/golden/}. On a difference the actual text is written to {@code target/golden/}
 * and the test fails, saying where the first difference is and how to accept the change: run the test again
 * with {@code -Dgolden.update=true}, which writes the actual text over the golden file (then review the diff
 * in version control).
 */
public final class Golden {
    /** The system property that makes {@link #check} write the golden file instead of comparing. */
    public static final String UPDATE = "golden.update";

    private Golden() {
    }

    /**
     * Compares {@code actual} with the golden file {@code src/test/resources/golden/NAME} of the module whose
     * tests run (the working directory).
     *
     * @throws AssertionFailedError if the file is missing or differs
     */
    public static void check(String name, String actual) {
        Path golden = Path.of("src", "test", "resources", "golden", name);
        try {
            if (Boolean.getBoolean(UPDATE)) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                System.out.println("Updated the golden file " + golden.toAbsolutePath());
                return;
            }
            String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : null;
            if (actual.equals(expected)) {
                return;
            }
            Path kept = Path.of("target", "golden", name);
            Files.createDirectories(kept.getParent());
            Files.writeString(kept, actual, StandardCharsets.UTF_8);
            String what = expected == null ? "There is no golden file " + golden
                    : "The text differs from the golden file " + golden + " " + firstDifference(expected, actual);
            throw new AssertionFailedError(what + ". The actual text is in " + kept + ". If the change is intended,"
                    + " run the test again with -D" + UPDATE + "=true (for example ./mvnw -pl core/api test"
                    + " -Dtest=ComposedTextGoldenTest -D" + UPDATE + "=true) and review the golden file's diff.",
                    expected, actual);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "at line 12: expected 'a' but was 'b'". */
    static String firstDifference(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
            String x = i < e.size() ? e.get(i) : "(end of file)";
            String y = i < a.size() ? a.get(i) : "(end of file)";
            if (!x.equals(y)) {
                return "at line " + (i + 1) + ": expected '" + x + "' but was '" + y + "'";
            }
        }
        return "in its line endings";
    }
}
