package org.occuprint.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.occuprint.internal.Checks;
import org.occuprint.internal.Text;

/**
 * One occupation: the facts a career profile is printed from. Immutable; lists are never {@code null} and
 * never contain {@code null}; optional facts are empty {@code Optional}s.
 *
 * <pre>{@code
 * Occupation o = Occupation.builder("29-2072.00", "Medical Records Specialists")
 *         .summary(List.of("Compile, process, and maintain medical records ..."))
 *         .task(Task.of("Assign codes to diagnoses ...", "Reading Comprehension"))
 *         .build();
 * Occupation changed = o.toBuilder().title("Medical Records Specialists").build();
 * }</pre>
 *
 * @since 0.1
 */
public record Occupation(
        String code,
        String socCode,
        String title,
        List<String> alsoCalled,
        List<String> specialties,
        List<String> summary,
        List<Task> tasks,
        List<Skill> skills,
        List<String> tools,
        List<String> technology,
        List<String> workingConditions,
        Interests interests,
        Optional<Wages> wages,
        List<String> benefits,
        Optional<Outlook> outlook,
        Optional<String> typicalEducation,
        Optional<String> workExperience,
        Optional<String> onTheJobTraining,
        Optional<OccupationRef> preparationGroup,
        OptionalInt jobZone,
        List<String> education,
        List<String> licensing,
        List<String> certification,
        List<String> advancement,
        List<String> findingWork,
        List<Industry> industries,
        Optional<OccupationRef> industriesGroup,
        List<String> employerHeadings,
        List<OccupationRef> related,
        List<Link> sources,
        List<DataSource> dataSources) {

    /** O*NET-SOC code: {@code NN-NNNN.NN}. */
    public static final Pattern CODE_PATTERN = Pattern.compile("\\d{2}-\\d{4}\\.\\d{2}");
    /** 2018 SOC code: {@code NN-NNNN}. */
    public static final Pattern SOC_PATTERN = Pattern.compile("\\d{2}-\\d{4}");

    public Occupation {
        Checks.notNull(code, "code");
        Checks.argument(CODE_PATTERN.matcher(code).matches(), "The code '%s' is not an O*NET-SOC code (NN-NNNN.NN).", code);
        Checks.notNull(socCode, "socCode");
        Checks.argument(socCode.equals(code.substring(0, 7)),
                "The SOC code '%s' does not match the O*NET-SOC code '%s'.", socCode, code);
        Checks.notBlank(title, "title");
        Checks.argument(!Text.line(title).isEmpty(), "The title must have printable characters.");
        alsoCalled = Checks.copyText(alsoCalled, "alsoCalled");
        specialties = Checks.copyText(specialties, "specialties");
        summary = Checks.copyText(summary, "summary");
        tasks = Checks.copy(tasks, "tasks");
        skills = Checks.copy(skills, "skills");
        tools = Checks.copyText(tools, "tools");
        technology = Checks.copyText(technology, "technology");
        workingConditions = Checks.copyText(workingConditions, "workingConditions");
        Checks.notNull(interests, "interests");
        Checks.notNull(wages, "wages");
        benefits = Checks.copyText(benefits, "benefits");
        Checks.notNull(outlook, "outlook");
        blankIsInvalid(typicalEducation, "typicalEducation");
        blankIsInvalid(workExperience, "workExperience");
        blankIsInvalid(onTheJobTraining, "onTheJobTraining");
        Checks.notNull(preparationGroup, "preparationGroup");
        Checks.notNull(jobZone, "jobZone");
        jobZone.ifPresent(z -> Checks.argument(z >= 1 && z <= 5, "The job zone '%d' must be between 1 and 5.", z));
        education = Checks.copyText(education, "education");
        licensing = Checks.copyText(licensing, "licensing");
        certification = Checks.copyText(certification, "certification");
        advancement = Checks.copyText(advancement, "advancement");
        findingWork = Checks.copyText(findingWork, "findingWork");
        industries = Checks.copy(industries, "industries");
        Checks.notNull(industriesGroup, "industriesGroup");
        employerHeadings = Checks.copyText(employerHeadings, "employerHeadings");
        related = Checks.copy(related, "related");
        sources = Checks.copy(sources, "sources");
        dataSources = Checks.copy(dataSources, "dataSources");
    }

    private static void blankIsInvalid(Optional<String> value, String name) {
        Checks.notNull(value, name);
        value.ifPresent(v -> Checks.notBlank(v, name));
    }

    /**
     * The ids of the areas this profile has figures for: its wages' areas, then its outlook's, in their order,
     * each once.
     *
     * @since 0.5
     */
    public Set<String> areaIds() {
        Set<String> ids = new LinkedHashSet<>();
        wages.ifPresent(w -> w.areas().forEach(a -> ids.add(a.area().id())));
        outlook.ifPresent(o -> o.areas().forEach(a -> ids.add(a.area().id())));
        return Collections.unmodifiableSet(ids);
    }

    /** A builder for an occupation with this code and title; the SOC code is derived from the code. */
    public static Builder builder(String code, String title) {
        return new Builder().code(code).title(title);
    }

    /** A builder holding every value of this occupation. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Collects values and then calls the canonical constructor, which checks them. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable String code;
        private @Nullable String socCode;
        private @Nullable String title;
        private List<String> alsoCalled = new ArrayList<>();
        private List<String> specialties = new ArrayList<>();
        private List<String> summary = new ArrayList<>();
        private List<Task> tasks = new ArrayList<>();
        private List<Skill> skills = new ArrayList<>();
        private List<String> tools = new ArrayList<>();
        private List<String> technology = new ArrayList<>();
        private List<String> workingConditions = new ArrayList<>();
        private Interests interests = Interests.none();
        private @Nullable Wages wages;
        private List<String> benefits = new ArrayList<>();
        private @Nullable Outlook outlook;
        private @Nullable String typicalEducation;
        private @Nullable String workExperience;
        private @Nullable String onTheJobTraining;
        private @Nullable Integer jobZone;
        private List<String> education = new ArrayList<>();
        private List<String> licensing = new ArrayList<>();
        private List<String> certification = new ArrayList<>();
        private List<String> advancement = new ArrayList<>();
        private List<String> findingWork = new ArrayList<>();
        private List<Industry> industries = new ArrayList<>();
        private @Nullable OccupationRef industriesGroup;
        private @Nullable OccupationRef preparationGroup;
        private List<String> employerHeadings = new ArrayList<>();
        private List<OccupationRef> related = new ArrayList<>();
        private List<Link> sources = new ArrayList<>();
        private List<DataSource> dataSources = new ArrayList<>();

        private Builder() {
        }

        private Builder(Occupation o) {
            code = o.code;
            socCode = o.socCode;
            title = o.title;
            alsoCalled = new ArrayList<>(o.alsoCalled);
            specialties = new ArrayList<>(o.specialties);
            summary = new ArrayList<>(o.summary);
            tasks = new ArrayList<>(o.tasks);
            skills = new ArrayList<>(o.skills);
            tools = new ArrayList<>(o.tools);
            technology = new ArrayList<>(o.technology);
            workingConditions = new ArrayList<>(o.workingConditions);
            interests = o.interests;
            wages = o.wages.orElse(null);
            benefits = new ArrayList<>(o.benefits);
            outlook = o.outlook.orElse(null);
            typicalEducation = o.typicalEducation.orElse(null);
            workExperience = o.workExperience.orElse(null);
            onTheJobTraining = o.onTheJobTraining.orElse(null);
            jobZone = o.jobZone.isPresent() ? o.jobZone.getAsInt() : null;
            education = new ArrayList<>(o.education);
            licensing = new ArrayList<>(o.licensing);
            certification = new ArrayList<>(o.certification);
            advancement = new ArrayList<>(o.advancement);
            findingWork = new ArrayList<>(o.findingWork);
            industries = new ArrayList<>(o.industries);
            industriesGroup = o.industriesGroup.orElse(null);
            preparationGroup = o.preparationGroup.orElse(null);
            employerHeadings = new ArrayList<>(o.employerHeadings);
            related = new ArrayList<>(o.related);
            sources = new ArrayList<>(o.sources);
            dataSources = new ArrayList<>(o.dataSources);
        }

        private static <T> List<T> list(@Nullable Collection<? extends T> values) {
            return values == null ? new ArrayList<>() : new ArrayList<>(values);
        }

        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /** The SOC code; when not set it is derived from the O*NET-SOC code. */
        public Builder socCode(@Nullable String socCode) {
            this.socCode = socCode;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder alsoCalled(@Nullable Collection<String> values) {
            alsoCalled = list(values);
            return this;
        }

        public Builder specialties(@Nullable Collection<String> values) {
            specialties = list(values);
            return this;
        }

        public Builder summary(@Nullable Collection<String> values) {
            summary = list(values);
            return this;
        }

        public Builder tasks(@Nullable Collection<Task> values) {
            tasks = list(values);
            return this;
        }

        public Builder task(Task task) {
            tasks.add(task);
            return this;
        }

        public Builder skills(@Nullable Collection<Skill> values) {
            skills = list(values);
            return this;
        }

        public Builder tools(@Nullable Collection<String> values) {
            tools = list(values);
            return this;
        }

        public Builder technology(@Nullable Collection<String> values) {
            technology = list(values);
            return this;
        }

        public Builder workingConditions(@Nullable Collection<String> values) {
            workingConditions = list(values);
            return this;
        }

        public Builder interests(Interests interests) {
            this.interests = interests;
            return this;
        }

        public Builder wages(@Nullable Wages wages) {
            this.wages = wages;
            return this;
        }

        public Builder benefits(@Nullable Collection<String> values) {
            benefits = list(values);
            return this;
        }

        public Builder outlook(@Nullable Outlook outlook) {
            this.outlook = outlook;
            return this;
        }

        public Builder typicalEducation(@Nullable String value) {
            typicalEducation = value;
            return this;
        }

        public Builder workExperience(@Nullable String value) {
            workExperience = value;
            return this;
        }

        public Builder onTheJobTraining(@Nullable String value) {
            onTheJobTraining = value;
            return this;
        }

        public Builder jobZone(@Nullable Integer value) {
            jobZone = value;
            return this;
        }

        public Builder education(@Nullable Collection<String> values) {
            education = list(values);
            return this;
        }

        public Builder licensing(@Nullable Collection<String> values) {
            licensing = list(values);
            return this;
        }

        public Builder certification(@Nullable Collection<String> values) {
            certification = list(values);
            return this;
        }

        public Builder advancement(@Nullable Collection<String> values) {
            advancement = list(values);
            return this;
        }

        public Builder findingWork(@Nullable Collection<String> values) {
            findingWork = list(values);
            return this;
        }

        public Builder industries(@Nullable Collection<Industry> values) {
            industries = list(values);
            return this;
        }

        /** The broader group whose industry shares these are, when not the occupation's own. */
        public Builder industriesGroup(@Nullable OccupationRef value) {
            industriesGroup = value;
            return this;
        }

        /** The broader group whose typical education, experience and training these are, when not the occupation's own. */
        public Builder preparationGroup(@Nullable OccupationRef value) {
            preparationGroup = value;
            return this;
        }

        public Builder employerHeadings(@Nullable Collection<String> values) {
            employerHeadings = list(values);
            return this;
        }

        public Builder related(@Nullable Collection<OccupationRef> values) {
            related = list(values);
            return this;
        }

        public Builder sources(@Nullable Collection<Link> values) {
            sources = list(values);
            return this;
        }

        public Builder dataSources(@Nullable Collection<DataSource> values) {
            dataSources = list(values);
            return this;
        }

        /**
         * Builds the occupation.
         *
         * @throws IllegalArgumentException if a value is invalid; the message names it
         * @throws NullPointerException     if code or title was not set
         */
        public Occupation build() {
            String c = Checks.notNull(code, "code");
            String soc = socCode != null ? socCode : (c.length() >= 7 ? c.substring(0, 7) : c);
            return new Occupation(c, soc, Checks.notNull(title, "title"), alsoCalled, specialties, summary, tasks,
                    skills, tools, technology, workingConditions, interests, Optional.ofNullable(wages), benefits,
                    Optional.ofNullable(outlook), Optional.ofNullable(typicalEducation),
                    Optional.ofNullable(workExperience), Optional.ofNullable(onTheJobTraining),
                    Optional.ofNullable(preparationGroup),
                    jobZone == null ? OptionalInt.empty() : OptionalInt.of(jobZone), education, licensing,
                    certification, advancement, findingWork, industries, Optional.ofNullable(industriesGroup),
                    employerHeadings, related, sources, dataSources);
        }
    }
}
