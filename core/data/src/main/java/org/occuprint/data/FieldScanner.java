package org.occuprint.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.occuprint.io.ProfileFormatException;
import org.occuprint.io.ProfileProblem;
import org.occuprint.model.Occupation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads a few fields of one data-set line (one profile's JSON) without parsing the profile: its code, its
 * titles, its area ids. The code is read straight from the bytes when the line starts the way the canonical
 * writer starts it; everything else with Jackson's streaming parser, skipping the values it does not need.
 * Problems are {@link ProfileFormatException}s whose source is {@code SOURCE:LINE}.
 */
final class FieldScanner {
    /** How {@link DataSetWriter} starts every line: the format version, then the code. */
    private static final byte[] CANONICAL_START =
            "{\"formatVersion\":1,\"code\":\"".getBytes(StandardCharsets.US_ASCII);
    /** NN-NNNN.NN */
    private static final int CODE_LENGTH = 10;

    private final String source;
    private final int lineNumber;
    private final byte[] data;
    private final int start;
    private final int end;

    /** The line {@code data[start, end)}, line {@code lineNumber} of {@code source}. */
    FieldScanner(String source, int lineNumber, byte[] data, int start, int end) {
        this.source = source;
        this.lineNumber = lineNumber;
        this.data = data;
        this.start = start;
        this.end = end;
    }

    /** Where the line is, for messages: {@code SOURCE:LINE}. */
    String where() {
        return source + ":" + lineNumber;
    }

    /** A problem of this line at a JSON path. */
    ProfileFormatException problem(String path, String message) {
        return problem(source, lineNumber, path, message);
    }

    /** A problem of line {@code lineNumber} of {@code source} at a JSON path, named {@code SOURCE:LINE}. */
    static ProfileFormatException problem(String source, int lineNumber, String path, String message) {
        return new ProfileFormatException(source + ":" + lineNumber, List.of(new ProfileProblem(path, message, 0, 0)));
    }

    /** The line's text. */
    String text() {
        return new String(data, start, end - start, StandardCharsets.UTF_8);
    }

    /**
     * The line's code: read from the canonical start when the line has it, else from the top-level field.
     *
     * @throws ProfileFormatException if there is no code or it is not an O*NET-SOC code
     */
    String code() {
        int n = CANONICAL_START.length;
        if (end - start > n + CODE_LENGTH && Arrays.equals(data, start, start + n, CANONICAL_START, 0, n)) {
            int q = start + n;
            int stop = q;
            while (stop < end && data[stop] != '"' && data[stop] != '\\') {
                stop++;
            }
            if (stop - q == CODE_LENGTH && stop < end && isCode(data, q)) {
                return new String(data, q, CODE_LENGTH, StandardCharsets.US_ASCII);
            }
        }
        String[] found = new String[1];
        topLevel((name, p) -> {
            if (name.equals("code") && p.currentToken() == JsonToken.VALUE_STRING) {
                found[0] = p.getText();
                return false;
            }
            p.skipChildren();
            return true;
        });
        if (found[0] == null || !Occupation.CODE_PATTERN.matcher(found[0]).matches()) {
            throw problem("code", found[0] == null ? "required (every line of a data set needs its code)"
                    : "'" + found[0] + "' is not an O*NET-SOC code (NN-NNNN.NN)");
        }
        return found[0];
    }

    /** Whether the ten bytes at {@code at} are an O*NET-SOC code, NN-NNNN.NN. */
    private static boolean isCode(byte[] b, int at) {
        for (int k = 0; k < CODE_LENGTH; k++) {
            byte x = b[at + k];
            boolean ok = k == 2 ? x == '-' : k == 7 ? x == '.' : x >= '0' && x <= '9';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * The line's title and also-called titles, with the code already read.
     *
     * @throws ProfileFormatException if the title is missing or either is not text
     */
    OccupationSummary summary(String code) {
        String[] title = new String[1];
        List<String> also = new ArrayList<>();
        boolean[] seen = new boolean[2];
        topLevel((name, p) -> {
            if (name.equals("title")) {
                if (p.currentToken() != JsonToken.VALUE_STRING || p.getText().isBlank()) {
                    throw problem("title", "expected text");
                }
                title[0] = p.getText();
                seen[0] = true;
            } else if (name.equals("alsoCalled") && p.currentToken() == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (p.currentToken() != JsonToken.VALUE_STRING || p.getText().isBlank()) {
                        throw problem("alsoCalled", "expected a list of text");
                    }
                    also.add(p.getText());
                }
                seen[1] = true;
            } else {
                p.skipChildren();
            }
            return !(seen[0] && seen[1]);
        });
        if (title[0] == null) {
            throw problem("title", "required");
        }
        return new OccupationSummary(code, title[0], also);
    }

    /** Adds the id of every area in the line's {@code wages.areas} and {@code outlook.areas}. */
    void collectAreaIds(Set<String> ids) {
        topLevel((name, p) -> {
            if ((name.equals("wages") || name.equals("outlook")) && p.currentToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    if (field.equals("areas") && p.currentToken() == JsonToken.START_ARRAY) {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            areaOf(p, ids);
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
            return true;
        });
    }

    /** Inside one area entry (at its START_OBJECT): adds area.id, leaves the parser at its END_OBJECT. */
    private static void areaOf(JsonParser p, Set<String> ids) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("area") && p.currentToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String f = p.currentName();
                    p.nextToken();
                    if (f.equals("id") && p.currentToken() == JsonToken.VALUE_STRING) {
                        ids.add(p.getText());
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
    }

    /** The JSON factory, created on first use so that loading a canonical data set does not wait for it. */
    private static final class Json {
        static final JsonFactory FACTORY = new JsonFactory();
    }

    /** Visits a line's top-level fields (the parser is at the value); the visitor returns false to stop. */
    private interface FieldVisitor {
        boolean visit(String name, JsonParser p) throws IOException;
    }

    private void topLevel(FieldVisitor visitor) {
        try (JsonParser p = Json.FACTORY.createParser(data, start, end - start)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw problem("", "expected a profile object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (!visitor.visit(name, p)) {
                    return;
                }
            }
        } catch (JsonProcessingException e) {
            throw problem("", "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
