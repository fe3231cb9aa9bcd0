package org.occuprint.importer;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.occuprint.internal.AtomicFiles;
import org.occuprint.model.Occupation;

/**
 * Reads one delimited text file (quote-aware, RFC 4180 rules with the given delimiter; gzipped when the name
 * ends in {@code .gz}), checks that the header has the columns the importer needs and that every row has as
 * many fields as the header, and hands each row to a consumer. Every problem becomes an {@link
 * ImportException} naming the file and line.
 */
final class RawTable {
    private RawTable() {
    }

    /**
     * Reads {@code file}.
     *
     * @param delimiter the field delimiter (tab for O*NET and OEWS text, comma for the projections CSV)
     * @param columns   the columns the caller reads; each must be in the header
     */
    static void read(Path file, char delimiter, List<String> columns, Consumer<Row> action) {
        CSVFormat format = CSVFormat.Builder.create()
                .setDelimiter(delimiter)
                .setQuote('"')
                .setIgnoreEmptyLines(true)
                .get();
        try (InputStream raw = open(file);
                Reader reader = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
                CSVParser parser = CSVParser.parse(reader, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!next(records, file, parser)) {
                throw new ImportException(file, 0, "the file is empty (expected a header with the columns "
                        + String.join(", ", quoted(columns)) + ")");
            }
            CSVRecord header = records.next();
            Map<String, Integer> index = new HashMap<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i);
                if (i == 0 && name.startsWith("\uFEFF")) {
                    name = name.substring(1);
                }
                names.add(name);
                index.putIfAbsent(name, i);
            }
            for (String c : columns) {
                if (!index.containsKey(c)) {
                    throw new ImportException(file, parser.getCurrentLineNumber(), "the header has no column '" + c
                            + "' (found: " + String.join(", ", quoted(names)) + ")");
                }
            }
            while (next(records, file, parser)) {
                CSVRecord record = records.next();
                long line = parser.getCurrentLineNumber();
                if (record.size() != names.size()) {
                    throw new ImportException(file, line, String.format(Locale.ROOT,
                            "malformed row: %d fields where the header has %d", record.size(), names.size()));
                }
                action.accept(new Row(file, line, record, index));
            }
        } catch (NoSuchFileException e) {
            throw new ImportException(file, 0, "file not found");
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot read the file: " + AtomicFiles.reason(e), e);
        }
    }

    private static boolean next(Iterator<CSVRecord> records, Path file, CSVParser parser) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            long line = Math.max(1, parser.getCurrentLineNumber());
            if (e.getCause() instanceof CharacterCodingException) {
                throw new ImportException(file, 0, "not UTF-8 text (found while reading line " + line + " or soon after)", e);
            }
            String why = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : String.valueOf(e.getMessage());
            throw new ImportException(file, line, "malformed row: " + why, e);
        }
    }

    private static InputStream open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            if (Files.isDirectory(file)) {
                throw new ImportException(file, 0, "is a directory, not a file");
            }
            throw new NoSuchFileException(file.toString());
        }
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            try {
                return new GZIPInputStream(in, 1 << 16);
            } catch (IOException e) {
                in.close();
                throw new ImportException(file, 0, "not a gzip file: " + AtomicFiles.reason(e), e);
            }
        }
        return in;
    }

    private static List<String> quoted(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").toList();
    }

    /** One row: its fields by column name, and value parsers whose errors name the file, line and column. */
    static final class Row {
        private final Path file;
        private final long line;
        private final CSVRecord record;
        private final Map<String, Integer> index;

        Row(Path file, long line, CSVRecord record, Map<String, Integer> index) {
            this.file = file;
            this.line = line;
            this.record = record;
            this.index = index;
        }

        Path file() {
            return file;
        }

        long line() {
            return line;
        }

        /** The field's text exactly as in the file (quotes removed). */
        String get(String column) {
            Integer i = index.get(column);
            if (i == null) {
                throw new IllegalStateException("Column '" + column + "' was not requested for " + file);
            }
            return record.get(i);
        }

        /** The field's text, which must not be blank. */
        String text(String column) {
            String v = get(column);
            if (v.isBlank()) {
                throw error(column, v, "must not be empty");
            }
            return v;
        }

        ImportException error(String column, String value, String reason) {
            return new ImportException(file, line, "column '" + column + "': '" + value + "' " + reason);
        }

        ImportException error(String reason) {
            return new ImportException(file, line, reason);
        }

        /** An O*NET-SOC code ({@code NN-NNNN.NN}). */
        String code(String column) {
            String v = get(column);
            if (!Occupation.CODE_PATTERN.matcher(v).matches()) {
                throw error(column, v, "is not an O*NET-SOC code (NN-NNNN.NN)");
            }
            return v;
        }

        /** A SOC code ({@code NN-NNNN}). */
        String soc(String column) {
            String v = get(column);
            if (!Occupation.SOC_PATTERN.matcher(v).matches()) {
                throw error(column, v, "is not a SOC code (NN-NNNN)");
            }
            return v;
        }

        /** A plain decimal number exactly as written (digits, optional point and fraction; no sign, no grouping). */
        BigDecimal decimal(String column) {
            return decimal(column, get(column));
        }

        BigDecimal decimal(String column, String value) {
            if (!Numbers.isPlainDecimal(value)) {
                throw error(column, value, "is not a number");
            }
            return new BigDecimal(value);
        }

        /** A whole number between {@code min} and {@code max}; "5.0" counts as 5. */
        int integer(String column, int min, int max) {
            String v = get(column);
            BigDecimal d = decimal(column, v);
            try {
                int i = d.intValueExact();
                if (i >= min && i <= max) {
                    return i;
                }
            } catch (ArithmeticException e) {
                // reported below
            }
            throw error(column, v, String.format(Locale.ROOT, "is not a whole number from %d to %d", min, max));
        }

        /** Y or N. */
        boolean yesNo(String column) {
            String v = get(column);
            if (v.equals("Y")) {
                return true;
            }
            if (v.equals("N")) {
                return false;
            }
            throw error(column, v, "is not Y or N");
        }
    }
}
