package org.occuprint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The API module's packages form the layers of the flow (docs/architecture.md): {@code model} ← {@code options}
 * ← {@code compose} ← {@code render} ← the facade {@code org.occuprint}, with {@code io} (profile JSON) beside
 * them on the model, and {@code internal} and {@code error} used by all. No package cycle, and no class of the
 * back-end libraries, which stay in the renderer and importer modules.
 */
@AnalyzeClasses(packages = "org.occuprint", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The facade (the root package) is one slice, each subpackage of org.occuprint with its own subpackages another. */
    private static final SliceAssignment FACADE_AND_SUBPACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String p = javaClass.getPackageName();
            if (p.equals("org.occuprint")) {
                return SliceIdentifier.of("facade");
            }
            if (p.startsWith("org.occuprint.")) {
                return SliceIdentifier.of(p.substring("org.occuprint.".length()).split("\\.")[0]);
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the facade org.occuprint and each of its subpackages";
        }
    };

    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLES = slices().assignedFrom(FACADE_AND_SUBPACKAGES).should().beFreeOfCycles();

    @ArchTest
    static final ArchRule EVERY_CLASS_IS_IN_A_KNOWN_LAYER = classes().that().resideInAPackage("org.occuprint..")
            .should().resideInAnyPackage("org.occuprint", "org.occuprint.model..", "org.occuprint.io..",
                    "org.occuprint.options..", "org.occuprint.compose..", "org.occuprint.render..",
                    "org.occuprint.internal..", "org.occuprint.error..")
            .because("a new package needs its place in the layers below");

    @ArchTest
    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Facade").definedBy("org.occuprint")
            .layer("Render").definedBy("org.occuprint.render..")
            .layer("Compose").definedBy("org.occuprint.compose..")
            .layer("Options").definedBy("org.occuprint.options..")
            .layer("Io").definedBy("org.occuprint.io..")
            .layer("Model").definedBy("org.occuprint.model..")
            .layer("Internal").definedBy("org.occuprint.internal..")
            .optionalLayer("Error").definedBy("org.occuprint.error..")
            .whereLayer("Facade").mayNotBeAccessedByAnyLayer()
            .whereLayer("Render").mayOnlyAccessLayers("Compose", "Options", "Model", "Internal", "Error")
            .whereLayer("Compose").mayOnlyAccessLayers("Options", "Model", "Internal", "Error")
            .whereLayer("Options").mayOnlyAccessLayers("Model", "Internal", "Error")
            .whereLayer("Io").mayOnlyAccessLayers("Model", "Internal", "Error")
            .whereLayer("Model").mayOnlyAccessLayers("Internal", "Error")
            .whereLayer("Internal").mayOnlyAccessLayers("Error")
            .whereLayer("Error").mayOnlyAccessLayers("Internal")
            .whereLayer("Io").mayOnlyBeAccessedByLayers("Facade");

    @ArchTest
    static final ArchRule NO_BACK_END_LIBRARIES = noClasses().that().resideInAPackage("org.occuprint..")
            .should().dependOnClassesThat().resideInAnyPackage("org.thymeleaf..", "org.xhtmlrenderer..", "com.lowagie..",
                    "org.apache.poi..", "org.apache.commons.csv..")
            .because("Thymeleaf, Flying Saucer, OpenPDF, POI and Commons CSV belong to the renderer and importer"
                    + " modules; an application that embeds the API must not need them");

    @ArchTest
    static final ArchRule ONLY_THE_JDK_JACKSON_AND_ZXING = classes().that().resideInAPackage("org.occuprint..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.occuprint..", "java..",
                    "com.fasterxml.jackson.core..", "com.google.zxing..", "org.jspecify..")
            .because("the API module's runtime dependencies are Jackson's streaming parser and ZXing's encoder");

    @ArchTest
    static final ArchRule ZXING_ONLY_IN_THE_QR_CODE = noClasses().that().resideInAPackage("org.occuprint..")
            .and().doNotHaveFullyQualifiedName("org.occuprint.compose.QrCode")
            .should().dependOnClassesThat().resideInAPackage("com.google.zxing..")
            .because("a QR code's modules are encoded in one place, and no public type exposes ZXing's");
}
