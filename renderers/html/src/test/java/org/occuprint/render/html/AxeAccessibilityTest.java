package org.occuprint.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occuprint.compose.ProfileDocument;
import org.occuprint.guide.GuideEntry;
import org.occuprint.guide.GuideReport;
import org.occuprint.guide.GuideRunner;
import org.occuprint.model.Occupation;
import org.occuprint.model.Task;
import org.occuprint.options.Detail;
import org.occuprint.options.Logo;
import org.occuprint.options.PageSize;
import org.occuprint.options.RenderOptions;
import org.occuprint.testing.Fixtures;
import org.occuprint.testing.Tools;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Loads the print-HTML in headless Chromium (through Debian's chromedriver, never a downloaded one) and runs
 * axe-core on it: no violation of a WCAG 2.0/2.1 level A or AA rule, on screen and with print media emulated,
 * for the flagship, its large-print, summary and branded variants and the guide's index page. Also a few
 * best-practice rules the handout relies on (one {@code h1}, headings in order, everything in a landmark).
 *
 * <p>Pages and axe's findings are written under {@code target/axe-out/} for inspection.
 */
class AxeAccessibilityTest {
    /** The WCAG 2.1 level A and AA rules. */
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** Best-practice rules (not WCAG success criteria) the handout keeps anyway. */
    private static final List<String> STRUCTURE = List.of("page-has-heading-one", "heading-order", "empty-heading",
            "landmark-one-main", "landmark-unique", "landmark-no-duplicate-banner", "landmark-no-duplicate-main",
            "landmark-complementary-is-top-level", "region", "empty-table-header");
    private static final Path OUT = Path.of("target", "axe-out");

    @TempDir
    static Path profileDir;

    /**
     * Held so the setting sticks: Selenium looks for CDP bindings matching Chromium's version and warns when
     * there are none. The test needs none (it speaks WebDriver, and CDP only through chromedriver).
     */
    private static final Logger CDP_VERSION_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private static ChromeDriverService service;
    private static ChromeDriver driver;

    @BeforeAll
    static void startChromium() throws IOException {
        Path chromium = Tools.require("chromium", "chromium-browser", "google-chrome");
        Path chromedriver = Tools.require("chromedriver");
        Files.createDirectories(OUT);
        CDP_VERSION_LOG.setLevel(Level.SEVERE);
        // an explicit driver executable: Selenium Manager (which would download one) is never asked
        service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort()
                .withLogFile(OUT.resolve("chromedriver.log").toFile()).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--window-size=1024,1400", "--user-data-dir=" + profileDir.toAbsolutePath());
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopChromium() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    @Test
    void flagshipHasNoViolations() throws Exception {
        checkProfile(writeProfile("flagship", Fixtures.options()));
    }

    @Test
    void largePrintOnA4HasNoViolations() throws Exception {
        checkProfile(writeProfile("flagship-large-print", largePrint()));
    }

    @Test
    void summaryHandoutHasNoViolations() throws Exception {
        // no list (its related occupations are one paragraph), but its wage chart
        assertThat(check(writeProfile("flagship-summary", Fixtures.options().toBuilder().detail(Detail.SUMMARY).build())))
                .contains("html-lang-valid", "th-has-data-cells", "td-headers-attr", "empty-table-header", "svg-img-alt");
    }

    @Test
    void logoOfficeLinesAndCounselorNoteHaveNoViolations() throws Exception {
        assertThat(checkProfile(writeProfile("flagship-branded", branded())))
                .contains("image-alt", "landmark-complementary-is-top-level");
    }

    @Test
    void guideIndexHasNoViolations() throws Exception {
        assertThat(check(writeGuideIndex())).contains("link-name", "link-in-text-block");
    }

    /**
     * WCAG 1.4.10 (reflow): in a window 320 CSS pixels wide nothing is wider than the window except data
     * tables, which the criterion exempts (two-dimensional layout). axe has no rule for this.
     */
    @Test
    void pagesReflowToA320PixelWindowExceptForDataTables() throws Exception {
        List<Path> pages = List.of(writeProfile("flagship", Fixtures.options()),
                writeProfile("flagship-large-print", largePrint()), writeProfile("flagship-branded", branded()),
                writeGuideIndex());
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        try {
            for (Path page : pages) {
                load(page);
                Object tooWide = driver.executeScript("var w = document.documentElement.clientWidth, out = [];"
                        + "document.querySelectorAll('body *').forEach(function (e) {"
                        + "  if (!e.closest('table') && e.getBoundingClientRect().right > w + 1)"
                        + "    out.push(e.tagName.toLowerCase() + ': ' + e.textContent.trim().slice(0, 60)); });"
                        + "return out;");
                assertThat(tooWide).as("wider than 320 px in %s", page.getFileName())
                        .asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** The harness itself: axe runs, and reports what it should, on a page with known faults. */
    @Test
    void theCheckFindsViolationsInABrokenPage() throws Exception {
        Path page = OUT.resolve("broken.html");
        Files.writeString(page, "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/><title>Broken</title></head>"
                + "<body><main><h1>Broken</h1><h3>A skipped level</h3><p style=\"color: #aaaaaa\">Too pale</p>"
                + "<p><a href=\"next.html\"></a></p><table><tr><th></th><td>1</td></tr></table></main></body></html>",
                StandardCharsets.UTF_8);
        load(page);
        assertThat(run("broken").getViolations()).extracting(Rule::getId)
                .contains("html-has-lang", "color-contrast", "link-name", "heading-order", "empty-table-header");
    }

    private static RenderOptions largePrint() {
        return Fixtures.options().toBuilder().largePrint(true).pageSize(PageSize.A4).build();
    }

    /** Every title-block extra: agency, office lines, a counselor's note and a logo. */
    private static RenderOptions branded() throws IOException {
        return Fixtures.options().toBuilder()
                .agency("EDD")
                .office("Inland Empire Job Center\n123 Main Street, Riverside, CA\n(951) 555-0100")
                .note("Maria: bring your resume on Tuesday.\nAsk about the medical coding class.")
                .logo(Logo.of(Fixtures.logo()))
                .build();
    }

    /** The flagship with these options, as {@code target/axe-out/<name>.html}. */
    private static Path writeProfile(String name, RenderOptions options) throws IOException {
        ProfileDocument doc = Fixtures.compose(Fixtures.flagship(), options);
        Path html = OUT.resolve(name + ".html");
        Files.writeString(html, new HtmlRenderer().toXhtml(doc), StandardCharsets.UTF_8);
        return html;
    }

    /** A two-occupation guide in HTML, as the guide runner writes it; returns its {@code index.html}. */
    private static Path writeGuideIndex() throws IOException {
        Path dir = Files.createDirectories(OUT.resolve("guide"));
        Occupation nurses = Occupation.builder("29-1141.00", "Registered Nurses").summary(List.of("Care."))
                .task(Task.of("Assess patients.")).build();
        GuideReport report = GuideRunner.builder()
                .entries(List.of(GuideEntry.of(Fixtures.flagship()), GuideEntry.of(nurses)))
                .options(Fixtures.options().toBuilder().agency("EDD").build())
                .formats(List.of(new HtmlRenderer()), dir).index(new HtmlIndexWriter()).threads(2).build().run();
        assertThat(report.succeeded()).isTrue();
        return dir.resolve("index.html");
    }

    /** Checks a profile page; beyond the rules every page passes, its tables and lists were checked. */
    private static List<String> checkProfile(Path page) throws IOException {
        List<String> passed = check(page);
        assertThat(passed).contains("html-lang-valid", "th-has-data-cells", "td-headers-attr", "empty-table-header",
                "list", "listitem");
        return passed;
    }

    private static void load(Path page) {
        driver.get(page.toAbsolutePath().toUri().toString());
        assertThat(driver.getTitle()).as("no page at %s", page).isNotBlank();
    }

    /**
     * Runs axe on the page on screen, then with print media; fails on any violation. Returns the ids of the
     * rules that passed on screen.
     */
    private static List<String> check(Path page) throws IOException {
        String name = OUT.relativize(page).toString().replaceFirst("\\.html$", "").replace('/', '-');
        load(page);
        List<String> screen = analyze(name, "screen");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            analyze(name, "print");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        return screen;
    }

    private static List<String> analyze(String name, String media) throws IOException {
        Results r = run(name + "-" + media);
        String report = Files.readString(OUT.resolve(name + "-" + media + ".txt"), StandardCharsets.UTF_8);
        assertThat(r.getViolations()).as(report).isEmpty();
        List<String> passed = r.getPasses().stream().map(Rule::getId).toList();
        assertThat(passed).as("axe did not check the page: %s", report).contains("html-has-lang", "document-title",
                "color-contrast", "page-has-heading-one", "heading-order", "landmark-one-main", "region");
        return passed;
    }

    /** One axe run on the loaded page; its findings are written to {@code target/axe-out/<name>.txt}. */
    private static Results run(String name) throws IOException {
        // runOnly the WCAG tags, plus the structure rules switched on by name; the pages have no frames
        Results r = new AxeBuilder().withTags(WCAG_21_AA).withRules(STRUCTURE).disableIframeTesting().analyze(driver);
        assertThat(r.isErrored()).as(r.getErrorMessage()).isFalse();
        Files.writeString(OUT.resolve(name + ".txt"), "axe-core " + r.getTestEngine().getVersion() + ", " + name
                + "\n" + describe(r), StandardCharsets.UTF_8);
        return r;
    }

    /** Violations and incomplete ("needs review") results with their elements, then the rules that passed. */
    private static String describe(Results r) {
        StringBuilder sb = new StringBuilder();
        for (Rule rule : r.getViolations()) {
            appendRule(sb, "VIOLATION", rule);
        }
        for (Rule rule : r.getIncomplete()) {
            appendRule(sb, "needs review", rule);
        }
        sb.append("  passed: ").append(r.getPasses().stream().map(Rule::getId).collect(Collectors.joining(" ")))
                .append('\n');
        return sb.toString();
    }

    private static void appendRule(StringBuilder sb, String what, Rule rule) {
        sb.append("  ").append(what).append(' ').append(rule.getId()).append(" (").append(rule.getImpact()).append("): ")
                .append(rule.getHelp()).append(" <").append(rule.getHelpUrl()).append(">\n");
        for (CheckedNode node : rule.getNodes()) {
            sb.append("    at ").append(node.getTarget()).append(": ").append(node.getHtml()).append('\n');
            if (node.getFailureSummary() != null) {
                sb.append("      ").append(node.getFailureSummary().replace("\n", "\n      ")).append('\n');
            }
        }
    }
}
