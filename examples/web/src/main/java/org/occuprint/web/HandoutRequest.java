package org.occuprint.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.occuprint.options.Detail;
import org.occuprint.options.InvalidOptionException;
import org.occuprint.options.Logo;
import org.occuprint.options.PageSize;
import org.occuprint.options.RenderOptions;
import org.occuprint.options.SectionId;

/**
 * The handout options of one request, read from query or form parameters that carry the command line's
 * option names and values ({@code area=CBSA-40140&area=US&summary&sections=wages,outlook&page-size=a4}).
 * Every bad value is an {@link InvalidOptionException} with the command line's message.
 */
final class HandoutRequest {
    /** The longest counselor's note the desk takes, in characters. */
    static final int MAX_NOTE = 2_000;
    /** The longest office block or agency name, in characters. */
    static final int MAX_LINE = 500;
    /** The largest logo the desk takes, in bytes (the library allows more; a form upload should not). */
    static final int MAX_LOGO = 1024 * 1024;

    /** The parameters the desk understands; anything else is refused, so that a typo is not silently ignored. */
    static final List<String> NAMES = List.of("area", "summary", "detailed", "sections", "omit", "note", "office",
            "agency", "large-print", "no-charts", "no-qr", "page-size", "printed-on", "locale", "csrf");

    private HandoutRequest() {
    }

    /**
     * The options for these parameters.
     *
     * @param params the request's parameters, each with its values in order
     * @param logo   the uploaded logo's bytes, if any
     * @param today  the date printed when {@code printed-on} is not given
     */
    static RenderOptions options(Map<String, List<String>> params, byte @Nullable [] logo, LocalDate today,
            @Nullable String defaultAgency, List<String> defaultAreas) {
        for (String name : params.keySet()) {
            if (!NAMES.contains(name)) {
                throw new InvalidOptionException(name, "Unknown option '" + name + "' (the desk takes: "
                        + String.join(", ", NAMES.subList(0, NAMES.size() - 1)) + ")");
            }
        }
        RenderOptions.Builder b = RenderOptions.builder().printedOn(today);
        List<String> areas = new ArrayList<>();
        for (String v : params.getOrDefault("area", List.of())) {
            for (String id : v.split(",")) {
                if (!id.isBlank()) {
                    areas.add(id.strip());
                }
            }
        }
        b.areas(areas.isEmpty() ? defaultAreas : areas);
        boolean summary = flag(params, "summary");
        if (summary && flag(params, "detailed")) {
            throw new InvalidOptionException("detail", "Choose either summary or detailed, not both");
        }
        b.detail(summary ? Detail.SUMMARY : Detail.DETAILED);
        String sections = single(params, "sections");
        String omit = single(params, "omit");
        if (sections != null && omit != null) {
            throw new InvalidOptionException("sections", "Give either sections or omit, not both");
        }
        if (sections != null) {
            b.sections(sectionIds(sections));
        }
        if (omit != null) {
            b.omit(sectionIds(omit));
        }
        String note = single(params, "note");
        if (note != null && !note.isBlank()) {
            limit("note", note, MAX_NOTE);
            b.note(note.replace("\r\n", "\n"));
        }
        String office = single(params, "office");
        if (office != null && !office.isBlank()) {
            limit("office", office, MAX_LINE);
            b.office(office.replace("\r\n", "\n").replace("\\n", "\n"));
        }
        String agency = single(params, "agency");
        if (agency != null && !agency.isBlank()) {
            limit("agency", agency, MAX_LINE);
            b.agency(agency.strip());
        } else if (defaultAgency != null) {
            b.agency(defaultAgency);
        }
        b.largePrint(flag(params, "large-print"));
        b.charts(!flag(params, "no-charts"));
        if (flag(params, "no-qr")) {
            b.onlineProfile(null);
        }
        String size = single(params, "page-size");
        if (size != null && !size.isBlank()) {
            try {
                b.pageSize(PageSize.fromId(size.strip()));
            } catch (IllegalArgumentException e) {
                throw new InvalidOptionException("page-size", e.getMessage());
            }
        }
        String printedOn = single(params, "printed-on");
        if (printedOn != null && !printedOn.isBlank()) {
            try {
                b.printedOn(LocalDate.parse(printedOn.strip()));
            } catch (DateTimeParseException e) {
                throw new InvalidOptionException("printed-on", "The date '" + printedOn + "' is not of the form YYYY-MM-DD");
            }
        }
        String locale = single(params, "locale");
        if (locale != null && !locale.isBlank()) {
            b.locale(Locale.forLanguageTag(locale.strip()));
        }
        if (logo != null && logo.length > 0) {
            if (logo.length > MAX_LOGO) {
                throw new InvalidOptionException("logo", "The logo is " + logo.length + " bytes; the desk takes at most "
                        + MAX_LOGO + " (1 MiB)");
            }
            b.logo(Logo.of(logo));
        }
        return b.build();
    }

    private static List<SectionId> sectionIds(String list) {
        List<SectionId> out = new ArrayList<>();
        for (String id : list.split(",")) {
            if (!id.isBlank()) {
                out.add(SectionId.fromId(id.strip()));
            }
        }
        return out;
    }

    private static void limit(String name, String value, int max) {
        if (value.length() > max) {
            throw new InvalidOptionException(name, "The " + name + " is " + value.length()
                    + " characters long; the desk takes at most " + max);
        }
    }

    /** A flag is set by its name alone ({@code &summary}) or with {@code true}, {@code on} or {@code 1}. */
    private static boolean flag(Map<String, List<String>> params, String name) {
        List<String> v = params.get(name);
        if (v == null || v.isEmpty()) {
            return false;
        }
        String last = v.get(v.size() - 1).strip().toLowerCase(Locale.ROOT);
        if (last.isEmpty() || last.equals("true") || last.equals("on") || last.equals("1")) {
            return true;
        }
        if (last.equals("false") || last.equals("off") || last.equals("0")) {
            return false;
        }
        throw new InvalidOptionException(name, "The option '" + name + "' takes no value or true/false, not '" + last + "'");
    }

    private static @Nullable String single(Map<String, List<String>> params, String name) {
        List<String> v = params.get(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (v.size() > 1) {
            throw new InvalidOptionException(name, "The option '" + name + "' is given " + v.size() + " times");
        }
        return v.get(0);
    }
}
