package org.occuprint.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * Across every module on the command's class path (the API, data, importer, guide runner, the three renderers
 * and the command itself): no cycle between any two packages, and arrows between the modules point down the flow
 * only (docs/architecture.md). The API module's own layers are checked by its ArchitectureTest.
 */
@AnalyzeClasses(packages = "org.occuprint", importOptions = ModuleArchitectureTest.MainClassesOnly.class)
class ModuleArchitectureTest {
    /** The modules' main classes: not test classes, nor the API's test jar (Fixtures and the API's tests). */
    static final class MainClassesOnly implements ImportOption {
        private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar.*");
        private final ImportOption notTestClasses = new ImportOption.DoNotIncludeTests();

        @Override
        public boolean includes(Location location) {
            return notTestClasses.includes(location) && !location.matches(TEST_JAR);
        }
    }

    /** Every package is a slice of its own, the root package org.occuprint (the facade) too. */
    private static final SliceAssignment EACH_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String p = javaClass.getPackageName();
            return p.equals("org.occuprint") || p.startsWith("org.occuprint.") ? SliceIdentifier.of(p)
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "each package of org.occuprint";
        }
    };

    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLES = slices().assignedFrom(EACH_PACKAGE).should().beFreeOfCycles();

    @ArchTest
    static final ArchRule MODULES_DEPEND_DOWN_THE_FLOW = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Api").definedBy("org.occuprint", "org.occuprint.model..", "org.occuprint.io..",
                    "org.occuprint.options..", "org.occuprint.compose..", "org.occuprint.render",
                    "org.occuprint.internal..", "org.occuprint.error..")
            .layer("Data").definedBy("org.occuprint.data..")
            .layer("Import").definedBy("org.occuprint.importer..")
            .layer("Guide").definedBy("org.occuprint.guide..")
            .layer("Html").definedBy("org.occuprint.render.html..")
            .layer("Pdf").definedBy("org.occuprint.render.pdf..")
            .layer("Docx").definedBy("org.occuprint.render.docx..")
            .layer("Web").definedBy("org.occuprint.web..")
            .layer("Cli").definedBy("org.occuprint.cli..")
            .whereLayer("Api").mayNotAccessAnyLayer()
            .whereLayer("Data").mayOnlyAccessLayers("Api")
            .whereLayer("Import").mayOnlyAccessLayers("Api", "Data")
            .whereLayer("Guide").mayOnlyAccessLayers("Api", "Data")
            .whereLayer("Html").mayOnlyAccessLayers("Api")
            .whereLayer("Pdf").mayOnlyAccessLayers("Api", "Html")
            .whereLayer("Docx").mayOnlyAccessLayers("Api")
            .whereLayer("Web").mayOnlyAccessLayers("Api", "Data")
            .whereLayer("Web").mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Cli").mayNotBeAccessedByAnyLayer();

    @ArchTest
    static final ArchRule ONLY_THE_COMMAND_USES_PICOCLI = noClasses().that().resideInAPackage("org.occuprint..")
            .and().resideOutsideOfPackage("org.occuprint.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("the library is used without the command line too");
}
