package org.occuprint.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Chooses the occupation's important skills and matches each task to one of them. O*NET has no table that
 * links tasks to skills; this bridges them with what it does have (the method is described in
 * {@code docs/data-import.md}):
 *
 * <ol>
 *   <li>Candidates are the skills the occupation rates at least "important" (importance 3.0 or more on the
 *       1–5 scale, not suppressed, not marked not relevant). No ratings, no candidates: no skill is made up.
 *   <li>Activity evidence: each task links to detailed work activities (DWAs), each of which belongs to an
 *       intermediate work activity (IWA) and one of the 41 generalized work activities (GWAs). A fixed crosswalk
 *       names the skills each GWA calls on, in order, with exceptions for IWAs that differ from their GWA; the
 *       skill listed first scores 1.0, then 0.75, 0.5, 0.35, averaged over the task's DWAs.
 *   <li>Word evidence: TF-IDF cosine similarity between the task (its statement, DWA titles and IWA titles)
 *       and the skill (its name twice, definition and level anchors), with a small stemmer; IDF over the skills.
 *   <li>Score = (activity + 2 × word evidence) × importance / 5; the best-scoring candidate wins when its
 *       evidence (activity + 2 × word) is at least 0.3, else the task gets no skill. Ties go to the more
 *       important skill, then the lower element id.
 * </ol>
 */
final class SkillMatcher {
    /** The importance that O*NET OnLine calls "important" (50 on its 0–100 scale). */
    static final double IMPORTANT = 3.0;
    static final double WORD_WEIGHT = 2.0;
    static final double MIN_EVIDENCE = 0.3;
    private static final double[] RANK_WEIGHTS = {1.0, 0.75, 0.5, 0.35};

    /** The skills, by element id. */
    static final List<String> SKILLS = List.of("2.A.1.a", "2.A.1.b", "2.A.1.c", "2.A.1.d", "2.A.1.e", "2.A.1.f",
            "2.A.2.a", "2.A.2.b", "2.A.2.c", "2.A.2.d", "2.B.1.a", "2.B.1.b", "2.B.1.c", "2.B.1.d", "2.B.1.e",
            "2.B.1.f", "2.B.2.i", "2.B.3.a", "2.B.3.b", "2.B.3.c", "2.B.3.d", "2.B.3.e", "2.B.3.g", "2.B.3.h",
            "2.B.3.j", "2.B.3.k", "2.B.3.l", "2.B.3.m", "2.B.4.e", "2.B.4.g", "2.B.4.h", "2.B.5.a", "2.B.5.b",
            "2.B.5.c", "2.B.5.d");

    /**
     * Generalized work activity → the skills it calls on, most direct first. Skill ids: 2.A.1.a Reading
     * Comprehension, .b Active Listening, .c Writing, .d Speaking, .e Mathematics, .f Science; 2.A.2.a Critical
     * Thinking, .b Active Learning, .c Learning Strategies, .d Monitoring; 2.B.1.a Social Perceptiveness,
     * .b Coordination, .c Persuasion, .d Negotiation, .e Instructing, .f Service Orientation; 2.B.2.i Complex
     * Problem Solving; 2.B.3.a Operations Analysis, .b Technology Design, .c Equipment Selection, .d Installation,
     * .e Programming, .g Operations Monitoring, .h Operation and Control, .j Equipment Maintenance,
     * .k Troubleshooting, .l Repairing, .m Quality Control Analysis; 2.B.4.e Judgment and Decision Making,
     * .g Systems Analysis, .h Systems Evaluation; 2.B.5.a Time Management, .b Management of Financial Resources,
     * .c Management of Material Resources, .d Management of Personnel Resources.
     */
    static final Map<String, List<String>> CROSSWALK = crosswalk(
            "4.A.1.a.1", "2.A.1.a 2.A.1.b 2.A.2.a",             // Getting Information
            "4.A.1.a.2", "2.A.2.d 2.B.3.g 2.B.3.m",             // Monitoring Processes, Materials, or Surroundings
            "4.A.1.b.1", "2.A.2.a 2.A.2.d 2.B.3.m",             // Identifying Objects, Actions, and Events
            "4.A.1.b.2", "2.B.3.m 2.B.3.k 2.B.3.g",             // Inspecting Equipment, Structures, or Materials
            "4.A.1.b.3", "2.A.1.e 2.B.5.c 2.B.5.a",             // Estimating the Quantifiable Characteristics ...
            "4.A.2.a.1", "2.B.4.e 2.A.2.a 2.B.3.m 2.B.1.a",     // Judging the Qualities of Objects, Services, or People
            "4.A.2.a.2", "2.A.1.e 2.A.1.a 2.A.2.a",             // Processing Information
            "4.A.2.a.3", "2.A.1.a 2.A.2.a 2.B.4.e 2.B.3.m",     // Evaluating Information to Determine Compliance ...
            "4.A.2.a.4", "2.A.2.a 2.A.1.e 2.B.4.g 2.A.1.f",     // Analyzing Data or Information
            "4.A.2.b.1", "2.B.4.e 2.B.2.i 2.A.2.a",             // Making Decisions and Solving Problems
            "4.A.2.b.2", "2.B.3.a 2.B.3.b 2.B.2.i",             // Thinking Creatively
            "4.A.2.b.3", "2.A.2.b 2.A.1.a 2.A.2.c",             // Updating and Using Relevant Knowledge
            "4.A.2.b.4", "2.B.4.g 2.B.4.h 2.B.2.i 2.B.4.e",     // Developing Objectives and Strategies
            "4.A.2.b.5", "2.B.5.a 2.B.1.b 2.B.5.d",             // Scheduling Work and Activities
            "4.A.2.b.6", "2.B.5.a 2.B.1.b 2.B.4.e",             // Organizing, Planning, and Prioritizing Work
            "4.A.3.a.1", "2.B.3.h 2.B.3.c",                     // Performing General Physical Activities
            "4.A.3.a.2", "2.B.3.h 2.B.3.c 2.B.3.m",             // Handling and Moving Objects
            "4.A.3.a.3", "2.B.3.h 2.B.3.g 2.B.3.k",             // Controlling Machines and Processes
            "4.A.3.a.4", "2.B.3.h 2.B.3.g 2.B.3.j",             // Operating Vehicles, Mechanized Devices, or Equipment
            "4.A.3.b.1", "2.B.3.e 2.B.3.d 2.B.3.k 2.B.3.h",     // Working with Computers
            "4.A.3.b.2", "2.B.3.b 2.B.3.a 2.A.1.c",             // Drafting, Laying Out, and Specifying Technical Devices
            "4.A.3.b.4", "2.B.3.l 2.B.3.j 2.B.3.k",             // Repairing and Maintaining Mechanical Equipment
            "4.A.3.b.5", "2.B.3.l 2.B.3.k 2.B.3.j 2.B.3.d",     // Repairing and Maintaining Electronic Equipment
            "4.A.3.b.6", "2.A.1.c 2.A.1.a",                     // Documenting/Recording Information
            "4.A.4.a.1", "2.A.1.d 2.A.1.c 2.B.1.e",             // Interpreting the Meaning of Information for Others
            "4.A.4.a.2", "2.A.1.d 2.A.1.b 2.A.1.c 2.B.1.b",     // Communicating with Supervisors, Peers, or Subordinates
            "4.A.4.a.3", "2.A.1.d 2.A.1.b 2.A.1.c 2.B.1.f",     // Communicating with People Outside the Organization
            "4.A.4.a.4", "2.B.1.a 2.B.1.b 2.B.1.f",             // Establishing and Maintaining Interpersonal Relationships
            "4.A.4.a.5", "2.B.1.f 2.B.1.a 2.A.1.b",             // Assisting and Caring for Others
            "4.A.4.a.6", "2.B.1.c 2.B.1.d 2.A.1.d",             // Selling or Influencing Others
            "4.A.4.a.7", "2.B.1.d 2.B.1.c 2.B.1.a 2.A.1.b",     // Resolving Conflicts and Negotiating with Others
            "4.A.4.a.8", "2.B.1.f 2.A.1.d 2.B.1.a",             // Performing for or Working Directly with the Public
            "4.A.4.b.1", "2.B.1.b 2.B.5.d 2.B.5.a",             // Coordinating the Work and Activities of Others
            "4.A.4.b.2", "2.B.5.d 2.B.1.a 2.B.1.b",             // Developing and Building Teams
            "4.A.4.b.3", "2.B.1.e 2.A.2.c 2.A.1.d",             // Training and Teaching Others
            "4.A.4.b.4", "2.B.5.d 2.B.1.b 2.A.2.d",             // Guiding, Directing, and Motivating Subordinates
            "4.A.4.b.5", "2.B.1.e 2.A.2.c 2.B.1.a",             // Coaching and Developing Others
            "4.A.4.b.6", "2.A.1.d 2.A.2.a 2.B.4.g",             // Providing Consultation and Advice to Others
            "4.A.4.c.1", "2.A.1.a 2.A.1.c 2.B.5.a",             // Performing Administrative Activities
            "4.A.4.c.2", "2.B.5.d 2.B.4.e 2.B.1.a",             // Staffing Organizational Units
            "4.A.4.c.3", "2.B.5.b 2.B.5.c 2.A.2.d");            // Monitoring and Controlling Resources

    /**
     * Intermediate work activities whose skills differ from their GWA's (O*NET files, for example, prescribing
     * medication under Monitoring and Controlling Resources); for a DWA under one of these, this list is used
     * instead of the GWA's.
     */
    static final Map<String, List<String>> IWA_CROSSWALK = crosswalk(
            "4.A.1.a.1.I08", "2.A.1.f 2.A.1.a 2.A.2.a",         // Research issues related to earth sciences.
            "4.A.1.a.1.I10", "2.A.1.f 2.A.1.a 2.A.2.a",         // Investigate the environmental impact of ...
            "4.A.1.a.1.I12", "2.A.1.b 2.A.1.d 2.B.1.a",         // Collect information about patients or clients.
            "4.A.1.a.1.I13", "2.A.1.f 2.A.1.a 2.A.2.a",         // Research agricultural processes or practices.
            "4.A.1.a.1.I15", "2.A.2.a 2.A.1.b 2.A.1.a",         // Investigate individuals' background, behavior ...
            "4.A.1.a.1.I16", "2.A.1.f 2.A.1.a 2.A.2.a",         // Research biological or ecological phenomena.
            "4.A.1.a.1.I19", "2.A.1.a 2.A.1.f 2.A.2.a",         // Research healthcare issues.
            "4.A.1.a.1.I21", "2.A.2.a 2.B.2.i 2.A.1.b",         // Investigate incidents or accidents.
            "4.A.1.a.1.I22", "2.A.2.a 2.B.2.i 2.A.1.b",         // Investigate organizational or operational problems.
            "4.A.1.a.1.I23", "2.A.1.b 2.A.1.d 2.B.1.a",         // Interview people to obtain information.
            "4.A.1.a.2.I01", "2.B.3.g 2.B.3.h 2.A.2.d",         // Monitor equipment operation.
            "4.A.1.a.2.I03", "2.B.5.b 2.A.1.e 2.A.2.d",         // Monitor financial data or activities.
            "4.A.1.a.2.I06", "2.A.2.d 2.B.1.a",                 // Monitor individual behavior or performance.
            "4.A.1.a.2.I10", "2.B.3.g 2.B.3.k 2.A.2.d",         // Monitor operation of computer or information ...
            "4.A.1.b.1.I02", "2.A.2.a 2.B.2.i 2.B.4.e",         // Identify business or organizational opportunities.
            "4.A.1.b.2.I01", "2.A.1.f 2.B.3.m 2.A.2.a",         // Administer diagnostic tests to assess patient health.
            "4.A.1.b.2.I03", "2.B.3.m 2.A.1.f",                 // Test characteristics of materials or products.
            "4.A.1.b.2.I08", "2.B.3.m 2.B.3.k 2.B.3.e",         // Test performance of computer or information systems.
            "4.A.1.b.2.I09", "2.A.2.a 2.A.1.f 2.A.2.d",         // Examine people or animals to assess health ...
            "4.A.1.b.2.I11", "2.A.1.f 2.B.3.m",                 // Test sites or materials for environmental hazards.
            "4.A.1.b.3.I02", "2.A.1.e 2.B.5.b",                 // Estimate project development or operational costs.
            "4.A.1.b.3.I03", "2.A.1.e 2.B.5.b",                 // Calculate financial data.
            "4.A.1.b.3.I05", "2.A.2.d 2.A.1.e",                 // Take physical measurements of patients or clients.
            "4.A.2.a.1.I01", "2.B.1.a 2.A.1.b 2.B.4.e",         // Assess living, work, or social needs or status ...
            "4.A.2.a.1.I03", "2.A.2.d 2.A.2.c 2.B.1.e",         // Assess student capabilities, needs, or performance.
            "4.A.2.a.1.I04", "2.B.5.d 2.A.2.d 2.B.4.e",         // Evaluate personnel capabilities or performance.
            "4.A.2.a.1.I06", "2.B.4.e 2.A.2.a 2.B.2.i",         // Evaluate patient or client condition or treatment ...
            "4.A.2.a.1.I08", "2.A.1.a 2.A.2.a 2.A.1.c",         // Evaluate scholarly work.
            "4.A.2.a.1.I09", "2.B.5.b 2.A.1.e 2.B.4.e",         // Evaluate condition of financial assets, property ...
            "4.A.2.a.2.I02", "2.B.3.m 2.A.2.d",                 // Sort materials or products.
            "4.A.2.a.2.I03", "2.A.1.a 2.A.1.c",                 // Compile records, documentation, or other data.
            "4.A.2.a.2.I04", "2.A.1.e 2.B.5.b",                 // Reconcile financial data.
            "4.A.2.a.2.I05", "2.A.1.a 2.A.1.b",                 // Verify personal information.
            "4.A.2.a.3.I02", "2.A.1.f 2.A.1.a 2.B.3.m",         // Assess compliance with environmental standards ...
            "4.A.2.a.3.I03", "2.B.5.b 2.A.1.e 2.A.2.a",         // Examine financial activities, operations, or systems.
            "4.A.2.a.3.I04", "2.A.2.d 2.B.1.f",                 // Follow standard healthcare safety procedures ...
            "4.A.2.a.4.I01", "2.A.1.f 2.A.1.e 2.B.4.g",         // Analyze environmental or geospatial data.
            "4.A.2.a.4.I02", "2.A.2.a 2.B.4.g 2.A.1.e",         // Analyze market or industry conditions.
            "4.A.2.a.4.I03", "2.B.5.b 2.B.4.e 2.A.1.e",         // Analyze business or financial risks.
            "4.A.2.a.4.I04", "2.A.1.e 2.A.1.f",                 // Analyze scientific or applied data using math ...
            "4.A.2.a.4.I05", "2.B.3.a 2.B.3.b 2.A.2.a",         // Evaluate designs, specifications, or other ...
            "4.A.2.a.4.I06", "2.A.1.f 2.A.2.a",                 // Analyze health or medical data.
            "4.A.2.a.4.I08", "2.A.1.a 2.A.2.a",                 // Research laws, precedents, or other legal data.
            "4.A.2.a.4.I09", "2.A.1.a 2.A.2.a 2.B.4.g",         // Assess characteristics or impacts of regulations ...
            "4.A.2.a.4.I10", "2.A.1.f 2.A.2.a",                 // Analyze biological or chemical substances ...
            "4.A.2.a.4.I11", "2.A.1.e 2.B.5.b 2.A.2.a",         // Analyze business or financial data.
            "4.A.2.a.4.I12", "2.B.4.h 2.B.4.g 2.B.3.k",         // Analyze performance of systems or equipment.
            "4.A.2.b.1.I01", "2.A.1.e 2.B.4.e",                 // Determine values or prices of goods or services.
            "4.A.2.b.1.I02", "2.B.3.k 2.B.3.l",                 // Diagnose system or equipment problems.
            "4.A.2.b.1.I03", "2.B.4.e 2.B.5.b",                 // Authorize business activities or transactions.
            "4.A.2.b.1.I06", "2.A.2.a 2.B.2.i 2.A.1.f",         // Diagnose health conditions or disorders.
            "4.A.2.b.1.I07", "2.A.1.c 2.A.1.a",                 // Edit written materials or documents.
            "4.A.2.b.1.I08", "2.B.5.c 2.B.5.b 2.B.5.d",         // Determine resource needs of projects or operations.
            "4.A.2.b.1.I10", "2.B.3.c 2.B.5.c",                 // Select materials or equipment for operations ...
            "4.A.2.b.1.I11", "2.B.3.h",                         // Alter audio or video recordings.
            "4.A.2.b.2.I01", "2.B.2.i 2.B.4.e 2.A.2.a",         // Develop patient or client care or treatment plans.
            "4.A.2.b.2.I02", "2.B.3.e 2.B.4.g 2.B.3.b",         // Design computer or information systems ...
            "4.A.2.b.2.I03", "2.B.4.g 2.B.1.c 2.B.2.i",         // Develop business or marketing plans.
            "4.A.2.b.2.I04", "2.B.3.a 2.B.2.i",                 // Develop recipes or menus.
            "4.A.2.b.2.I06", "2.B.3.e 2.B.4.g",                 // Design databases.
            "4.A.2.b.2.I09", "2.B.4.g 2.B.5.b 2.B.2.i",         // Develop financial or business plans.
            "4.A.2.b.2.I10", "2.B.4.g 2.B.2.i",                 // Develop health assessment methods or programs.
            "4.A.2.b.2.I12", "2.A.1.c 2.B.1.c",                 // Develop marketing or promotional materials.
            "4.A.2.b.2.I15", "2.A.2.c 2.B.1.e",                 // Develop educational programs, plans, or procedures.
            "4.A.2.b.2.I17", "2.B.4.g 2.B.2.i",                 // Develop public or community health programs.
            "4.A.2.b.2.I21", "2.A.1.e 2.B.4.g",                 // Develop models of systems, processes, or products.
            "4.A.2.b.2.I22", "2.A.1.c 2.A.1.a",                 // Develop news, entertainment, or artistic content.
            "4.A.2.b.2.I23", "2.A.1.f 2.B.2.i",                 // Develop research plans or methodologies.
            "4.A.2.b.2.I26", "2.A.1.f 2.A.1.e",                 // Develop scientific or mathematical theories ...
            "4.A.2.b.2.I27", "2.B.4.g 2.B.4.h 2.B.4.e",         // Develop organizational or program goals ...
            "4.A.2.b.5.I03", "2.B.5.a 2.B.1.b",                 // Schedule appointments.
            "4.A.3.a.1.I02", "2.A.2.d 2.B.4.e",                 // Protect people or property from threats ...
            "4.A.3.a.1.I03", "2.B.3.j 2.A.2.d",                 // Clean tools, equipment, facilities, or work areas.
            "4.A.3.a.1.I08", "2.B.3.m 2.B.3.h",                 // Clean workpieces, finished products, or other objects.
            "4.A.3.a.1.I09", "2.B.3.j 2.A.2.d",                 // Clean medical equipment or facilities.
            "4.A.3.a.1.I11", "2.A.2.d 2.B.4.e",                 // Maintain safety or security.
            "4.A.3.a.1.I12", "2.B.1.f 2.B.1.a",                 // Escort others.
            "4.A.3.a.1.I13", "2.B.1.f 2.B.1.a",                 // Transport patients or clients.
            "4.A.3.a.1.I15", "2.B.1.f 2.B.1.b",                 // Provide food or beverage services.
            "4.A.3.a.2.I01", "2.B.3.d 2.B.3.c 2.B.3.h",         // Build structures.
            "4.A.3.a.2.I02", "2.A.1.f 2.B.3.m",                 // Collect samples of products or materials.
            "4.A.3.a.2.I03", "2.A.2.d 2.B.3.m 2.B.3.h",         // Prepare foods or beverages.
            "4.A.3.a.2.I04", "2.B.3.d 2.B.3.c 2.B.3.h",         // Assemble equipment or components.
            "4.A.3.a.2.I05", "2.B.3.h 2.B.3.m",                 // Sew garments or materials.
            "4.A.3.a.2.I08", "2.B.3.a 2.B.1.c",                 // Arrange displays or decorations.
            "4.A.3.a.2.I09", "2.B.3.h 2.B.3.k 2.B.3.j",         // Adjust equipment to ensure adequate performance.
            "4.A.3.a.2.I10", "2.B.1.e",                         // Train animals.
            "4.A.3.a.2.I11", "2.B.3.c 2.A.2.d",                 // Prepare medical equipment or work areas for use.
            "4.A.3.a.2.I16", "2.B.3.d 2.B.3.c 2.B.3.h",         // Install energy or heating equipment.
            "4.A.3.a.2.I17", "2.B.3.c 2.B.3.m",                 // Fabricate medical devices.
            "4.A.3.a.2.I19", "2.B.3.l 2.B.3.j",                 // Disassemble equipment.
            "4.A.3.a.2.I20", "2.B.3.d 2.B.3.c 2.B.3.h",         // Install commercial or production equipment.
            "4.A.3.a.2.I21", "2.B.1.f 2.B.1.a",                 // Apply hygienic or cosmetic agents to skin or hair.
            "4.A.3.a.2.I24", "2.B.3.h 2.B.3.g",                 // Adjust medical equipment to ensure adequate ...
            "4.A.3.a.2.I26", "2.B.3.c 2.A.1.f",                 // Embalm corpses.
            "4.A.3.a.2.I31", "2.B.1.f 2.B.1.a",                 // Groom or style hair.
            "4.A.3.a.2.I32", "2.B.1.e 2.B.5.c",                 // Set up classrooms, facilities, educational ...
            "4.A.3.a.2.I34", "2.B.3.d 2.B.3.c 2.B.3.h",         // Connect components or supply lines to equipment ...
            "4.A.3.a.2.I35", "2.B.3.h 2.B.3.m 2.B.3.d",         // Join parts using soldering, welding, or brazing ...
            "4.A.3.a.2.I36", "2.B.3.d 2.B.3.c 2.B.3.h",         // Assemble products or work aids.
            "4.A.3.a.2.I37", "2.B.5.c",                         // Stock supplies or products.
            "4.A.3.a.2.I38", "2.A.1.f 2.B.3.m",                 // Collect environmental or biological samples.
            "4.A.3.a.2.I41", "2.B.3.d 2.B.3.c 2.B.3.h",         // Position materials or components for assembly.
            "4.A.3.a.2.I42", "2.B.3.m 2.B.3.h",                 // Package objects.
            "4.A.3.a.2.I43", "2.B.3.d 2.B.3.c 2.B.3.h",         // Install plumbing or piping equipment or systems.
            "4.A.3.a.2.I46", "2.B.3.d 2.B.3.c 2.B.3.h",         // Set up equipment.
            "4.A.3.a.2.I47", "2.A.1.f 2.B.3.m",                 // Prepare specimens or materials for testing.
            "4.A.3.a.3.I09", "2.A.1.f 2.B.3.h",                 // Operate laboratory or field equipment.
            "4.A.3.a.3.I10", "2.B.3.h 2.A.1.d 2.A.1.b",         // Operate communications equipment or systems.
            "4.A.3.b.1.I02", "2.B.3.d 2.B.4.g 2.B.3.k",         // Implement security measures for computer ...
            "4.A.3.b.1.I03", "2.B.3.d 2.B.3.k 2.B.3.e",         // Set up computer systems, networks, or other ...
            "4.A.3.b.1.I04", "2.B.3.k 2.B.3.e 2.B.2.i",         // Resolve computer problems.
            "4.A.3.b.1.I05", "2.B.3.h 2.A.1.a 2.A.2.d",         // Operate computer systems or computerized equipment.
            "4.A.3.b.1.I06", "2.A.1.a 2.B.3.h 2.A.2.d",         // Process digital or online data.
            "4.A.3.b.6.I01", "2.B.5.b 2.A.1.e 2.A.1.c",         // Prepare financial documents, reports, or budgets.
            "4.A.3.b.6.I03", "2.A.1.d 2.A.1.c",                 // Present research or technical information.
            "4.A.3.b.6.I05", "2.B.3.h",                         // Record images with photographic or audiovisual ...
            "4.A.3.b.6.I09", "2.A.1.c 2.B.3.b",                 // Document technical designs, procedures, or ...
            "4.A.3.b.6.I10", "2.A.1.c 2.A.1.e",                 // Maintain sales or financial records.
            "4.A.4.a.1.I03", "2.A.1.b 2.A.1.d 2.A.1.a",         // Interpret language, cultural, or religious ...
            "4.A.4.a.1.I04", "2.A.1.d 2.B.5.b 2.A.1.e",         // Explain financial information.
            "4.A.4.a.2.I02", "2.A.1.f 2.B.1.b",                 // Assist scientists, scholars, or technical ...
            "4.A.4.a.2.I04", "2.B.1.b 2.B.2.i 2.A.1.d",         // Coordinate with others to resolve problems.
            "4.A.4.a.2.I10", "2.B.1.b 2.A.1.d",                 // Signal others to coordinate work activities.
            "4.A.4.a.2.I11", "2.B.1.b 2.A.1.d",                 // Coordinate activities with clients, agencies ...
            "4.A.4.a.2.I13", "2.A.1.b 2.A.1.d 2.B.1.f",         // Confer with clients to determine needs or order ...
            "4.A.4.a.3.I01", "2.A.1.d 2.B.1.c",                 // Present information in legal proceedings.
            "4.A.4.a.5.I04", "2.A.2.d 2.B.1.f",                 // Care for plants or animals.
            "4.A.4.a.5.I05", "2.B.1.a 2.B.4.e 2.B.1.f",         // Intervene in crisis situations or emergencies.
            "4.A.4.a.5.I06", "2.B.1.f 2.B.3.d",                 // Fit assistive devices to patients or clients.
            "4.A.4.a.5.I08", "2.B.1.f 2.A.1.a 2.A.1.c",         // Assist individuals with paperwork.
            "4.A.4.a.5.I11", "2.B.1.b 2.B.1.f 2.A.1.b",         // Assist healthcare practitioners during medical ...
            "4.A.4.a.6.I01", "2.B.1.c 2.A.1.d 2.B.1.a",         // Advocate for individual or community needs.
            "4.A.4.a.8.I01", "2.A.1.d 2.B.1.a",                 // Present arts or entertainment performances.
            "4.A.4.b.4.I02", "2.A.1.d 2.B.1.b 2.B.4.e",         // Serve on organizational committees.
            "4.A.4.b.4.I03", "2.B.1.b 2.B.5.d",                 // Coordinate artistic or entertainment activities.
            "4.A.4.b.4.I06", "2.B.5.d 2.A.1.f 2.B.1.b",         // Direct scientific or technical activities.
            "4.A.4.b.4.I08", "2.B.3.g 2.B.3.h 2.A.2.d",         // Manage control systems or activities.
            "4.A.4.b.4.I09", "2.B.5.b 2.A.1.e",                 // Manage budgets or finances.
            "4.A.4.b.4.I11", "2.B.1.b 2.B.5.d",                 // Coordinate group, community, or public activities.
            "4.A.4.b.4.I13", "2.B.5.d 2.B.5.a 2.B.1.b",         // Assign work to others.
            "4.A.4.b.4.I14", "2.B.1.b 2.A.1.a 2.B.4.h",         // Coordinate regulatory compliance activities.
            "4.A.4.b.5.I02", "2.B.1.a 2.B.1.f 2.A.1.b",         // Provide support or encouragement to others.
            "4.A.4.b.6.I02", "2.A.1.d 2.B.1.f 2.B.1.c",         // Advise others on products or services.
            "4.A.4.b.6.I07", "2.A.1.d 2.B.1.a 2.A.2.c",         // Advise others on educational or vocational matters.
            "4.A.4.b.6.I08", "2.A.1.d 2.A.1.a 2.A.2.a",         // Advise others on legal or regulatory matters.
            "4.A.4.b.6.I10", "2.B.1.a 2.A.1.b 2.A.1.d",         // Counsel others about personal matters.
            "4.A.4.b.6.I11", "2.A.1.d 2.B.5.b 2.A.1.e",         // Advise others on financial matters.
            "4.A.4.c.1.I03", "2.A.1.e 2.B.1.f 2.A.2.d",         // Execute financial transactions.
            "4.A.4.c.1.I04", "2.A.1.c 2.A.1.a",                 // Issue documentation.
            "4.A.4.c.1.I05", "2.A.1.a 2.B.5.c",                 // Process shipments or mail.
            "4.A.4.c.3.I01", "2.B.5.c 2.A.2.d",                 // Replenish inventories of materials, equipment ...
            "4.A.4.c.3.I02", "2.B.4.e 2.A.2.a 2.A.1.f",         // Order medical tests or procedures.
            "4.A.4.c.3.I03", "2.B.5.c 2.A.2.d",                 // Distribute materials, supplies, or resources.
            "4.A.4.c.3.I04", "2.A.1.e 2.B.1.f",                 // Collect fares or payments.
            "4.A.4.c.3.I05", "2.B.5.c 2.B.5.b 2.B.1.d",         // Purchase goods or services.
            "4.A.4.c.3.I06", "2.B.4.e 2.A.2.a 2.A.1.f",         // Prescribe medical treatments or devices.
            "4.A.4.c.3.I07", "2.B.5.c 2.A.2.d");                // Monitor resources or inventories.

    private static final Set<String> STOP_WORDS = Set.of("and", "the", "for", "with", "from", "into", "such", "other",
            "others", "using", "use", "used", "are", "this", "that", "these", "those", "their", "its", "any", "all",
            "not", "but", "can", "may", "own", "how", "what", "who", "which", "when", "where", "about", "also", "etc",
            "one", "you", "your", "them", "they", "has", "have", "was", "were", "will", "need", "needed", "work",
            "job", "jobs", "task", "tasks");
    private static final List<String> SUFFIXES = sortedByLength(List.of("ational", "izations", "ization", "ations",
            "ation", "ators", "ator", "iveness", "ements", "ement", "ments", "ment", "ities", "ity", "ings", "ing",
            "ers", "er", "ies", "ied", "ions", "ion", "ives", "ive", "ially", "ial", "ally", "al", "ly", "ed", "es",
            "s", "e", "ances", "ance", "ences", "ence", "ics", "ic", "ists", "ist", "ous", "able", "ible", "ures", "ure"));

    private final Map<String, Double> idf = new TreeMap<>();
    private final Map<String, Map<String, Double>> skillVectors = new TreeMap<>();

    /**
     * @param onet         the skill names, definitions and level anchors come from its content model
     * @param contentModel the content model file, named when a skill is missing from it
     */
    SkillMatcher(Onet onet, Path contentModel) {
        Map<String, Map<String, Double>> counts = new TreeMap<>();
        for (String id : SKILLS) {
            Onet.Element e = onet.element(id).orElseThrow(() -> new ImportException(contentModel, 0,
                    "has no element '" + id + "' (a skill the importer matches tasks to)"));
            Map<String, Double> c = new TreeMap<>();
            add(c, e.name(), 2.0);
            add(c, e.description(), 1.0);
            for (String anchor : onet.anchors.getOrDefault(id, List.of())) {
                add(c, anchor, 1.0);
            }
            counts.put(id, c);
        }
        Map<String, Integer> df = new TreeMap<>();
        for (Map<String, Double> c : counts.values()) {
            for (String term : c.keySet()) {
                df.merge(term, 1, Integer::sum);
            }
        }
        int n = counts.size();
        df.forEach((term, d) -> idf.put(term, Math.log((n + 1.0) / (d + 1.0))));
        counts.forEach((id, c) -> skillVectors.put(id, weigh(c)));
    }

    private static Map<String, List<String>> crosswalk(String... pairs) {
        Map<String, List<String>> map = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], List.of(pairs[i + 1].split(" ")));
        }
        return map;
    }

    private static List<String> sortedByLength(List<String> suffixes) {
        List<String> s = new ArrayList<>(suffixes);
        s.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return List.copyOf(s);
    }

    /** The skills rated at least important for an occupation, most important first (then higher level, then id). */
    static List<String> important(Map<String, Onet.SkillRating> ratings) {
        List<String> ids = new ArrayList<>();
        ratings.forEach((id, r) -> {
            if (!Double.isNaN(r.importance()) && r.importance() >= IMPORTANT && !r.notRelevant()) {
                ids.add(id);
            }
        });
        ids.sort(Comparator.<String>comparingDouble(id -> -ratings.get(id).importance())
                .thenComparingDouble(id -> {
                    double lv = ratings.get(id).level();
                    return Double.isNaN(lv) ? 0 : -lv;
                })
                .thenComparing(Comparator.naturalOrder()));
        return ids;
    }

    /**
     * The skill for one task, among {@code candidates} (element ids, each rated in {@code ratings}), or empty
     * when the evidence is too weak.
     */
    Optional<String> match(String task, List<Onet.Dwa> dwas, List<String> candidates,
            Map<String, Onet.SkillRating> ratings) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Double> words = new TreeMap<>();
        add(words, task, 1.0);
        Map<String, Double> activity = new TreeMap<>();
        for (Onet.Dwa d : dwas) {
            add(words, d.title(), 1.0);
            add(words, d.iwaTitle(), 1.0);
            List<String> skills = IWA_CROSSWALK.getOrDefault(d.iwa(), CROSSWALK.getOrDefault(d.gwa(), List.of()));
            for (int i = 0; i < skills.size(); i++) {
                activity.merge(skills.get(i), RANK_WEIGHTS[i] / dwas.size(), Double::sum);
            }
        }
        Map<String, Double> taskVector = weigh(words);
        String best = null;
        double bestScore = 0;
        double bestEvidence = 0;
        for (String id : candidates) {
            double evidence = activity.getOrDefault(id, 0.0) + WORD_WEIGHT * cosine(taskVector, skillVectors.get(id));
            double score = evidence * ratings.get(id).importance() / 5.0;
            if (best == null || score > bestScore || (score == bestScore && better(id, best, ratings))) {
                best = id;
                bestScore = score;
                bestEvidence = evidence;
            }
        }
        return bestEvidence >= MIN_EVIDENCE ? Optional.ofNullable(best) : Optional.empty();
    }

    private static boolean better(String id, String than, Map<String, Onet.SkillRating> ratings) {
        int c = Double.compare(ratings.get(id).importance(), ratings.get(than).importance());
        return c > 0 || (c == 0 && id.compareTo(than) < 0);
    }

    private Map<String, Double> weigh(Map<String, Double> counts) {
        Map<String, Double> v = new TreeMap<>();
        double norm = 0;
        for (Map.Entry<String, Double> e : counts.entrySet()) {
            Double w = idf.get(e.getKey());
            if (w != null && w > 0) {
                double x = e.getValue() * w;
                v.put(e.getKey(), x);
                norm += x * x;
            }
        }
        if (norm > 0) {
            double n = Math.sqrt(norm);
            v.replaceAll((k, x) -> x / n);
        }
        return v;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double sum = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double y = b.get(e.getKey());
            if (y != null) {
                sum += e.getValue() * y;
            }
        }
        return sum;
    }

    private static void add(Map<String, Double> counts, String text, double weight) {
        for (String t : terms(text)) {
            counts.merge(t, weight, Double::sum);
        }
    }

    /** The stemmed content words of a text. */
    static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < lower.length()) {
            while (i < lower.length() && !isLetter(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < lower.length() && isLetter(lower.charAt(i))) {
                i++;
            }
            if (i - start > 2) {
                String word = lower.substring(start, i);
                if (!STOP_WORDS.contains(word)) {
                    out.add(stem(word));
                }
            }
        }
        return out;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** Strips up to two common English suffixes, keeping a stem of at least four letters. */
    static String stem(String word) {
        String w = word;
        for (int pass = 0; pass < 2; pass++) {
            for (String suffix : SUFFIXES) {
                if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
                    w = w.substring(0, w.length() - suffix.length());
                    break;
                }
            }
        }
        return w;
    }
}
