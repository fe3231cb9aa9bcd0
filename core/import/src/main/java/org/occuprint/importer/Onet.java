package org.occuprint.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The O*NET database files the importer reads, held by occupation code. Rows keep their file order.
 */
final class Onet {
    static final String OCCUPATION_DATA = "Occupation Data.txt";
    static final String TASKS = "Task Statements.txt";
    static final String TASKS_TO_DWAS = "Tasks to DWAs.txt";
    static final String DWA_REFERENCE = "DWA Reference.txt";
    static final String CONTENT_MODEL = "Content Model Reference.txt";
    static final String LEVEL_ANCHORS = "Level Scale Anchors.txt";
    static final String SKILLS = "Skills.txt";
    static final String ALTERNATE_TITLES = "Alternate Titles.txt";
    static final String REPORTED_TITLES = "Sample of Reported Titles.txt";
    static final String TECHNOLOGY = "Technology Skills.txt";
    static final String TOOLS = "Tools Used.txt";
    static final String INTERESTS = "Interests.txt";
    static final String JOB_ZONES = "Job Zones.txt";
    static final String RELATED = "Related Occupations.txt";

    /** The files read, in the order read. */
    static final List<String> FILES = List.of(OCCUPATION_DATA, TASKS, TASKS_TO_DWAS, DWA_REFERENCE, CONTENT_MODEL,
            LEVEL_ANCHORS, SKILLS, ALTERNATE_TITLES, REPORTED_TITLES, TECHNOLOGY, TOOLS, INTERESTS, JOB_ZONES, RELATED);

    private static final String CODE = "O*NET-SOC Code";
    private static final Pattern SKILL_ID = Pattern.compile("2\\.[AB]\\.\\d\\.[a-z]");
    private static final Pattern DWA_ID = Pattern.compile("4\\.A\\.\\d\\.[a-z]\\.\\d+\\.I\\d+\\.D\\d+");
    private static final Pattern SOURCES = Pattern.compile("\\d{2}(,\\d{2})*");

    record OccupationRow(String title, String description) {
    }

    record TaskRow(long id, String text, String type) {
    }

    record Dwa(String gwa, String iwa, String iwaTitle, String title) {
    }

    record Element(String name, String description) {
    }

    /** One skill's ratings for one occupation; importance or level is NaN when not rated (or suppressed). */
    record SkillRating(double importance, double level, boolean notRelevant) {
    }

    record AlternateTitle(String title, int sources) {
    }

    record ReportedTitle(String title, boolean shownInMyNextMove) {
    }

    record Example(String name, String commodity, boolean hot, boolean inDemand) {
    }

    record Related(String code, String title, int index) {
    }

    final Map<String, OccupationRow> occupations = new TreeMap<>();
    final Map<String, List<TaskRow>> tasks = new TreeMap<>();
    /** code + ' ' + task id → DWA ids, file order. */
    final Map<String, List<String>> taskDwas = new HashMap<>();
    final Map<String, Dwa> dwas = new HashMap<>();
    final Map<String, Element> elements = new LinkedHashMap<>();
    /** skill element id → its level anchors, file order. */
    final Map<String, List<String>> anchors = new LinkedHashMap<>();
    final Map<String, Map<String, SkillRating>> skills = new HashMap<>();
    final Map<String, List<AlternateTitle>> alternateTitles = new HashMap<>();
    final Map<String, List<ReportedTitle>> reportedTitles = new HashMap<>();
    final Map<String, List<Example>> technology = new HashMap<>();
    final Map<String, List<Example>> tools = new HashMap<>();
    /** code → interest high points (1 = Realistic ... 6 = Conventional), first to third, zeros left out. */
    final Map<String, List<Integer>> interestHighPoints = new HashMap<>();
    final Map<String, Integer> jobZones = new HashMap<>();
    final Map<String, List<Related>> related = new HashMap<>();

    private Onet() {
    }

    /** Reads the O*NET files in {@code dir}. */
    static Onet read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ImportException(dir, 0, Files.exists(dir) ? "is not a directory (expected the O*NET database folder)"
                    : "directory not found (expected the O*NET database folder)");
        }
        Onet o = new Onet();
        o.readOccupations(file(dir, OCCUPATION_DATA));
        o.readTasks(file(dir, TASKS));
        o.readTaskDwas(file(dir, TASKS_TO_DWAS));
        o.readDwaReference(file(dir, DWA_REFERENCE));
        o.readContentModel(file(dir, CONTENT_MODEL));
        o.readAnchors(file(dir, LEVEL_ANCHORS));
        o.readSkills(file(dir, SKILLS));
        o.readAlternateTitles(file(dir, ALTERNATE_TITLES));
        o.readReportedTitles(file(dir, REPORTED_TITLES));
        o.readExamples(file(dir, TECHNOLOGY), true, o.technology);
        o.readExamples(file(dir, TOOLS), false, o.tools);
        o.readInterests(file(dir, INTERESTS));
        o.readJobZones(file(dir, JOB_ZONES));
        o.readRelated(file(dir, RELATED));
        o.check(dir);
        return o;
    }

    /** The file in the folder, plain or gzipped ({@code name.gz}); the plain name when neither exists. */
    static Path file(Path dir, String name) {
        Path plain = dir.resolve(name);
        if (Files.exists(plain)) {
            return plain;
        }
        Path gz = dir.resolve(name + ".gz");
        return Files.exists(gz) ? gz : plain;
    }

    private void readOccupations(Path f) {
        RawTable.read(f, '\t', List.of(CODE, "Title", "Description"), r -> {
            String code = r.code(CODE);
            if (occupations.put(code, new OccupationRow(r.text("Title"), r.text("Description"))) != null) {
                throw r.error(CODE, code, "is listed twice");
            }
        });
    }

    private void readTasks(Path f) {
        RawTable.read(f, '\t', List.of(CODE, "Task ID", "Task", "Task Type"), r -> {
            String type = r.get("Task Type");
            if (!type.isEmpty() && !type.equals("Core") && !type.equals("Supplemental")) {
                throw r.error("Task Type", type, "is not Core, Supplemental or empty");
            }
            tasks.computeIfAbsent(r.code(CODE), k -> new ArrayList<>())
                    .add(new TaskRow(r.integer("Task ID", 1, Integer.MAX_VALUE), r.text("Task"), type));
        });
    }

    private void readTaskDwas(Path f) {
        RawTable.read(f, '\t', List.of(CODE, "Task ID", "DWA ID"), r -> {
            String dwa = r.get("DWA ID");
            if (!DWA_ID.matcher(dwa).matches()) {
                throw r.error("DWA ID", dwa, "is not a DWA id (4.A.n.x.n.Inn.Dnn)");
            }
            taskDwas.computeIfAbsent(r.code(CODE) + " " + r.integer("Task ID", 1, Integer.MAX_VALUE),
                    k -> new ArrayList<>()).add(dwa);
        });
    }

    private void readDwaReference(Path f) {
        RawTable.read(f, '\t', List.of("Element ID", "IWA ID", "IWA Title", "DWA ID", "DWA Title"), r -> {
            String id = r.get("DWA ID");
            if (!DWA_ID.matcher(id).matches()) {
                throw r.error("DWA ID", id, "is not a DWA id (4.A.n.x.n.Inn.Dnn)");
            }
            String gwa = r.text("Element ID");
            if (!id.startsWith(gwa + ".")) {
                throw r.error("Element ID", gwa, "is not the work activity of DWA '" + id + "'");
            }
            String iwa = r.text("IWA ID");
            if (!id.startsWith(iwa + ".")) {
                throw r.error("IWA ID", iwa, "is not the intermediate work activity of DWA '" + id + "'");
            }
            dwas.put(id, new Dwa(gwa, iwa, r.text("IWA Title"), r.text("DWA Title")));
        });
    }

    private void readContentModel(Path f) {
        RawTable.read(f, '\t', List.of("Element ID", "Element Name", "Description"),
                r -> elements.put(r.text("Element ID"), new Element(r.text("Element Name"), r.text("Description"))));
    }

    private void readAnchors(Path f) {
        RawTable.read(f, '\t', List.of("Element ID", "Scale ID", "Anchor Description"), r -> {
            String id = r.get("Element ID");
            if (SKILL_ID.matcher(id).matches() && r.get("Scale ID").equals("LV")) {
                anchors.computeIfAbsent(id, k -> new ArrayList<>()).add(r.text("Anchor Description"));
            }
        });
    }

    private void readSkills(Path f) {
        RawTable.read(f, '\t', List.of(CODE, "Element ID", "Scale ID", "Data Value", "Recommend Suppress",
                "Not Relevant"), r -> {
                    String code = r.code(CODE);
                    String id = r.get("Element ID");
                    if (!SKILL_ID.matcher(id).matches()) {
                        throw r.error("Element ID", id, "is not a skill (2.A.n.x or 2.B.n.x)");
                    }
                    String scale = r.get("Scale ID");
                    if (!scale.equals("IM") && !scale.equals("LV")) {
                        throw r.error("Scale ID", scale, "is not IM or LV");
                    }
                    double value = r.decimal("Data Value").doubleValue();
                    boolean suppress = r.yesNo("Recommend Suppress");
                    String nr = r.get("Not Relevant");
                    boolean notRelevant = !nr.isEmpty() && r.yesNo("Not Relevant");
                    Map<String, SkillRating> byId = skills.computeIfAbsent(code, k -> new TreeMap<>());
                    SkillRating old = byId.getOrDefault(id, new SkillRating(Double.NaN, Double.NaN, false));
                    double v = suppress ? Double.NaN : value;
                    byId.put(id, scale.equals("IM") ? new SkillRating(v, old.level(), old.notRelevant())
                            : new SkillRating(old.importance(), v, old.notRelevant() || notRelevant));
                });
    }

    private void readAlternateTitles(Path f) {
        RawTable.read(f, '\t', List.of(CODE, "Alternate Title", "Source(s)"), r -> {
            String sources = r.get("Source(s)");
            if (!SOURCES.matcher(sources).matches()) {
                throw r.error("Source(s)", sources, "is not a list of two-digit source codes");
            }
            alternateTitles.computeIfAbsent(r.code(CODE), k -> new ArrayList<>())
                    .add(new AlternateTitle(r.text("Alternate Title"), sources.split(",").length));
        });
    }

    private void readReportedTitles(Path f) {
        RawTable.read(f, '\t', List.of(CODE, "Reported Job Title", "Shown in My Next Move"), r ->
                reportedTitles.computeIfAbsent(r.code(CODE), k -> new ArrayList<>())
                        .add(new ReportedTitle(r.text("Reported Job Title"), r.yesNo("Shown in My Next Move"))));
    }

    private void readExamples(Path f, boolean technology, Map<String, List<Example>> into) {
        List<String> columns = technology
                ? List.of(CODE, "Example", "Commodity Code", "Hot Technology", "In Demand")
                : List.of(CODE, "Example", "Commodity Code");
        RawTable.read(f, '\t', columns, r -> into.computeIfAbsent(r.code(CODE), k -> new ArrayList<>())
                .add(new Example(r.text("Example"), r.text("Commodity Code"),
                        technology && r.yesNo("Hot Technology"), technology && r.yesNo("In Demand"))));
    }

    private void readInterests(Path f) {
        Map<String, int[]> points = new TreeMap<>();
        RawTable.read(f, '\t', List.of(CODE, "Element ID", "Scale ID", "Data Value"), r -> {
            if (!r.get("Scale ID").equals("IH")) {
                return;
            }
            String id = r.get("Element ID");
            int slot = switch (id) {
                case "1.B.1.g" -> 0;
                case "1.B.1.h" -> 1;
                case "1.B.1.i" -> 2;
                default -> throw r.error("Element ID", id, "is not an interest high-point (1.B.1.g, h or i)");
            };
            points.computeIfAbsent(r.code(CODE), k -> new int[3])[slot] = r.integer("Data Value", 0, 6);
        });
        points.forEach((code, p) -> {
            List<Integer> list = new ArrayList<>();
            for (int v : p) {
                if (v > 0 && !list.contains(v)) {
                    list.add(v);
                }
            }
            interestHighPoints.put(code, List.copyOf(list));
        });
    }

    private void readJobZones(Path f) {
        RawTable.read(f, '\t', List.of(CODE, "Job Zone"), r -> {
            String code = r.code(CODE);
            if (jobZones.put(code, r.integer("Job Zone", 1, 5)) != null) {
                throw r.error(CODE, code, "has a second job zone");
            }
        });
    }

    private void readRelated(Path f) {
        RawTable.read(f, '\t', List.of(CODE, "Related O*NET-SOC Code", "Related Title", "Index"), r ->
                related.computeIfAbsent(r.code(CODE), k -> new ArrayList<>()).add(new Related(
                        r.code("Related O*NET-SOC Code"), r.text("Related Title"), r.integer("Index", 1, 999))));
    }

    /** Cross-file checks: every task-linked DWA is in the DWA reference; every task code has a title. */
    private void check(Path dir) {
        if (tasks.isEmpty()) {
            throw new ImportException(file(dir, TASKS), 0, "has no task statements (no occupation to import)");
        }
        for (String code : tasks.keySet()) {
            if (!occupations.containsKey(code)) {
                throw new ImportException(file(dir, OCCUPATION_DATA), 0, "no title and description for '" + code
                        + "', which has tasks in " + TASKS);
            }
        }
        for (Map.Entry<String, List<String>> e : taskDwas.entrySet()) {
            for (String dwa : e.getValue()) {
                if (!dwas.containsKey(dwa)) {
                    throw new ImportException(file(dir, DWA_REFERENCE), 0, "the DWA '" + dwa + "' linked to task "
                            + e.getKey() + " in " + TASKS_TO_DWAS + " is not in the reference");
                }
            }
        }
    }

    /** The element's name, when the content model has it. */
    Optional<Element> element(String id) {
        return Optional.ofNullable(elements.get(id));
    }
}
