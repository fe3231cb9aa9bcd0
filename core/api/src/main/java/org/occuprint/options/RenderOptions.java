package org.occuprint.options;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.occuprint.internal.Checks;
import org.occuprint.model.Area;

/**
 * What to print and how: the choices shared by every output format. Immutable and thread-safe; made only by
 * {@link #builder()} (or {@link #toBuilder()}), so that a new option never breaks a caller.
 *
 * <pre>{@code
 * RenderOptions options = RenderOptions.builder()
 *         .printedOn(LocalDate.of(2022, 5, 21))
 *         .areas(List.of("CBSA-40140", "US"))
 *         .omit(SectionId.TECHNOLOGY)
 *         .agency("EDD")
 *         .build();
 * }</pre>
 *
 * <p>Format-specific settings (a tagged or untagged PDF, say) belong to the renderer, not here.
 *
 * @since 0.1
 */
public final class RenderOptions {
    /** The locale used when none is given: en-US. */
    public static final Locale DEFAULT_LOCALE = Locale.US;

    /** The online profile printed when none is chosen: the occupation's summary on O*NET OnLine. */
    public static final String DEFAULT_ONLINE_PROFILE = "https://www.onetonline.org/link/summary/{code}";

    /** An http or https address without spaces, quotes or angle brackets. */
    private static final Pattern ONLINE_PROFILE = Pattern.compile("https?://[^\\s\"<>]+");
    /**
     * The longest online profile address: with its code filled in, it must fit a QR code (2,331 bytes at
     * error correction level M) and still be a code a phone reads from a small print.
     */
    static final int ONLINE_PROFILE_MAX_LENGTH = 1000;

    /**
     * Every option's value. A record, so that equality, the hash and {@link #fingerprint()} cover each option
     * without a list to keep up to date.
     */
    private record Values(Locale locale, LocalDate printDate, PageSize pageSize, List<String> areas,
            Set<SectionId> sections, Detail detail, Optional<String> agency, Optional<String> office,
            Optional<Logo> logo, Optional<String> note, boolean largePrint, boolean charts,
            Optional<String> onlineProfile) {
    }

    private final Values v;

    private RenderOptions(Values values) {
        this.v = values;
    }

    /** en-US, today's date in the system time zone, Letter, every area and section, detailed, no branding. */
    public static RenderOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options, to change some of them. */
    public Builder toBuilder() {
        return new Builder(v);
    }

    /** The language and number and date formats of the printed words. */
    public Locale locale() {
        return v.locale;
    }

    /** The date printed in the footer ("Printed on ..."), also the files' creation date. */
    public LocalDate printDate() {
        return v.printDate;
    }

    /** The paper size. */
    public PageSize pageSize() {
        return v.pageSize;
    }

    /** The area ids to show in the wage and outlook tables, in order; empty means every area in the data. */
    public List<String> areas() {
        return v.areas;
    }

    /** The sections to print; the title block, footer, data sources and disclaimers always print. */
    public Set<SectionId> sections() {
        return v.sections;
    }

    /** Whether this section is selected (the summary handout narrows this further). */
    public boolean includes(SectionId section) {
        return v.sections.contains(section);
    }

    /** A detailed or a summary handout. */
    public Detail detail() {
        return v.detail;
    }

    /** The publishing agency, named in the link disclaimer and the document metadata. */
    public Optional<String> agency() {
        return v.agency;
    }

    /** The office's name and contact lines, printed under the title (lines separated by '\n'). */
    public Optional<String> office() {
        return v.office;
    }

    /** The agency's or office's logo. */
    public Optional<Logo> logo() {
        return v.logo;
    }

    /** A counselor's note, printed in a box after the title block (lines separated by '\n'). */
    public Optional<String> note() {
        return v.note;
    }

    /** Large print: body text of at least 18 points, larger headings. */
    public boolean largePrint() {
        return v.largePrint;
    }

    /** Whether the wage and outlook sections draw charts above their tables (the default). */
    public boolean charts() {
        return v.charts;
    }

    /**
     * The address template of the occupation's online profile, printed with a QR code on the first page;
     * empty when the handout prints no QR code. {@code {code}} stands for the O*NET-SOC code
     * ({@code 29-2072.00}), {@code {soc}} for the SOC code ({@code 29-2072}).
     */
    public Optional<String> onlineProfile() {
        return v.onlineProfile;
    }

    /**
     * A digest of every option's value (SHA-256, hexadecimal): equal for equal options, different when any
     * option differs. For telling whether files were made with the same options, for example when a guide
     * run resumes.
     */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(v.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RenderOptions other && v.equals(other.v);
    }

    @Override
    public int hashCode() {
        return v.hashCode();
    }

    /** The options for a log line; the counselor's note is left out (it is about a person), only its length shows. */
    @Override
    public String toString() {
        return "RenderOptions[locale=" + v.locale.toLanguageTag() + ", printDate=" + v.printDate + ", pageSize="
                + v.pageSize + ", areas=" + v.areas + ", sections=" + v.sections + ", detail=" + v.detail
                + ", agency=" + v.agency.orElse("-") + ", office=" + v.office.map(s -> "(" + s.length() + " characters)").orElse("-")
                + ", logo=" + v.logo.map(Logo::toString).orElse("-")
                + ", note=" + v.note.map(s -> "(" + s.length() + " characters)").orElse("-")
                + ", largePrint=" + v.largePrint + ", charts=" + v.charts
                + ", onlineProfile=" + v.onlineProfile.orElse("-") + "]";
    }

    /**
     * Collects values; {@link #build()} checks them. Not thread-safe.
     *
     * <p>Defaults: {@link #DEFAULT_LOCALE}, today's date in the system time zone (taken when {@link #build()} is
     * called), Letter, every area in the data, every section, detailed, no agency, office, logo or note;
     * charts, and the O*NET OnLine profile with its QR code.
     */
    public static final class Builder {
        private Locale locale = DEFAULT_LOCALE;
        private @Nullable LocalDate printedOn;
        private PageSize pageSize = PageSize.LETTER;
        private List<String> areas = new ArrayList<>();
        private EnumSet<SectionId> sections = EnumSet.allOf(SectionId.class);
        private Detail detail = Detail.DETAILED;
        private @Nullable String agency;
        private @Nullable String office;
        private @Nullable Logo logo;
        private @Nullable String note;
        private boolean largePrint;
        private boolean charts = true;
        private @Nullable String onlineProfile = DEFAULT_ONLINE_PROFILE;

        private Builder() {
        }

        private Builder(Values v) {
            locale = v.locale;
            printedOn = v.printDate;
            pageSize = v.pageSize;
            areas = new ArrayList<>(v.areas);
            sections = v.sections.isEmpty() ? EnumSet.noneOf(SectionId.class) : EnumSet.copyOf(v.sections);
            detail = v.detail;
            agency = v.agency.orElse(null);
            office = v.office.orElse(null);
            logo = v.logo.orElse(null);
            note = v.note.orElse(null);
            largePrint = v.largePrint;
            charts = v.charts;
            onlineProfile = v.onlineProfile.orElse(null);
        }

        public Builder locale(Locale locale) {
            this.locale = Checks.notNull(locale, "locale");
            return this;
        }

        /** The print date; {@code null} for today in the system time zone, taken when the options are built. */
        public Builder printedOn(@Nullable LocalDate date) {
            this.printedOn = date;
            return this;
        }

        public Builder pageSize(PageSize pageSize) {
            this.pageSize = Checks.notNull(pageSize, "pageSize");
            return this;
        }

        /** Area ids to show, in order ({@code US}, {@code ST-06}, {@code CBSA-40140} ...); empty for every area in the data. */
        public Builder areas(Collection<String> ids) {
            this.areas = new ArrayList<>(Checks.notNull(ids, "ids"));
            return this;
        }

        /** Print exactly these sections. */
        public Builder sections(Collection<SectionId> selected) {
            Checks.notNull(selected, "selected");
            this.sections = selected.isEmpty() ? EnumSet.noneOf(SectionId.class) : EnumSet.copyOf(selected);
            return this;
        }

        /** Leave these sections out. */
        public Builder omit(SectionId... omitted) {
            for (SectionId s : omitted) {
                sections.remove(s);
            }
            return this;
        }

        /** Leave these sections out. */
        public Builder omit(Collection<SectionId> omitted) {
            sections.removeAll(omitted);
            return this;
        }

        public Builder detail(Detail detail) {
            this.detail = Checks.notNull(detail, "detail");
            return this;
        }

        /** The agency; blank or {@code null} for none. */
        public Builder agency(@Nullable String agency) {
            this.agency = agency;
            return this;
        }

        /** The office's lines; blank or {@code null} for none. */
        public Builder office(@Nullable String office) {
            this.office = office;
            return this;
        }

        public Builder logo(@Nullable Logo logo) {
            this.logo = logo;
            return this;
        }

        /** The counselor's note; blank or {@code null} for none. */
        public Builder note(@Nullable String note) {
            this.note = note;
            return this;
        }

        public Builder largePrint(boolean largePrint) {
            this.largePrint = largePrint;
            return this;
        }

        /** Whether to draw the wage and outlook charts; on by default. */
        public Builder charts(boolean charts) {
            this.charts = charts;
            return this;
        }

        /**
         * The address of the occupation's online profile, printed in words and as a QR code on the first
         * page: an {@code http} or {@code https} address in which {@code {code}} stands for the O*NET-SOC code
         * and {@code {soc}} for the SOC code; {@code null} for no QR code and no address. Default:
         * {@link #DEFAULT_ONLINE_PROFILE}.
         */
        public Builder onlineProfile(@Nullable String template) {
            this.onlineProfile = template;
            return this;
        }

        /**
         * The options.
         *
         * @throws InvalidOptionException if an area id is not of the form {@code US}, {@code ST-NN},
         *                                {@code CBSA-NNNNN}, {@code CO-NNNNN} or {@code RG-NAME}, or is given twice
         */
        public RenderOptions build() {
            List<String> ids = Checks.copy(areas, "areas");
            for (String id : ids) {
                if (!Area.ID_PATTERN.matcher(id).matches()) {
                    throw new InvalidOptionException("areas", "The area id '" + id
                            + "' is not valid (expected US, ST-NN, CBSA-NNNNN, CO-NNNNN or RG-NAME).");
                }
            }
            if (new LinkedHashSet<>(ids).size() != ids.size()) {
                throw new InvalidOptionException("areas", "The areas " + ids + " repeat an id.");
            }
            Set<SectionId> selected = sections.isEmpty() ? Collections.emptySet()
                    : Collections.unmodifiableSet(EnumSet.copyOf(sections));
            Optional<String> online = blankToEmpty(onlineProfile).map(String::strip);
            if (online.isPresent() && !ONLINE_PROFILE.matcher(online.get()).matches()) {
                throw new InvalidOptionException("onlineProfile", "The online profile address '" + online.get()
                        + "' is not an http or https address (for example https://www.onetonline.org/link/summary/{code}).");
            }
            if (online.isPresent() && online.get().length() > ONLINE_PROFILE_MAX_LENGTH) {
                throw new InvalidOptionException("onlineProfile", "The online profile address is "
                        + online.get().length() + " characters long; a printed QR code holds at most "
                        + ONLINE_PROFILE_MAX_LENGTH + ".");
            }
            LocalDate date = printedOn != null ? printedOn : LocalDate.now();
            return new RenderOptions(new Values(locale, date, pageSize, ids, selected, detail, blankToEmpty(agency),
                    blankToEmpty(office), Optional.ofNullable(logo), blankToEmpty(note), largePrint, charts, online));
        }

        private static Optional<String> blankToEmpty(@Nullable String s) {
            return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
        }
    }
}
