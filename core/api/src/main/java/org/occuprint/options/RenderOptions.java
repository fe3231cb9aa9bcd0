package org.occuprint.options;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.occuprint.internal.Checks;
import org.occuprint.model.Area;
import org.occuprint.options.SectionId;

/**
 * What to print and how: the choices shared by every output format. Immutable; build with
 * {@link #builder()} or start from {@link #defaults()}.
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
 * @param locale     language and number/date formats of the printed words (en-US supported)
 * @param printedOn  the print date; when empty the date is today on {@code clock} in {@code zone}
 * @param clock      the clock used when no print date is given
 * @param zone       the time zone used when no print date is given
 * @param pageSize   paper size
 * @param areas      area ids to show in the wage and outlook tables, in order; empty means every area in the data
 * @param sections   the sections to print (the title block, footer, data sources and disclaimers always print)
 * @param detail     detailed or summary handout
 * @param agency     the publishing agency, named in the link disclaimer and the document metadata
 * @param office     the office's name and contact lines, printed under the title (lines separated by '\n')
 * @param logo       the agency's or office's logo
 * @param note       a counselor's note, printed in a box after the title block (lines separated by '\n')
 * @param largePrint body text of at least 18 points, larger headings
 * @since 0.1
 */
public record RenderOptions(
        Locale locale,
        Optional<LocalDate> printedOn,
        Clock clock,
        ZoneId zone,
        PageSize pageSize,
        List<String> areas,
        Set<SectionId> sections,
        Detail detail,
        Optional<String> agency,
        Optional<String> office,
        Optional<Logo> logo,
        Optional<String> note,
        boolean largePrint) {

    /** The locale used when none is given: en-US. */
    public static final Locale DEFAULT_LOCALE = Locale.US;

    public RenderOptions {
        Checks.notNull(locale, "locale");
        Checks.notNull(printedOn, "printedOn");
        Checks.notNull(clock, "clock");
        Checks.notNull(zone, "zone");
        Checks.notNull(pageSize, "pageSize");
        areas = Checks.copy(areas, "areas");
        for (String id : areas) {
            Checks.argument(Area.ID_PATTERN.matcher(id).matches(),
                    "The area id '%s' is not valid (expected US, ST-NN, CBSA-NNNNN, CO-NNNNN or RG-NAME).", id);
        }
        Checks.argument(new LinkedHashSet<>(areas).size() == areas.size(), "The areas %s repeat an id.", areas);
        Checks.notNull(sections, "sections");
        sections = sections.isEmpty() ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(Checks.copy(sections, "sections")));
        Checks.notNull(detail, "detail");
        Checks.notNull(agency, "agency");
        agency.ifPresent(a -> Checks.notBlank(a, "agency"));
        Checks.notNull(office, "office");
        Checks.notNull(logo, "logo");
        Checks.notNull(note, "note");
    }

    /** en-US, today in the system time zone, Letter, every area and section, detailed, no branding. */
    public static RenderOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The print date: {@link #printedOn()} if given, else today on the clock in the zone. */
    public LocalDate printDate() {
        return printedOn.orElseGet(() -> LocalDate.now(clock.withZone(zone)));
    }

    /** Whether this section is selected (the summary handout narrows this further). */
    public boolean includes(SectionId section) {
        return sections.contains(section);
    }

    /** Collects values, then calls the canonical constructor, which checks them. Not thread-safe. */
    public static final class Builder {
        private Locale locale = DEFAULT_LOCALE;
        private @Nullable LocalDate printedOn;
        private Clock clock = Clock.systemDefaultZone();
        private @Nullable ZoneId zone;
        private PageSize pageSize = PageSize.LETTER;
        private List<String> areas = new ArrayList<>();
        private EnumSet<SectionId> sections = EnumSet.allOf(SectionId.class);
        private Detail detail = Detail.DETAILED;
        private @Nullable String agency;
        private @Nullable String office;
        private @Nullable Logo logo;
        private @Nullable String note;
        private boolean largePrint;

        private Builder() {
        }

        private Builder(RenderOptions o) {
            locale = o.locale;
            printedOn = o.printedOn.orElse(null);
            clock = o.clock;
            zone = o.zone;
            pageSize = o.pageSize;
            areas = new ArrayList<>(o.areas);
            sections = o.sections.isEmpty() ? EnumSet.noneOf(SectionId.class) : EnumSet.copyOf(o.sections);
            detail = o.detail;
            agency = o.agency.orElse(null);
            office = o.office.orElse(null);
            logo = o.logo.orElse(null);
            note = o.note.orElse(null);
            largePrint = o.largePrint;
        }

        public Builder locale(Locale locale) {
            this.locale = Checks.notNull(locale, "locale");
            return this;
        }

        /** A fixed print date; {@code null} to use the clock. */
        public Builder printedOn(@Nullable LocalDate date) {
            this.printedOn = date;
            return this;
        }

        /** The clock to take today's date from when no print date is set. */
        public Builder clock(Clock clock) {
            this.clock = Checks.notNull(clock, "clock");
            return this;
        }

        /** The time zone for today's date; defaults to the clock's zone. */
        public Builder zone(ZoneId zone) {
            this.zone = Checks.notNull(zone, "zone");
            return this;
        }

        public Builder pageSize(PageSize pageSize) {
            this.pageSize = Checks.notNull(pageSize, "pageSize");
            return this;
        }

        /** Area ids to show, in order; empty for every area in the data. */
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

        public Builder agency(@Nullable String agency) {
            this.agency = agency;
            return this;
        }

        public Builder office(@Nullable String office) {
            this.office = office;
            return this;
        }

        public Builder logo(@Nullable Logo logo) {
            this.logo = logo;
            return this;
        }

        public Builder note(@Nullable String note) {
            this.note = note;
            return this;
        }

        public Builder largePrint(boolean largePrint) {
            this.largePrint = largePrint;
            return this;
        }

        public RenderOptions build() {
            return new RenderOptions(locale, Optional.ofNullable(printedOn), clock, zone != null ? zone : clock.getZone(),
                    pageSize, areas, sections, detail, blankToEmpty(agency), blankToEmpty(office),
                    Optional.ofNullable(logo), blankToEmpty(note), largePrint);
        }

        private static Optional<String> blankToEmpty(@Nullable String s) {
            return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
        }
    }
}
