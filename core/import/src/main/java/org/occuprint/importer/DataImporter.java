package org.occuprint.importer;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.occuprint.data.DataSetWriter;
import org.occuprint.internal.AtomicFiles;
import org.occuprint.internal.Checks;
import org.occuprint.model.Area;
import org.occuprint.model.KnownAreas;
import org.occuprint.model.Occupation;

/**
 * Imports the public O*NET and BLS files into a data set of profiles: one profile per O*NET occupation that
 * has tasks, in code order, written by {@link DataSetWriter} as canonical JSON Lines (gzipped when the output
 * name ends in {@code .gz}). How every field is derived is documented in {@code docs/data-import.md}.
 *
 * <pre>{@code
 * ImportReport report = new DataImporter().run(ImportRequest.builder()
 *         .onet(Path.of("data/onet_29_3"))
 *         .oewsNational(Path.of("data/bls_oews_2024_national/national_M2024_dl.tsv"))
 *         .oewsArea("CBSA-40140", Path.of("data/bls_oews_2024_riverside_msa/riverside_oews_M2024_normalized.tsv"))
 *         .oewsSectors(Path.of("data/bls_oews_2024_national/natsector_M2024_dl.tsv.gz"))
 *         .projections(Path.of("data/bls_ep_2024_2034/Employment Projections.csv"))
 *         .stateProjections(Path.of("data/ca_edd_ltop_2020_2030/Long-Term_Occupational_Employment_Projections_2020_2030.csv.gz"))
 *         .overlay(Path.of("examples/profiles/29-2072.00.json"))
 *         .out(Path.of("occupations.jsonl.gz"))
 *         .build());
 * System.out.println(report.summary());
 * }</pre>
 *
 * <p><b>Overlays.</b> A hand-written profile given as an overlay is laid over the imported profile with the
 * same code: every field the overlay has (a non-empty list, a present value, the title) replaces the imported
 * one, except the figures, which always come from the raw files: {@code wages}, {@code outlook.areas} (with the
 * outlook's years and source), {@code typicalEducation}, {@code workExperience}, {@code onTheJobTraining} and
 * {@code jobZone}. The overlay's {@code outlook.text} is kept. An overlay for a code that is not imported stops
 * the import.
 *
 * <p><b>Failures.</b> Bad raw input (a missing file, a header without a needed column, a malformed row or value)
 * throws {@link ImportException} naming the file, line and reason. Everything is read and checked before
 * anything is written, and the output is written to a temporary file beside it and then moved into place, so
 * a failed import leaves no file behind and an existing output unchanged.
 *
 * <p><b>Determinism.</b> The same input gives the same bytes: stable order, canonical JSON, a gzip header with
 * no file name and modification time 0. Thread-safe; an instance holds no state.
 *
 * @since 0.1
 */
public final class DataImporter {
    public DataImporter() {
    }

    /**
     * Imports and writes the data set to {@link ImportRequest#out()} (creating its folder if needed).
     *
     * @return what was imported
     * @throws ImportException if the raw input is bad or the output cannot be written (nothing is written then)
     */
    public ImportReport run(ImportRequest request) {
        Checks.notNull(request, "request");
        long start = System.nanoTime();
        List<Occupation> occupations = new ArrayList<>();
        List<String> overlaid = new ArrayList<>();
        read(request, occupations, overlaid);
        try {
            DataSetWriter.write(occupations, request.out());
        } catch (UncheckedIOException e) {
            throw new ImportException(request.out(), 0, "cannot write the data set: " + AtomicFiles.reason(e.getCause()),
                    e.getCause());
        }
        return ImportReport.of(occupations, areaIds(request), overlaid, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Imports without writing anything: the profiles in code order.
     *
     * @throws ImportException if the raw input is bad
     */
    public List<Occupation> read(ImportRequest request) {
        Checks.notNull(request, "request");
        List<Occupation> occupations = new ArrayList<>();
        read(request, occupations, new ArrayList<>());
        return List.copyOf(occupations);
    }

    private static List<String> areaIds(ImportRequest request) {
        List<String> ids = new ArrayList<>(request.oewsAreas().keySet());
        ids.add("US");
        return ids;
    }

    private static void read(ImportRequest request, List<Occupation> out, List<String> overlaid) {
        Onet onet = Onet.read(request.onet());
        SkillMatcher matcher = new SkillMatcher(onet, Onet.file(request.onet(), Onet.CONTENT_MODEL));
        Map<String, Oews.Estimate> national = Oews.national(request.oewsNational());
        Map<Area, Map<String, Oews.Estimate>> areas = new LinkedHashMap<>();
        request.oewsAreas().forEach((id, file) -> areas.put(KnownAreas.find(id).orElseThrow(), Oews.area(file)));
        Path sectorFile = request.oewsSectors().orElse(request.oewsNational());
        Map<String, List<Oews.Sector>> sectors = request.oewsSectors().isPresent()
                ? Oews.sectors(request.oewsSectors().get()) : Map.of();
        Projections projections = Projections.read(request.projections());
        EddProjections edd = request.stateProjections().map(EddProjections::read).orElse(null);
        Map<String, Overlays.Overlay> overlays = Overlays.read(request.overlays());
        for (Overlays.Overlay o : overlays.values()) {
            if (!onet.tasks.containsKey(o.profile().code())) {
                throw new ImportException(o.file(), 0, String.format(Locale.ROOT,
                        "the overlay's code '%s' is not an imported occupation (it has no tasks in O*NET)",
                        o.profile().code()));
            }
        }

        Assembler assembler = new Assembler(onet, matcher, national, areas, sectors, sectorFile, projections, edd);
        for (String code : onet.tasks.keySet()) {
            Occupation o = assembler.build(code);
            Overlays.Overlay overlay = overlays.get(code);
            if (overlay != null) {
                o = Overlays.merge(o, overlay.profile());
                overlaid.add(code);
            }
            out.add(o);
        }
    }
}
