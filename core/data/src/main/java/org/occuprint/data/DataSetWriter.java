package org.occuprint.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.occuprint.internal.AtomicFiles;
import org.occuprint.internal.Checks;
import org.occuprint.io.ProfileJson;
import org.occuprint.model.Occupation;

/**
 * Writes profiles as a data set that {@link DataSet} reads: JSON Lines, one profile per line in canonical
 * JSON ({@link ProfileJson#write(Occupation, OutputStream, boolean) ProfileJson.write(o, out, false)}, which
 * starts every line with {@code formatVersion} and {@code code}, so that loading finds the codes without
 * parsing), each line ended by {@code \n}, in the order given.
 *
 * <pre>{@code
 * DataSetWriter.write(List.of(nurse, specialist), Path.of("my-occupations.jsonl.gz"));
 * DataSet mine = DataSet.load(Path.of("my-occupations.jsonl.gz"));
 * }</pre>
 *
 * <p>A name ending in {@code .gz} (any case) is gzipped at the best compression level with no file name and
 * modification time 0, so the same profiles always give the same bytes: one gzip member per profile, whose
 * header carries, in an extra field that gzip tools skip, the member's length, the code, the titles and the
 * area ids, so that {@link DataSet} loads it without inflating anything (the file stays plain gzip of JSON
 * Lines for every other reader; it is about 1.7 times the size of one member for the whole file). The file
 * is written under a temporary name beside it and moved into place when complete: a failed write leaves no
 * file behind and an existing file unchanged. The folder is created if needed.
 *
 * @since 0.1
 */
public final class DataSetWriter {
    private DataSetWriter() {
    }

    /**
     * Writes the data set file.
     *
     * @param occupations the profiles, in the order to write them (the importer's is code order)
     * @throws IllegalArgumentException if two profiles have the same code (the data set could not be loaded)
     * @throws UncheckedIOException     if the file cannot be written (the message names it and says why)
     */
    public static void write(List<Occupation> occupations, Path out) {
        Checks.notNull(occupations, "occupations");
        Checks.notNull(out, "out");
        checkCodes(occupations);
        boolean gzip = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        try {
            Path dir = out.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            AtomicFiles.write(out, stream -> {
                if (gzip) {
                    writeMembers(occupations, stream);
                } else {
                    writeLines(occupations, stream);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(message(out, e), e);
        } catch (RuntimeException e) {
            // AtomicFiles reports a failed write as an unchecked exception caused by the IOException
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(message(out, io), io);
            }
            throw e;
        }
    }

    /**
     * Writes the profiles' lines, uncompressed, to a stream (not closed). For a data set kept elsewhere than
     * in a file; {@link #write(List, Path)} is the way to write a file.
     *
     * @throws IllegalArgumentException if two profiles have the same code
     * @throws IOException              if the stream cannot be written
     */
    public static void write(List<Occupation> occupations, OutputStream out) throws IOException {
        Checks.notNull(occupations, "occupations");
        Checks.notNull(out, "out");
        checkCodes(occupations);
        writeLines(occupations, out);
    }

    private static void checkCodes(List<Occupation> occupations) {
        Set<String> codes = new HashSet<>();
        for (Occupation o : occupations) {
            Checks.notNull(o, "occupation");
            Checks.argument(codes.add(o.code()), "The code '%s' appears twice in the data set.", o.code());
        }
    }

    private static void writeLines(List<Occupation> occupations, OutputStream out) throws IOException {
        for (Occupation o : occupations) {
            ProfileJson.write(o, out, false);
            out.write('\n');
        }
    }

    /**
     * The profiles gzipped one member per line, each header carrying what loading needs ({@link MemberIndex});
     * if one profile's titles cannot go into a header, the whole file is one plain member instead. The members
     * are made in memory first (a sixth of the profiles' JSON), so that nothing is written before that is known.
     */
    private static void writeMembers(List<Occupation> occupations, OutputStream out) throws IOException {
        if (occupations.isEmpty()) {
            // no members would be an empty file, which gzip tools refuse
            new BestGzip(out).close();
            return;
        }
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            ByteArrayOutputStream members = new ByteArrayOutputStream(1 << 16);
            ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 15);
            for (Occupation o : occupations) {
                line.reset();
                ProfileJson.write(o, line, false);
                line.write('\n');
                OccupationSummary summary = new OccupationSummary(o.code(), o.title(), o.alsoCalled());
                if (!MemberIndex.write(line.toByteArray(), summary, new TreeSet<>(o.areaIds()), deflater, members)) {
                    try (GZIPOutputStream gz = new BestGzip(out)) {
                        writeLines(occupations, gz);
                    }
                    return;
                }
            }
            members.writeTo(out);
        } finally {
            deflater.end();
        }
    }

    private static String message(Path out, IOException e) {
        return "Cannot write the data set " + out + ": " + AtomicFiles.reason(e);
    }

    /** A gzip stream at the best compression level; the JDK writes no file name and modification time 0. */
    private static final class BestGzip extends GZIPOutputStream {
        BestGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }
}
