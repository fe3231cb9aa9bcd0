package org.occuprint.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The 2018 SOC major groups ({@code 29-0000} "Healthcare Practitioners and Technical Occupations" ...), which
 * the full guide groups its occupations by.
 *
 * @since 0.1
 */
public final class MajorGroups {
    private static final Map<String, String> TITLES = load();

    private MajorGroups() {
    }

    private static Map<String, String> load() {
        Map<String, String> map = new LinkedHashMap<>();
        try (InputStream in = MajorGroups.class.getResourceAsStream("soc-major-groups.tsv")) {
            if (in == null) {
                throw new IllegalStateException("Resource org/occuprint/model/soc-major-groups.tsv is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t", -1);
                    map.put(f[0], f[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }

    /** The major group code of an occupation code: {@code 29-2072.00} → {@code 29-0000}. */
    public static String groupOf(String code) {
        return code.substring(0, 2) + "-0000";
    }

    /** The title of a major group code, if it is one. */
    public static Optional<String> title(String groupCode) {
        return Optional.ofNullable(TITLES.get(groupCode));
    }
}
