package org.occuprint.data;

import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;

import org.jspecify.annotations.Nullable;
import org.occuprint.internal.Checks;
import org.occuprint.io.ProfileFormatException;
import org.occuprint.io.ProfileJson;
import org.occuprint.io.ProfileProblem;
import org.occuprint.model.Occupation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * A data set of profiles (JSON Lines, plain or gzipped), read lazily: loading only splits the lines and reads
 * each line's code; a profile is parsed when it is asked for. Immutable and thread-safe.
 *
 * <pre>{@code
 * DataSet data = DataSet.load(Path.of("occupations.jsonl.gz"));
 * Optional<Occupation> nurse = data.find("29-1141.00");
 * for (SearchHit hit : data.search("nurse")) {
 *     System.out.println(hit.code() + "\t" + hit.title());
 * }
 * }</pre>
 *
 * <p>A line that is not a valid profile is reported when it is parsed, as a {@link ProfileFormatException}
 * whose source names the data set and the line ({@code occupations.jsonl.gz:17}). Loading fails at once on a
 * line without a code and on a code that appears twice.
 *
 * @since 0.1
 */
public final class DataSet {
    private static final byte[] CANONICAL_START =
            "{\"formatVersion\":1,\"code\":\"".getBytes(StandardCharsets.US_ASCII);

    private final String source;
    private final byte[] data;
    private final int[] starts;
    private final int[] ends;
    private final int[] lineNumbers;
    private final List<String> codes;
    private final Map<String, Integer> index;
    private volatile @Nullable List<OccupationSummary> summaries;
    private volatile @Nullable Set<String> areaIds;
    private volatile @Nullable SearchIndex searchIndex;

    private DataSet(String source, byte[] data) {
        this.source = source;
        this.data = data;
        int capacity = 1024;
        int[] s = new int[capacity];
        int[] e = new int[capacity];
        int[] l = new int[capacity];
        int count = 0;
        int lineNo = 0;
        int start = 0;
        int length = data.length;
        while (start < length) {
            int end = start;
            while (end < length && data[end] != '\n') {
                end++;
            }
            lineNo++;
            int stop = end > start && data[end - 1] == '\r' ? end - 1 : end;
            if (!blank(data, start, stop)) {
                if (count == capacity) {
                    capacity *= 2;
                    s = Arrays.copyOf(s, capacity);
                    e = Arrays.copyOf(e, capacity);
                    l = Arrays.copyOf(l, capacity);
                }
                s[count] = start;
                e[count] = stop;
                l[count] = lineNo;
                count++;
            }
            start = end + 1;
        }
        starts = Arrays.copyOf(s, count);
        ends = Arrays.copyOf(e, count);
        lineNumbers = Arrays.copyOf(l, count);
        String[] c = new String[count];
        Map<String, Integer> idx = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            c[i] = code(i);
            Integer earlier = idx.putIfAbsent(c[i], i);
            if (earlier != null) {
                throw problem(i, "code", "the code '" + c[i] + "' is also on line " + lineNumbers[earlier]);
            }
        }
        codes = List.of(c);
        index = Collections.unmodifiableMap(idx);
    }

    /**
     * Loads a data set file (gzip is recognized by its content, not its name).
     *
     * @throws UncheckedIOException   if the file cannot be read
     * @throws ProfileFormatException if a line has no code or a code appears twice
     */
    public static DataSet load(Path file) {
        Checks.notNull(file, "file");
        byte[] bytes;
        // java.io for the default file system: it starts faster than the NIO channel classes
        try (InputStream in = file.getFileSystem() == FileSystems.getDefault() ? new FileInputStream(file.toFile())
                : Files.newInputStream(file)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the data set " + file + ": " + e.getMessage(), e);
        }
        return of(bytes, file.toString());
    }

    /** The embedded data set's resource, next to this class. */
    private static final String EMBEDDED = "occupations.jsonl.gz";

    /**
     * The data set this module embeds: every occupation of O*NET 29.3 with BLS wages and projections (see
     * {@code docs/data-import.md}). Read on first use and then shared.
     *
     * @throws UncheckedIOException if the resource cannot be read (a broken installation)
     */
    public static DataSet embedded() {
        return Embedded.DATA;
    }

    private static final class Embedded {
        static final DataSet DATA = fromResource(DataSet.class, EMBEDDED);
    }

    /**
     * Loads a data set from the class path, relative to {@code anchor} as {@link Class#getResourceAsStream}
     * resolves it. From a named module, the resource's package must be open to this module; otherwise open the
     * stream in your own module and call {@link #read(InputStream, String)}.
     *
     * @throws UncheckedIOException   if there is no such resource or it cannot be read
     * @throws ProfileFormatException if a line has no code or a code appears twice
     */
    public static DataSet fromResource(Class<?> anchor, String name) {
        Checks.notNull(anchor, "anchor");
        Checks.notBlank(name, "name");
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException("Cannot read the data set " + name + ": no such resource next to "
                        + anchor.getName(), new NoSuchFileException(name));
            }
            return read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the data set " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a data set from a stream (plain or gzipped JSON Lines); {@code source} names it in messages. Does
     * not close the stream.
     *
     * @throws UncheckedIOException   if the stream cannot be read
     * @throws ProfileFormatException if a line has no code or a code appears twice
     */
    public static DataSet read(InputStream in, String source) {
        Checks.notNull(in, "in");
        Checks.notBlank(source, "source");
        try {
            return of(in.readAllBytes(), source);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the data set " + source + ": " + e.getMessage(), e);
        }
    }

    private static DataSet of(byte[] bytes, String source) {
        try {
            return new DataSet(source, isGzip(bytes) ? gunzip(bytes) : bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the data set " + source + ": " + e.getMessage(), e);
        }
    }

    private static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
    }

    /**
     * Decompresses gzip data. The common case (one member with a plain header, as the importer writes) is
     * inflated in one call into an array of the size the trailer gives, its CRC and size checked; anything
     * else goes through {@link GZIPInputStream}.
     */
    static byte[] gunzip(byte[] gz) throws IOException {
        int n = gz.length;
        if (n > 18 && gz[2] == 8 && gz[3] == 0) {
            long size = (gz[n - 4] & 0xffL) | (gz[n - 3] & 0xffL) << 8 | (gz[n - 2] & 0xffL) << 16
                    | (gz[n - 1] & 0xffL) << 24;
            if (size < Integer.MAX_VALUE - 16) {
                byte[] out = new byte[(int) size];
                Inflater inflater = new Inflater(true);
                try {
                    inflater.setInput(gz, 10, n - 10);
                    int done = 0;
                    while (done < out.length && !inflater.finished() && !inflater.needsInput()) {
                        done += inflater.inflate(out, done, out.length - done);
                    }
                    if (done == out.length && (inflater.finished() || finishes(inflater))
                            && inflater.getRemaining() == 8) {
                        CRC32 crc = new CRC32();
                        crc.update(out, 0, out.length);
                        long expected = (gz[n - 8] & 0xffL) | (gz[n - 7] & 0xffL) << 8 | (gz[n - 6] & 0xffL) << 16
                                | (gz[n - 5] & 0xffL) << 24;
                        if (crc.getValue() == expected) {
                            return out;
                        }
                        throw new IOException("corrupt gzip data (CRC mismatch)");
                    }
                } catch (DataFormatException e) {
                    throw new IOException("corrupt gzip data: " + e.getMessage(), e);
                } finally {
                    inflater.end();
                }
            }
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz), 1 << 16)) {
            return in.readAllBytes();
        }
    }

    /** Whether the inflater reaches the end of the stream without producing more output. */
    private static boolean finishes(Inflater inflater) throws DataFormatException {
        byte[] probe = new byte[1];
        return inflater.inflate(probe) == 0 && inflater.finished();
    }

    /** What the data set was read from, as given. */
    public String source() {
        return source;
    }

    /** How many occupations the data set has. */
    public int size() {
        return codes.size();
    }

    /** The codes, in the data set's order (code order for data sets written by the importer). */
    public List<String> codes() {
        return codes;
    }

    public boolean contains(String code) {
        return index.containsKey(code);
    }

    /**
     * The occupation with this code, parsed now.
     *
     * @throws ProfileFormatException if its line is not a valid profile (the source names the line)
     */
    public Optional<Occupation> find(String code) {
        Integer i = index.get(Checks.notNull(code, "code"));
        return i == null ? Optional.empty() : Optional.of(parse(i));
    }

    /**
     * Every occupation, parsed one by one as the stream is consumed.
     *
     * @throws ProfileFormatException (when consumed) if a line is not a valid profile
     */
    public Stream<Occupation> occupations() {
        return IntStream.range(0, codes.size()).mapToObj(this::parse);
    }

    /** The code, title and also-called titles of every occupation, in the data set's order; read once, then kept. */
    public List<OccupationSummary> summaries() {
        List<OccupationSummary> s = summaries;
        if (s == null) {
            List<OccupationSummary> out = new ArrayList<>(codes.size());
            for (int i = 0; i < codes.size(); i++) {
                out.add(summary(i));
            }
            s = List.copyOf(out);
            summaries = s;
        }
        return s;
    }

    /** The summary of one occupation. */
    public Optional<OccupationSummary> summary(String code) {
        Integer i = index.get(Checks.notNull(code, "code"));
        return i == null ? Optional.empty() : Optional.of(summaries().get(i));
    }

    /** Every area id that appears in the wages or the outlook of any occupation, sorted. */
    public Set<String> areaIds() {
        Set<String> a = areaIds;
        if (a == null) {
            Set<String> ids = new TreeSet<>();
            for (int i = 0; i < codes.size(); i++) {
                collectAreas(i, ids);
            }
            a = Collections.unmodifiableSet(new LinkedHashSet<>(ids));
            areaIds = a;
        }
        return a;
    }

    /**
     * The occupations whose code, title or also-called titles match the words, best first. Case, accents and
     * punctuation are ignored ({@code "CAFÉ"} matches "cafe"). Order: the code (or its start) first, then the
     * exact title, then titles with a word starting with each query word (shorter titles first), then the same
     * for also-called titles, then titles or also-called titles containing the query; ties in code order. Blank
     * words give every occupation in code order.
     */
    public List<SearchHit> search(String words) {
        Checks.notNull(words, "words");
        SearchIndex s = searchIndex;
        if (s == null) {
            s = new SearchIndex(summaries());
            searchIndex = s;
        }
        return s.search(words);
    }

    @Override
    public String toString() {
        return "DataSet[" + source + ", " + codes.size() + " occupations]";
    }

    // ---- lines ------------------------------------------------------------------------------------------

    private String where(int i) {
        return source + ":" + lineNumbers[i];
    }

    private ProfileFormatException problem(int i, String path, String message) {
        return new ProfileFormatException(where(i), List.of(new ProfileProblem(path, message, 0, 0)));
    }

    private static boolean blank(byte[] b, int start, int end) {
        for (int i = start; i < end; i++) {
            if (b[i] != ' ' && b[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private Occupation parse(int i) {
        return ProfileJson.parse(new String(data, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8), where(i));
    }

    /** The line's code: read from the canonical start when the line has it, else from the top-level field. */
    private String code(int i) {
        int s = starts[i];
        int n = CANONICAL_START.length;
        if (ends[i] - s > n + 10 && Arrays.equals(data, s, s + n, CANONICAL_START, 0, n)) {
            int q = s + n;
            int end = q;
            while (end < ends[i] && data[end] != '"' && data[end] != '\\') {
                end++;
            }
            if (end - q == 10 && end < ends[i] && isCode(data, q)) {
                return new String(data, q, 10, StandardCharsets.US_ASCII);
            }
        }
        String[] found = new String[1];
        topLevel(i, (name, p) -> {
            if (name.equals("code") && p.currentToken() == JsonToken.VALUE_STRING) {
                found[0] = p.getText();
                return false;
            }
            p.skipChildren();
            return true;
        });
        if (found[0] == null || !Occupation.CODE_PATTERN.matcher(found[0]).matches()) {
            throw problem(i, "code", found[0] == null ? "required (every line of a data set needs its code)"
                    : "'" + found[0] + "' is not an O*NET-SOC code (NN-NNNN.NN)");
        }
        return found[0];
    }

    /** Whether the ten bytes at {@code at} are an O*NET-SOC code, NN-NNNN.NN. */
    private static boolean isCode(byte[] b, int at) {
        for (int k = 0; k < 10; k++) {
            byte x = b[at + k];
            boolean ok = k == 2 ? x == '-' : k == 7 ? x == '.' : x >= '0' && x <= '9';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private OccupationSummary summary(int i) {
        String[] title = new String[1];
        List<String> also = new ArrayList<>();
        boolean[] seen = new boolean[2];
        topLevel(i, (name, p) -> {
            if (name.equals("title")) {
                if (p.currentToken() != JsonToken.VALUE_STRING || p.getText().isBlank()) {
                    throw problem(i, "title", "expected text");
                }
                title[0] = p.getText();
                seen[0] = true;
            } else if (name.equals("alsoCalled") && p.currentToken() == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (p.currentToken() != JsonToken.VALUE_STRING || p.getText().isBlank()) {
                        throw problem(i, "alsoCalled", "expected a list of text");
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
            throw problem(i, "title", "required");
        }
        return new OccupationSummary(codes.get(i), title[0], also);
    }

    private void collectAreas(int i, Set<String> ids) {
        topLevel(i, (name, p) -> {
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

    /** The JSON factory, created on first use so that loading does not wait for it. */
    private static final class Json {
        static final JsonFactory FACTORY = new JsonFactory();
    }

    /** Visits a line's top-level fields (the parser is at the value); the visitor returns false to stop. */
    private interface FieldVisitor {
        boolean visit(String name, JsonParser p) throws IOException;
    }

    private void topLevel(int i, FieldVisitor visitor) {
        try (JsonParser p = Json.FACTORY.createParser(data, starts[i], ends[i] - starts[i])) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw problem(i, "", "expected a profile object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (!visitor.visit(name, p)) {
                    return;
                }
            }
        } catch (JsonProcessingException e) {
            throw problem(i, "", "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
