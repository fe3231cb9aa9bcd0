package org.occuprint.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.occuprint.model.Area;
import org.occuprint.model.AreaProjection;
import org.occuprint.model.AreaWage;
import org.occuprint.model.Period;
import org.occuprint.model.WageVintage;
import org.occuprint.model.DataSource;
import org.occuprint.model.Industry;
import org.occuprint.model.Link;
import org.occuprint.model.Occupation;
import org.occuprint.model.OccupationRef;
import org.occuprint.model.Outlook;
import org.occuprint.model.Percentiles;
import org.occuprint.model.Skill;
import org.occuprint.model.Task;
import org.occuprint.model.TopCoded;
import org.occuprint.model.Wages;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * Reads and writes the profile JSON format, version 1 ({@code docs/profile-format.md} specifies every field).
 *
 * <pre>{@code
 * Occupation o = ProfileJson.read(Path.of("29-2072.00.json"));   // ProfileFormatException when invalid
 * List<ProfileProblem> problems = ProfileJson.validate(Path.of("draft.json"));
 * String json = ProfileJson.toJson(o, true);
 * }</pre>
 *
 * <p>Reading checks everything: unknown fields are rejected by name, required fields and wrong types are
 * reported with their JSON path and line/column, and every problem is collected before failing. Writing
 * produces the canonical form: fields in the documented order, empty lists and absent values left out.
 * Thread-safe.
 *
 * @since 0.1
 */
public final class ProfileJson {
    /** The largest profile read, in bytes of a file (characters of other input): 2 MiB, 150 times the largest real one. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** The longest text value, in characters (the longest real one has 733). */
    public static final int MAX_TEXT = 10_000;
    /** The most items in one list (the longest real list has 20). */
    public static final int MAX_ITEMS = 500;
    /** The deepest nesting of objects and lists (a profile nests 5 deep). */
    public static final int MAX_DEPTH = 20;

    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(MAX_BYTES)
                    .maxStringLength(MAX_TEXT * 10).maxNestingDepth(MAX_DEPTH).maxNumberLength(100).build())
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private ProfileJson() {
    }

    /**
     * Reads one profile from a file.
     *
     * @throws ProfileFormatException if the file is not a valid profile (every problem listed)
     * @throws UncheckedIOException   if the file cannot be read
     */
    public static Occupation read(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ProfileFormatException(file.toString(), List.of(new ProfileProblem("", String.format(Locale.ROOT,
                        "the file is %,d bytes; a profile may be at most %,d (2 MiB)", size, MAX_BYTES), 0, 0)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ProfileFormatException(file.toString(), List.of(new ProfileProblem("", "not UTF-8 text", 0, 0)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads one profile from a stream of UTF-8 JSON; {@code source} names it in messages. */
    public static Occupation read(InputStream in, String source) {
        return read(new java.io.InputStreamReader(in, StandardCharsets.UTF_8), source);
    }

    /** Reads one profile from JSON text; {@code source} names it in messages. */
    public static Occupation parse(String json, String source) {
        return read(new StringReader(json), source);
    }

    /**
     * Reads one profile; {@code source} names it in messages. A leading byte-order mark (which Windows
     * Notepad writes) is skipped.
     */
    public static Occupation read(Reader reader, String source) {
        ProfileBinder binder = new ProfileBinder();
        Occupation o = null;
        JsonTree.Node root = parseTree(reader, binder.problems());
        if (root != null) {
            o = binder.bind(root);
        }
        if (o == null || !binder.problems().isEmpty()) {
            throw new ProfileFormatException(source, binder.sortedProblems());
        }
        return o;
    }

    /** Every problem in a profile file; empty when it is valid. */
    public static List<ProfileProblem> validate(Path file) {
        try {
            read(file);
            return List.of();
        } catch (ProfileFormatException e) {
            return e.problems();
        }
    }

    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        PushbackReader in = new PushbackReader(reader, 1);
        int first = in.read();
        if (first != -1 && first != '\uFEFF') {
            in.unread(first);
        }
        return in;
    }

    private static JsonTree.Node parseTree(Reader reader, List<ProfileProblem> problems) {
        try (JsonParser p = FACTORY.createParser(withoutByteOrderMark(reader))) {
            if (p.nextToken() == null) {
                problems.add(new ProfileProblem("", "no JSON found (the input is empty)", 0, 0));
                return null;
            }
            JsonTree.Node root = JsonTree.read(p);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                var loc = p.currentTokenLocation();
                problems.add(new ProfileProblem("", "unexpected content after the profile", loc.getLineNr(),
                        loc.getColumnNr()));
                return null;
            }
            return root;
        } catch (StreamConstraintsException e) {
            problems.add(new ProfileProblem("", "too large: " + e.getOriginalMessage().replaceFirst("\\s*\\(.*$", "")
                    + String.format(Locale.ROOT, " (limits: %,d bytes, %d levels of nesting)", MAX_BYTES, MAX_DEPTH), 0, 0));
            return null;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            problems.add(new ProfileProblem("", "malformed JSON: " + e.getOriginalMessage(),
                    loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr()));
            return null;
        } catch (java.nio.charset.CharacterCodingException e) {
            problems.add(new ProfileProblem("", "not UTF-8 text", 0, 0));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- writing -----------------------------------------------------------------------------------------

    /** The canonical JSON of a profile, pretty-printed (2-space indent, LF) or on one line. */
    public static String toJson(Occupation o, boolean pretty) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        write(o, out, pretty);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Writes the canonical JSON of a profile as UTF-8; does not close the stream. */
    public static void write(Occupation o, OutputStream out, boolean pretty) {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            write(o, g, pretty);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the canonical JSON of a profile; does not close the writer. */
    public static void write(Occupation o, Writer out, boolean pretty) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            write(o, g, pretty);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Occupation o, JsonGenerator g, boolean pretty) throws IOException {
        if (pretty) {
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pp);
        }
        g.writeStartObject();
        g.writeNumberField("formatVersion", ProfileBinder.FORMAT_VERSION);
        g.writeStringField("code", o.code());
        g.writeStringField("socCode", o.socCode());
        g.writeStringField("title", o.title());
        texts(g, "alsoCalled", o.alsoCalled());
        texts(g, "specialties", o.specialties());
        texts(g, "summary", o.summary());
        if (!o.tasks().isEmpty()) {
            g.writeArrayFieldStart("tasks");
            for (Task t : o.tasks()) {
                g.writeStartObject();
                g.writeStringField("task", t.task());
                text(g, "skill", t.skill());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!o.skills().isEmpty()) {
            g.writeArrayFieldStart("skills");
            for (Skill s : o.skills()) {
                g.writeStartObject();
                g.writeStringField("name", s.name());
                text(g, "description", s.description());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        texts(g, "tools", o.tools());
        texts(g, "technology", o.technology());
        texts(g, "workingConditions", o.workingConditions());
        if (!o.interests().isEmpty()) {
            g.writeObjectFieldStart("interests");
            texts(g, "codes", o.interests().codes());
            texts(g, "text", o.interests().text());
            g.writeEndObject();
        }
        if (o.wages().isPresent()) {
            writeWages(g, o.wages().get());
        }
        texts(g, "benefits", o.benefits());
        if (o.outlook().isPresent()) {
            writeOutlook(g, o.outlook().get());
        }
        text(g, "typicalEducation", o.typicalEducation());
        text(g, "workExperience", o.workExperience());
        text(g, "onTheJobTraining", o.onTheJobTraining());
        if (o.preparationGroup().isPresent()) {
            g.writeFieldName("preparationGroup");
            writeRef(g, o.preparationGroup().get());
        }
        if (o.jobZone().isPresent()) {
            g.writeNumberField("jobZone", o.jobZone().getAsInt());
        }
        texts(g, "education", o.education());
        texts(g, "licensing", o.licensing());
        texts(g, "certification", o.certification());
        texts(g, "advancement", o.advancement());
        texts(g, "findingWork", o.findingWork());
        if (!o.industries().isEmpty()) {
            g.writeArrayFieldStart("industries");
            for (Industry i : o.industries()) {
                g.writeStartObject();
                g.writeStringField("name", i.name());
                number(g, "percent", i.percent());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (o.industriesGroup().isPresent()) {
            g.writeFieldName("industriesGroup");
            writeRef(g, o.industriesGroup().get());
        }
        texts(g, "employerHeadings", o.employerHeadings());
        if (!o.related().isEmpty()) {
            g.writeArrayFieldStart("related");
            for (OccupationRef r : o.related()) {
                writeRef(g, r);
            }
            g.writeEndArray();
        }
        if (!o.sources().isEmpty()) {
            g.writeArrayFieldStart("sources");
            for (Link l : o.sources()) {
                g.writeStartObject();
                g.writeStringField("title", l.title());
                g.writeStringField("url", l.url());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!o.dataSources().isEmpty()) {
            g.writeArrayFieldStart("dataSources");
            for (DataSource d : o.dataSources()) {
                g.writeStartObject();
                g.writeStringField("name", d.name());
                g.writeStringField("publisher", d.publisher());
                text(g, "url", d.url());
                text(g, "license", d.license());
                texts(g, "notices", d.notices());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        if (pretty) {
            g.writeRaw('\n');
        }
    }

    private static void writeWages(JsonGenerator g, Wages w) throws IOException {
        g.writeObjectFieldStart("wages");
        g.writeNumberField("year", w.year());
        g.writeStringField("source", w.source());
        g.writeArrayFieldStart("areas");
        for (AreaWage a : w.areas()) {
            g.writeStartObject();
            writeArea(g, a.area());
            if (a.hourly().isPresent()) {
                writePercentiles(g, "hourly", a.hourly().get());
            }
            if (a.annual().isPresent()) {
                writePercentiles(g, "annual", a.annual().get());
            }
            if (a.topCoded().isPresent()) {
                TopCoded t = a.topCoded().get();
                g.writeObjectFieldStart("topCoded");
                number(g, "annual", t.annual());
                number(g, "hourly", t.hourly());
                g.writeEndObject();
            }
            whole(g, "employment", a.employment());
            if (a.aggregate().isPresent()) {
                g.writeFieldName("aggregate");
                writeRef(g, a.aggregate().get());
            }
            if (a.vintage().isPresent()) {
                WageVintage v = a.vintage().get();
                g.writeObjectFieldStart("vintage");
                g.writeStringField("publisher", v.publisher());
                g.writeStringField("period", v.period());
                g.writeStringField("source", v.source());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        texts(g, "text", w.text());
        g.writeEndObject();
    }

    private static void writeOutlook(JsonGenerator g, Outlook o) throws IOException {
        g.writeObjectFieldStart("outlook");
        g.writeNumberField("baseYear", o.baseYear());
        g.writeNumberField("projectedYear", o.projectedYear());
        g.writeStringField("source", o.source());
        g.writeArrayFieldStart("areas");
        for (AreaProjection a : o.areas()) {
            g.writeStartObject();
            writeArea(g, a.area());
            whole(g, "baseEmployment", a.baseEmployment());
            whole(g, "projectedEmployment", a.projectedEmployment());
            whole(g, "employmentChange", a.employmentChange());
            if (a.percentChange().isPresent()) {
                g.writeNumberField("percentChange", a.percentChange().get());
            }
            whole(g, "annualOpenings", a.annualOpenings());
            if (a.countUnit() != 1) {
                g.writeNumberField("countUnit", a.countUnit());
            }
            if (a.aggregate().isPresent()) {
                g.writeFieldName("aggregate");
                writeRef(g, a.aggregate().get());
            }
            if (a.allOccupations().isPresent()) {
                g.writeObjectFieldStart("allOccupations");
                g.writeNumberField("baseEmployment", a.allOccupations().get().baseEmployment());
                g.writeNumberField("projectedEmployment", a.allOccupations().get().projectedEmployment());
                if (a.allOccupations().get().percentChange().isPresent()) {
                    g.writeNumberField("percentChange", a.allOccupations().get().percentChange().get());
                }
                g.writeEndObject();
            }
            if (a.period().isPresent()) {
                Period p = a.period().get();
                g.writeObjectFieldStart("period");
                g.writeNumberField("baseYear", p.baseYear());
                g.writeNumberField("projectedYear", p.projectedYear());
                g.writeStringField("publisher", p.publisher());
                g.writeStringField("source", p.source());
                texts(g, "notes", p.notes());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        texts(g, "text", o.text());
        g.writeEndObject();
    }

    private static void writeArea(JsonGenerator g, Area a) throws IOException {
        g.writeObjectFieldStart("area");
        g.writeStringField("id", a.id());
        g.writeStringField("name", a.name());
        g.writeStringField("kind", a.kind().name());
        g.writeEndObject();
    }

    private static void writePercentiles(JsonGenerator g, String name, Percentiles p) throws IOException {
        g.writeObjectFieldStart(name);
        number(g, "p25", p.p25());
        number(g, "median", p.median());
        number(g, "p75", p.p75());
        g.writeEndObject();
    }

    private static void writeRef(JsonGenerator g, OccupationRef r) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", r.code());
        g.writeStringField("title", r.title());
        g.writeEndObject();
    }

    private static void texts(JsonGenerator g, String name, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void text(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        }
    }

    private static void number(JsonGenerator g, String name, Optional<BigDecimal> value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(name, value.get());
        }
    }

    private static void whole(JsonGenerator g, String name, OptionalLong value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(name, value.getAsLong());
        }
    }
}
