package org.loungehub.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.loungehub.access.Caller;
import org.loungehub.access.Role;
import org.loungehub.support.HubIntegrationTest;
import org.loungehub.support.Pushes;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The console in a real Chromium (Debian's chromium and chromium-driver, headless; nothing is downloaded): sign in,
 * the overview's charts drawn, a Chinese search, a listing with its explained counterparts, English, a phone-sized
 * screen, and a partner user kept off staff pages. Screenshots go to target/console-screenshots, or where
 * -Dconsole.screenshots says (-Dconsole.screenshots=docs/console refreshes the README's). Skipped, saying why, where the
 * browser or its driver is not installed.
 */
@HubIntegrationTest
// Counterparts are ranked over the whole index: indices of its own keep other classes' listings out of them.
@TestPropertySource(properties = "hub.elasticsearch.index-prefix=it-console-browser-")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** A test run leaves the committed screenshots alone unless asked to retake them. */
    static final Path SCREENSHOTS = Path.of(System.getProperty("console.screenshots", "target/console-screenshots"));

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Accounts accounts;
    @LocalServerPort
    int port;

    private final String word = "browsit" + ConsoleIT.letters();
    private final String staff = "staff-" + word;
    private final String partner = "desk-" + word;
    private final String demandTitle = "寻找毫米波雷达养老监护方案 " + word;
    private final String offerTitle = word + " 毫米波雷达 非接触式生命体征监测";
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    void setUp() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: install Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)");
        Caller admin = new Caller("console-browser-it", Role.ADMIN, null);
        accounts.create(new AccountRequest(staff, ConsoleIT.PASSWORD, "staff", null), admin);
        accounts.create(new AccountRequest(partner, ConsoleIT.PASSWORD, "partner", "lounge-desk"), admin);
        Pushes.pushAndWait(rest, "lounge-desk", "application/json", """
                [{"externalId": "browser-%s-demand", "kind": "technology", "side": "demand", "country": "CN",
                  "title": "%s", "description": "为养老院寻找毫米波雷达，非接触监测老人呼吸和跌倒。%s",
                  "industries": ["8730"], "contact": {"name": "王丽", "email": "wang.%s@example.org"}}]"""
                .formatted(word, demandTitle, word, word));
        Pushes.pushAndWait(rest, "csl-offers", "text/csv", ("成果编号,成果名称,成果简介,关键词,学科领域\n"
                + "browser" + word + "offer," + offerTitle + ",毫米波雷达传感器，非接触测量呼吸心跳 " + word
                + ",雷达,电子科学与技术\n").getBytes(java.nio.charset.Charset.forName("GB18030")));

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,768", "--lang=zh-CN", "--hide-scrollbars");
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    @Order(1)
    void signsStaffInAndDrawsTheOverviewChartsWithData() throws IOException {
        open("/console");
        assertThat(driver.getCurrentUrl()).endsWith("/login");
        driver.findElement(By.id("username")).sendKeys(staff);
        driver.findElement(By.id("password")).sendKeys(ConsoleIT.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/console/overview"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("驾驶舱");
        for (String chart : List.of("kind", "side", "country", "industry", "gap")) {
            WebElement drawn = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#chart-" + chart + "[data-drawn] svg")));
            assertThat(drawn.findElements(By.cssSelector("path")).size()).as(chart).isGreaterThan(2);
            assertThat(Integer.parseInt(driver.findElement(By.id("chart-" + chart)).getAttribute("data-drawn")))
                    .as(chart).isGreaterThan(0);
        }
        screenshot("overview-zh");
    }

    @Test
    @Order(2)
    void findsListingsWithAChineseQuery() throws IOException {
        open("/console/search");
        WebElement query = driver.findElement(By.id("q"));
        query.sendKeys("毫米波雷达 " + word, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("q="));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), demandTitle));
        List<String> titles = driver.findElements(By.cssSelector(".result .title")).stream().map(WebElement::getText)
                .limit(2).toList();
        assertThat(titles).containsExactlyInAnyOrder(demandTitle, offerTitle);
        assertThat(driver.findElements(By.cssSelector(".result mark"))).isNotEmpty();
    }

    @Test
    @Order(3)
    void opensAListingAndExplainsItsCounterparts() throws IOException {
        driver.findElement(By.linkText(demandTitle)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("listing-title")));
        assertThat(driver.findElement(By.id("listing-title")).getText()).isEqualTo(demandTitle);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".match")));
        WebElement first = driver.findElements(By.cssSelector(".match")).stream()
                .filter(match -> match.findElement(By.cssSelector(".title")).getText().equals(offerTitle))
                .findFirst().orElseThrow(() -> new AssertionError("the offer is not among the counterparts"));
        assertThat(first.findElements(By.cssSelector("meter"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(first.findElements(By.cssSelector(".signal th")).stream().map(WebElement::getText).toList())
                .contains("词语（BM25）", "概念");
        assertThat(first.findElements(By.cssSelector(".concept"))).isNotEmpty();
        screenshot("listing-zh");

        driver.findElement(By.id("lang-switch")).click();
        wait.until(ExpectedConditions.textToBe(By.id("matches-title"), "Counterparts"));
        assertThat(driver.findElement(By.cssSelector(".match .signal th")).getText()).isEqualTo("Words (BM25)");
        assertThat(driver.findElement(By.id("listing-title")).getText()).isEqualTo(demandTitle);
    }

    @Test
    @Order(4)
    void staysInEnglishAndFitsAPhoneScreen() throws IOException {
        open("/console/overview");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Overview");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-gap[data-drawn] svg")));
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            open("/console/search?q=" + word);
            Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;");
            assertThat(overflow).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0L);
            screenshot("search-phone-en");
        } finally {
            driver.manage().window().setSize(new Dimension(1366, 768));
        }
    }

    @Test
    @Order(5)
    void reachesEveryControlByKeyboard() {
        open("/console/search");
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getAttribute("class")).isEqualTo("skip");
        WebElement label = driver.findElement(By.cssSelector("label[for=q]"));
        assertThat(label.getText()).isNotBlank();
    }

    @Test
    @Order(6)
    void keepsAPartnerUserOffStaffPages() {
        driver.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        driver.findElement(By.id("username")).sendKeys(partner);
        driver.findElement(By.id("password")).sendKeys(ConsoleIT.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/console/search"));
        assertThat(driver.findElements(By.linkText("Overview"))).isEmpty();
        open("/console/overview");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("This page is for lounge staff only");
        open("/console/listing?id=" + "csl-offers%3Abrowser" + word + "offer");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private void screenshot(String name) throws IOException {
        File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(SCREENSHOTS);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
