package org.occuprint.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.occuprint.internal.Checks;
import org.occuprint.model.Area;
import org.occuprint.model.KnownAreas;

/**
 * What to import and where to write it. Immutable; build with {@link #builder()}.
 *
 * <pre>{@code
 * ImportRequest request = ImportRequest.builder()
 *         .onet(Path.of("data/onet_29_3"))
 *         .oewsNational(Path.of("data/bls_oews_2024_national/national_M2024_dl.tsv"))
 *         .oewsArea("CBSA-40140", Path.of("data/bls_oews_2024_riverside_msa/riverside_oews_M2024_normalized.tsv"))
 *         .oewsSectors(Path.of("data/bls_oews_2024_national/natsector_M2024_dl.tsv.gz"))
 *         .projections(Path.of("data/bls_ep_2024_2034/Employment Projections.csv"))
 *         .overlay(Path.of("examples/profiles/29-2072.00.json"))
 *         .out(Path.of("occupations.jsonl.gz"))
 *         .build();
 * }</pre>
 *
 * @param onet         the O*NET database folder (text release; large files may be gzipped as {@code name.gz})
 * @param oewsNational the OEWS national cross-industry table ({@code national_M2024_dl.tsv})
 * @param oewsAreas    area id → OEWS area table in the normalized form, in the order the areas are shown
 *                     (before the nation); each id must be a known area ({@link KnownAreas}) other than
 *                     {@code US}
 * @param projections  the Employment Projections occupation table (CSV)
 * @param oewsSectors  the OEWS national sector table, for the largest industries; without it there are none
 * @param overlays     hand-written profiles laid over the imported ones (see {@link DataImporter})
 * @param stateProjections California EDD's long-term occupational projections (CSV) for the state and its
 *                     areas; without it the data set has the nation's projections only (since 0.3)
 * @param out          the data set to write: JSON Lines, gzipped when the name ends in {@code .gz}
 * @since 0.1
 */
public record ImportRequest(Path onet, Path oewsNational, Map<String, Path> oewsAreas, Path projections,
        Optional<Path> oewsSectors, List<Path> overlays, Optional<Path> stateProjections, Path out) {
    public ImportRequest {
        Checks.notNull(onet, "onet");
        Checks.notNull(oewsNational, "oewsNational");
        Checks.notNull(oewsAreas, "oewsAreas");
        Map<String, Path> areas = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : oewsAreas.entrySet()) {
            String id = Checks.notNull(e.getKey(), "oewsAreas (area id)");
            Checks.notNull(e.getValue(), "oewsAreas (file for '" + id + "')");
            Checks.argument(Area.ID_PATTERN.matcher(id).matches() && !id.equals("US"),
                    "The area id '%s' is not valid for an area table (expected ST-NN, CBSA-NNNNN, CO-NNNNN or RG-NAME).", id);
            Checks.argument(KnownAreas.find(id).isPresent(), "The area id '%s' is not a known area.", id);
            areas.put(id, e.getValue());
        }
        oewsAreas = Collections.unmodifiableMap(areas);
        Checks.notNull(projections, "projections");
        Checks.notNull(oewsSectors, "oewsSectors");
        overlays = Checks.copy(overlays, "overlays");
        Checks.notNull(stateProjections, "stateProjections");
        Checks.notNull(out, "out");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects values, then calls the canonical constructor, which checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable Path onet;
        private @Nullable Path oewsNational;
        private final Map<String, Path> oewsAreas = new LinkedHashMap<>();
        private @Nullable Path projections;
        private @Nullable Path oewsSectors;
        private final List<Path> overlays = new ArrayList<>();
        private @Nullable Path stateProjections;
        private @Nullable Path out;

        private Builder() {
        }

        public Builder onet(Path dir) {
            onet = dir;
            return this;
        }

        public Builder oewsNational(Path file) {
            oewsNational = file;
            return this;
        }

        /** Adds an area table; areas are shown in the order added. */
        public Builder oewsArea(String areaId, Path file) {
            Checks.argument(!oewsAreas.containsKey(Checks.notNull(areaId, "areaId")), "The area '%s' is given twice.", areaId);
            oewsAreas.put(areaId, Checks.notNull(file, "file"));
            return this;
        }

        public Builder projections(Path file) {
            projections = file;
            return this;
        }

        public Builder oewsSectors(@Nullable Path file) {
            oewsSectors = file;
            return this;
        }

        /** California EDD's long-term projections file, for the state and its areas. */
        public Builder stateProjections(@Nullable Path file) {
            stateProjections = file;
            return this;
        }

        public Builder overlay(Path file) {
            overlays.add(Checks.notNull(file, "overlay"));
            return this;
        }

        public Builder overlays(Collection<Path> files) {
            files.forEach(this::overlay);
            return this;
        }

        public Builder out(Path file) {
            out = file;
            return this;
        }

        /**
         * @throws NullPointerException     if the O*NET folder, national table, projections or output is missing
         * @throws IllegalArgumentException if an area id is not valid or not known
         */
        public ImportRequest build() {
            return new ImportRequest(Checks.notNull(onet, "onet"), Checks.notNull(oewsNational, "oewsNational"),
                    oewsAreas, Checks.notNull(projections, "projections"), Optional.ofNullable(oewsSectors), overlays,
                    Optional.ofNullable(stateProjections), Checks.notNull(out, "out"));
        }
    }
}
