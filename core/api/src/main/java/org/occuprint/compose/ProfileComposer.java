package org.occuprint.compose;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.occuprint.internal.Checks;
import org.occuprint.model.Occupation;
import org.occuprint.options.InvalidOptionException;
import org.occuprint.options.RenderOptions;
import org.occuprint.options.SectionId;

/**
 * Turns an occupation and options into a {@link ProfileDocument}: decides every word, in order.
 *
 * <p>Rules: a section with no data is left out whole (its introduction too); figures are formatted for
 * the options' locale; a wage or projection that is not published prints as a plain statement, never as
 * "N/A" or "$0"; control characters in the data are removed.
 *
 * <pre>{@code
 * ProfileDocument doc = new ProfileComposer().compose(occupation, RenderOptions.defaults());
 * }</pre>
 *
 * <p>Each section's words are made by its own class in this package ({@code WageSection},
 * {@code OutlookSection}, ...); this class puts them in order. Thread-safe and cheap to create.
 *
 * @since 0.1
 */
public final class ProfileComposer {
    private static final List<Locale> SUPPORTED = List.of(Locale.US);

    /** The locales this composer has wording for. */
    public static List<Locale> supportedLocales() {
        return SUPPORTED;
    }

    /** Whether the composer has wording for this locale. */
    public static boolean supports(Locale locale) {
        return SUPPORTED.contains(locale);
    }

    /**
     * Composes the profile.
     *
     * @throws InvalidOptionException if the options' locale is not supported
     */
    public ProfileDocument compose(Occupation occupation, RenderOptions options) {
        Checks.notNull(occupation, "occupation");
        Checks.notNull(options, "options");
        requireSupported(options.locale());
        return document(new Composition(occupation, options));
    }

    /** @throws InvalidOptionException if there is no wording for the locale (the message lists the supported ones) */
    static void requireSupported(Locale locale) {
        if (!supports(locale)) {
            throw new InvalidOptionException("locale", "Unsupported locale '" + locale.toLanguageTag() + "' (supported: "
                    + String.join(", ", SUPPORTED.stream().map(Locale::toLanguageTag).toList()) + ").");
        }
    }

    private static ProfileDocument document(Composition c) {
        Messages m = c.m;
        LocalDate date = c.options.printDate();
        List<String> keywords = List.of(m.get("document.keywords.onet", c.o.code()),
                m.get("document.keywords.soc", c.o.socCode()), c.title);
        DocumentInfo info = new DocumentInfo(c.o.code(), c.title, m.get("document.subject", c.title), keywords,
                c.agency != null ? c.agency : m.get("document.author.none"), m.get("document.creator"), c.locale, date);
        List<Section> sections = new ArrayList<>();
        for (SectionId id : SectionId.values()) {
            if (wanted(c, id)) {
                List<Block> blocks = blocks(c, id);
                if (!blocks.isEmpty()) {
                    sections.add(new Section(Optional.of(id), id.id(), m.get("section." + id.id()), blocks));
                }
            }
        }
        sections.add(new Section(Optional.empty(), "about", m.get("section.about"), AboutPart.compose(c)));
        String printed = m.get("footer.printedOn",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(c.locale).format(date));
        Footer footer = new Footer(printed, m.get("footer.page.before"), m.get("footer.page.between"),
                m.get("footer.page.after"), c.locale);
        return new ProfileDocument(info, new Layout(c.options.pageSize(), c.options.largePrint()),
                TitleBlocks.compose(c), sections, footer);
    }

    /** Whether the section prints: selected, and part of the summary handout when that is asked for. */
    private static boolean wanted(Composition c, SectionId id) {
        if (!c.options.includes(id)) {
            return false;
        }
        if (!c.summary) {
            return true;
        }
        return switch (id) {
            case SUMMARY, TASKS, WAGES, OUTLOOK, EDUCATION, RELATED -> true;
            default -> false;
        };
    }

    private static List<Block> blocks(Composition c, SectionId id) {
        return switch (id) {
            case SUMMARY -> Composition.paragraphs(c.o.summary());
            case TASKS -> TaskSection.compose(c);
            case SKILLS -> KnowHowSections.skills(c);
            case TECHNOLOGY -> KnowHowSections.technology(c);
            case CONDITIONS -> Composition.paragraphs(c.o.workingConditions());
            case INTERESTS -> KnowHowSections.interests(c);
            case WAGES -> WageSection.compose(c);
            case BENEFITS -> Composition.paragraphs(c.o.benefits());
            case OUTLOOK -> OutlookSection.compose(c);
            case EDUCATION -> EducationSection.compose(c);
            case ADVANCEMENT -> Composition.paragraphs(c.o.advancement());
            case FINDING_WORK -> FindingWorkSection.compose(c);
            case RELATED -> RelatedSection.compose(c);
            case SOURCES -> SourceSection.compose(c);
        };
    }
}
