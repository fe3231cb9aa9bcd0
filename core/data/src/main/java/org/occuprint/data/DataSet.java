package org.occuprint.data;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.occuprint.internal.Checks;
import org.occuprint.io.ProfileFormatException;
import org.occuprint.io.ProfileJson;
import org.occuprint.model.Occupation;

/**
 * A data set of profiles (JSON Lines, plain or gzipped), read lazily: loading only finds the lines and each
 * line's code; a profile is parsed when it is asked for. A gzipped data set as {@link DataSetWriter} writes it
 * (one gzip member per line, whose header gives the code, titles and area ids) is not even inflated until a
 * profile is asked for, and only its compressed bytes are kept. Immutable and thread-safe.
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
    // loading: a data set of gzip members with headers (as DataSetWriter writes it) is read by MemberIndex, its
    // headers only, each line inflated when asked for; any other is inflated by Gzip and split by LineIndex,
    // which reads each code (FieldScanner), the summaries and area ids when first asked for; a profile is parsed
    // by ProfileJson when found
    private final String source;
    private final Lines lines;
    private volatile @Nullable List<OccupationSummary> summaries;
    private volatile @Nullable Set<String> areaIds;
    private volatile @Nullable SearchIndex searchIndex;

    private DataSet(String source, Lines lines) {
        this.source = source;
        this.lines = lines;
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
            if (Gzip.isGzip(bytes)) {
                // one member per line with the headers DataSetWriter writes: nothing to inflate yet
                MemberIndex members = MemberIndex.of(source, bytes);
                return new DataSet(source, members != null ? members : LineIndex.of(source, Gzip.gunzip(bytes)));
            }
            return new DataSet(source, LineIndex.of(source, bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the data set " + source + ": " + e.getMessage(), e);
        }
    }

    /** What the data set was read from, as given. */
    public String source() {
        return source;
    }

    /** How many occupations the data set has. */
    public int size() {
        return lines.size();
    }

    /** The codes, in the data set's order (code order for data sets written by the importer). */
    public List<String> codes() {
        return lines.codes();
    }

    /** Whether the data set has an occupation with this code. */
    public boolean contains(String code) {
        return lines.indexOf(code) >= 0;
    }

    /**
     * The occupation with this code, parsed now.
     *
     * @throws ProfileFormatException if its line is not a valid profile (the source names the line)
     */
    public Optional<Occupation> find(String code) {
        int i = lines.indexOf(Checks.notNull(code, "code"));
        return i < 0 ? Optional.empty() : Optional.of(parse(i));
    }

    /**
     * Every occupation, parsed one by one as the stream is consumed.
     *
     * @throws ProfileFormatException (when consumed) if a line is not a valid profile
     */
    public Stream<Occupation> occupations() {
        return IntStream.range(0, lines.size()).mapToObj(this::parse);
    }

    /** The code, title and also-called titles of every occupation, in the data set's order; read once, then kept. */
    public List<OccupationSummary> summaries() {
        List<OccupationSummary> s = summaries;
        if (s == null) {
            List<OccupationSummary> out = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                out.add(lines.summary(i));
            }
            s = List.copyOf(out);
            summaries = s;
        }
        return s;
    }

    /** The summary of one occupation. */
    public Optional<OccupationSummary> summary(String code) {
        int i = lines.indexOf(Checks.notNull(code, "code"));
        return i < 0 ? Optional.empty() : Optional.of(summaries().get(i));
    }

    /** Every area id that appears in the wages or the outlook of any occupation, sorted. */
    public Set<String> areaIds() {
        Set<String> a = areaIds;
        if (a == null) {
            a = Collections.unmodifiableSet(new LinkedHashSet<>(lines.areaIds()));
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
        return "DataSet[" + source + ", " + lines.size() + " occupations]";
    }

    private Occupation parse(int i) {
        FieldScanner line = lines.line(i);
        return ProfileJson.parse(line.text(), line.where());
    }
}
