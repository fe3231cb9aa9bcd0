package org.occuprint.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.occuprint.testing.Tools;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * The desk in headless Chromium (Debian's chromium and chromedriver; nothing downloaded): the counselor's
 * flow from typing a title to the downloaded PDF, with the keyboard, and axe-core on every page.
 */
class DeskBrowserTest {
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Logger CDP_VERSION_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    @TempDir
    static Path profileDir;
    @TempDir
    static Path downloads;

    private static DeskServer desk;
    private static ChromeDriverService service;
    private static ChromeDriver driver;
    private static String base;

    @BeforeAll
    static void start() {
        Path chromium = Tools.require("chromium", "chromium-browser", "google-chrome");
        Path chromedriver = Tools.require("chromedriver");
        desk = DeskServer.builder().port(0).zone(ZoneId.of("UTC")).build().start();
        base = "http://127.0.0.1:" + desk.port();
        CDP_VERSION_LOG.setLevel(Level.SEVERE);
        service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1200,1400",
                "--user-data-dir=" + profileDir.toAbsolutePath());
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (desk != null) {
            desk.close();
        }
    }

    private static final String PACKET = "/packet?code=29-2072.00&code=29-9021.00&code=43-6013.00";

    @Test
    void aCounselorAddsThreeOccupationsToAPacketAndDownloadsIt() throws Exception {
        driver.get(base + "/packet");
        for (String code : List.of("29-2072.00", "29-9021.00", "43-6013.00")) {
            driver.get(base + "/occupations/" + code);
            driver.findElement(By.id("add-to-packet")).click();
            waiting().until(d -> d.getCurrentUrl().contains("/packet?") && d.getCurrentUrl().contains(code));
        }
        assertThat(driver.findElements(By.cssSelector("ol.packet > li .code"))).extracting(WebElement::getText)
                .containsExactly("29-2072.00", "29-9021.00", "43-6013.00");
        // only Riverside–San Bernardino–Ontario and the nation
        driver.findElement(By.cssSelector(".packet-change summary")).click();
        driver.findElement(By.cssSelector(".packet-areas input[name=area][value='ST-06']")).click();
        driver.findElement(By.xpath("//form[contains(@class,'packet-areas')]//button[text()='Update']")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("ST-06") && d.getCurrentUrl().contains("CBSA-40140"));
        assertThat(driver.findElement(By.cssSelector("table.comparison")).getText())
                .contains("Median wage, Riverside–San Bernardino–Ontario").doesNotContain("California");
        driver.findElement(By.id("note")).sendKeys("Three to weigh, Ana.");
        driver.findElement(By.xpath("//button[text()='Download packet (PDF)']")).click();
        Path pdf = downloads.resolve("packet.pdf");
        waiting().until(d -> Files.isRegularFile(pdf) && !partialDownloads());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setEndPage(1);
            String first = s.getText(doc).replaceAll("\\s+", " ");
            assertThat(first).contains("Three to weigh, Ana.", "The occupations side by side",
                    "Medical Records Specialists", "Medical Secretaries", "Riverside");
            List<String> top = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> top.add(i.getTitle()));
            assertThat(top).containsExactly("The occupations side by side", "Medical Records Specialists",
                    "Health Information Technologists and Medical Registrars",
                    "Medical Secretaries and Administrative Assistants", "Other sources of information", "About this packet");
        }
        assertThat(driver.getCurrentUrl()).doesNotContain("Ana");
    }

    @Test
    void thePrintViewsPrintTheFooterOnEveryPage() throws Exception {
        for (String view : List.of("/occupations/29-2072.00.html?area=US&printed-on=2022-05-21",
                "/packet.html?code=29-2072.00&code=29-9021.00&area=US&printed-on=2022-05-21")) {
            driver.get(base + view);
            // printed once the page and its fonts are loaded (a CI run once printed a single page here)
            waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript(
                    "return document.fonts.status === 'loaded' ? document.readyState : 'loading'")));
            String shown = driver.findElement(By.tagName("body")).getText();
            assertThat(shown).as(view).contains("Medical Records Specialists");
            PrintOptions options = new PrintOptions();
            options.setBackground(true);
            byte[] pdf = java.util.Base64.getDecoder().decode(driver.print(options).getContent());
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                int pages = doc.getNumberOfPages();
                String printed = new PDFTextStripper().getText(doc);
                assertThat(pages).as(view + " printed as: " + printed.substring(0, Math.min(400, printed.length())))
                        .isGreaterThan(1);
                PDFTextStripper s = new PDFTextStripper();
                for (int p = 1; p <= pages; p++) {
                    s.setStartPage(p);
                    s.setEndPage(p);
                    assertThat(s.getText(doc)).as(view + " page " + p).contains("Printed on Saturday, May 21, 2022")
                            .contains("Page " + p + " of " + pages);
                }
            }
        }
    }

    /** Waits up to 30 s; an element found in one poll may be gone in the next (the form reloads the page). */
    private static WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    @Test
    void aCounselorSearchesChoosesAnAreaAddsANoteAndDownloadsThePdf() throws Exception {
        driver.get(base + "/");
        WebElement q = driver.findElement(By.id("q"));
        q.sendKeys("medical rec");
        waiting().until(d -> d.findElements(By.cssSelector("#results li a")).stream()
                .anyMatch(a -> a.getText().contains("Medical Records Specialists")));
        assertThat(driver.findElement(By.id("status")).getText()).contains("best match first");
        driver.findElements(By.cssSelector("#results li a")).stream()
                .filter(a -> a.getText().contains("Medical Records Specialists")).findFirst().orElseThrow().click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/occupations/29-2072.00"));
        // the data set's default areas (California, Riverside–San Bernardino–Ontario, the nation) come ticked
        assertThat(driver.findElement(By.cssSelector("input[name=area][value='ST-06']")).isSelected()).isTrue();
        driver.findElement(By.cssSelector("input[name=area][value='ST-06']")).click();
        driver.findElement(By.id("note")).sendKeys("Ask Ana about the coding class in March.");
        driver.findElement(By.xpath("//button[text()='Update preview']")).click();
        waiting().until(d -> {
            String doc = d.findElement(By.id("handout")).getAttribute("srcdoc");
            return doc != null && doc.contains("Ask Ana about the coding class in March.");
        });
        assertThat(driver.findElement(By.cssSelector("input[name=area][value='CBSA-40140']")).isSelected()).isTrue();
        assertThat(driver.findElement(By.cssSelector("input[name=area][value='ST-06']")).isSelected()).isFalse();
        assertThat(driver.getCurrentUrl()).doesNotContain("Ana");
        assertThat(driver.findElement(By.id("print")).isDisplayed()).isTrue();
        driver.findElement(By.xpath("//button[text()='Download PDF']")).click();
        Path pdf = downloads.resolve("29-2072.00-medical-records-specialists.pdf");
        waiting().until(d -> Files.isRegularFile(pdf) && !partialDownloads());
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        String today = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US).format(LocalDate.now(ZoneId.of("UTC")));
        assertThat(text).contains("Ask Ana about the coding class in March.", "Riverside", "Printed on " + today);
    }

    private static boolean partialDownloads() {
        try (Stream<Path> s = Files.list(downloads)) {
            return s.anyMatch(p -> p.toString().endsWith(".crdownload"));
        } catch (IOException e) {
            return true;
        }
    }

    @Test
    void thePagesHaveNoAccessibilityViolations() {
        for (String page : List.of("/", "/?q=nurse", "/occupations/29-2072.00", "/occupations/99-9999.99", PACKET,
                "/packet")) {
            driver.get(base + page);
            Results r = new AxeBuilder().withTags(WCAG_21_AA).disableIframeTesting().analyze(driver);
            assertThat(r.getViolations()).as(page + ": " + describe(r.getViolations())).isEmpty();
            assertThat(r.getPasses()).as(page).isNotEmpty();
        }
    }

    @Test
    void thePagesReflowInANarrowWindowAndWorkWithTheKeyboard() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        try {
            for (String page : List.of("/?q=nurse", "/occupations/29-2072.00", PACKET)) {
                driver.get(base + page);
                Object wider = driver.executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
                assertThat(wider).as(page + " scrolls sideways at 360 px").isEqualTo(Boolean.FALSE);
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        driver.get(base + "/");
        // the bar's two links (the desk, the packet), then the search field
        driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
        driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
        driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
    }

    private static String describe(List<Rule> rules) {
        return rules.stream().map(r -> r.getId() + " (" + r.getNodes().size() + ")").collect(Collectors.joining(", "));
    }
}
