package org.occuprint.cli;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.occuprint.options.Detail;
import org.occuprint.options.InvalidOptionException;
import org.occuprint.options.Logo;
import org.occuprint.options.PageSize;
import org.occuprint.options.RenderOptions;
import org.occuprint.options.SectionId;

import picocli.CommandLine.Option;

/** The handout options shared by {@code render} and {@code guide}. */
final class HandoutOptions {
    @Option(names = "--area", paramLabel = "ID", description = {
            "Area to show in the wage and outlook tables, in the order given; repeatable.",
            "US (nation), ST-NN (state by FIPS code, e.g. ST-06 California), CBSA-NNNNN (metro area, e.g. CBSA-40140).",
            "Default: every area the profile has."})
    List<String> areas = new ArrayList<>();

    @Option(names = "--printed-on", paramLabel = "YYYY-MM-DD", converter = Converters.Date.class,
            description = "The date in the footer. Default: today in --zone.")
    LocalDate printedOn;

    @Option(names = "--zone", paramLabel = "ZONE", converter = Converters.Zone.class,
            description = "Time zone for today's date, e.g. America/Los_Angeles. Default: this computer's.")
    ZoneId zone;

    @Option(names = "--summary", description = "A short handout (at most 2 pages for a typical profile): duties, top tasks, wages, outlook, typical education, related occupations.")
    boolean summary;

    @Option(names = "--detailed", description = "Everything the data has (the default).")
    boolean detailed;

    @Option(names = "--sections", split = ",", paramLabel = "ID", converter = Converters.Section.class, description = {
            "Print only these sections (comma-separated). Valid ids: summary, tasks, skills, technology, conditions,"
                    + " interests, wages, benefits, outlook, education, advancement, finding-work, related, sources.",
            "The title block, footer, data sources and disclaimers always print."})
    List<SectionId> sections = new ArrayList<>();

    @Option(names = "--omit", split = ",", paramLabel = "ID", converter = Converters.Section.class,
            description = "Leave out these sections (comma-separated), same ids as --sections.")
    List<SectionId> omit = new ArrayList<>();

    @Option(names = "--note", paramLabel = "TEXT", description = "A note from the counselor, printed in a box after the title (\\n starts a new line).")
    String noteText;

    @Option(names = "--note-file", paramLabel = "FILE", description = "Read the counselor's note from a UTF-8 text file.")
    Path noteFile;

    @Option(names = "--agency", paramLabel = "NAME", description = "The publishing agency, named in the link disclaimer and the document properties. Default: the data set's agency (EDD).")
    String agency;

    @Option(names = "--office", paramLabel = "TEXT", description = "Office name and contact lines under the title (\\n starts a new line).")
    String office;

    @Option(names = "--logo", paramLabel = "FILE", description = "A PNG or JPEG logo printed above the title (at most 2 MB, 4000 x 4000 pixels).")
    Path logo;

    @Option(names = "--large-print", description = "Large print: body text 18 pt, headings larger.")
    boolean largePrint;

    @Option(names = "--no-charts", description = "Leave out the wage and outlook charts (the tables stay).")
    boolean noCharts;

    @Option(names = "--no-qr", description = "Leave out the QR code and the address of the online profile.")
    boolean noQr;

    @Option(names = "--online-profile", paramLabel = "URL", description = "The online profile printed with its QR code on the first page: an http(s) address in which {code} stands for the O*NET-SOC code and {soc} for the SOC code. Default: "
            + RenderOptions.DEFAULT_ONLINE_PROFILE + ".")
    String onlineProfile;

    @Option(names = "--page-size", paramLabel = "SIZE", converter = Converters.Paper.class, defaultValue = "letter",
            description = "letter (default) or a4.")
    PageSize pageSize;

    @Option(names = "--locale", paramLabel = "TAG", converter = Converters.Language.class, defaultValue = "en-US",
            description = "Language of the handout (supported: en-US).")
    Locale locale;

    /** The sections selected by --sections and --omit. */
    EnumSet<SectionId> selectedSections() {
        EnumSet<SectionId> selected = sections.isEmpty() ? EnumSet.allOf(SectionId.class) : EnumSet.copyOf(sections);
        selected.removeAll(omit);
        return selected;
    }

    /**
     * The render options. Reads the note and logo files, so that a missing or bad file fails before anything
     * is written.
     */
    RenderOptions toRenderOptions(String defaultAgency, List<String> defaultAreas) {
        if (summary && detailed) {
            throw CliException.usage("--summary and --detailed exclude each other");
        }
        if (noteText != null && noteFile != null) {
            throw CliException.usage("--note and --note-file exclude each other");
        }
        RenderOptions.Builder b = RenderOptions.builder()
                .locale(locale)
                .printedOn(printedOn != null ? printedOn : LocalDate.now(zone != null ? zone : ZoneId.systemDefault()))
                .pageSize(pageSize)
                .areas(areas.isEmpty() ? defaultAreas : areas)
                .sections(selectedSections())
                .detail(summary ? Detail.SUMMARY : Detail.DETAILED)
                .agency(agency != null ? agency : defaultAgency)
                .office(office == null ? null : unescapeNewlines(office))
                .largePrint(largePrint)
                .charts(!noCharts);
        if (noQr && onlineProfile != null) {
            throw CliException.usage("--no-qr and --online-profile exclude each other");
        }
        if (noQr) {
            b.onlineProfile(null);
        } else if (onlineProfile != null) {
            b.onlineProfile(onlineProfile);
        }
        if (noteText != null) {
            b.note(unescapeNewlines(noteText));
        } else if (noteFile != null) {
            b.note(readText(noteFile, "note"));
        }
        if (logo != null) {
            b.logo(readLogo(logo));
        }
        try {
            return b.build();
        } catch (InvalidOptionException e) {
            throw CliException.data(e.getMessage());
        }
    }

    /** "\n" typed on the command line as two characters starts a new line. */
    static String unescapeNewlines(String s) {
        return s.replace("\\n", "\n");
    }

    static String readText(Path file, String what) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw CliException.data("Cannot read the " + what + " file " + file + ": no such file");
        } catch (MalformedInputException e) {
            throw CliException.data("Cannot read the " + what + " file " + file + ": not UTF-8 text");
        } catch (IOException e) {
            throw CliException.data("Cannot read the " + what + " file " + file + ": " + e.getMessage());
        }
    }

    static Logo readLogo(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > Logo.MAX_BYTES) {
                throw CliException.data("The logo " + file + " is larger than " + Logo.MAX_BYTES / (1024 * 1024) + " MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw CliException.data("Cannot read the logo " + file + ": no such file");
        } catch (IOException e) {
            throw CliException.data("Cannot read the logo " + file + ": " + e.getMessage());
        }
        try {
            return Logo.of(bytes);
        } catch (InvalidOptionException e) {
            throw CliException.data("Cannot use the logo " + file + ": " + e.getMessage());
        }
    }
}
