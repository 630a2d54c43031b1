package com.lumenbridge.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.lumenbridge.gateway.support.FakeServices;
import com.lumenbridge.gateway.support.GatewayClient;
import com.lumenbridge.platform.testing.HttpProbe;
import com.lumenbridge.platform.testing.WithEmbeddedInfrastructure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The two pages in a real browser (Debian's chromium through its chromium-driver, headless), served
 * by the gateway on a random port with every service answered by {@link FakeServices}: an operator
 * sees every service up with live charts, and a dealer lowers stock, marks an order ready, marks
 * an appointment attended and records a sale, each checked afterwards through the API. Screenshots
 * of both pages go to {@code target/browser-screenshots/}.
 */
@WithEmbeddedInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"lumenbridge.gateway.operator-key=" + BrowserIT.OPERATOR_KEY,
        // its own database: the other ITs' gateway shares this JVM's Mongo server and counts its operator's keys
        "lumenbridge.mongodb.database=lumenbridge_gateway_browser_it"})
class BrowserIT {

    static final String OPERATOR_KEY = "lbk_browser-test-operator-key-0123456789";
    private static final Path CHROMIUM = Path.of(System.getProperty("lumenbridge.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("lumenbridge.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    private static final FakeServices SERVICES = FakeServices.start();

    @LocalServerPort
    int port;

    private GatewayClient gateway;
    private WebDriver browser;
    private WebDriverWait wait;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("CATALOG_SERVICE_URL", SERVICES::url);
        registry.add("STORE_SERVICE_URL", SERVICES::url);
        registry.add("ORDER_SERVICE_URL", SERVICES::url);
        registry.add("CRM_SERVICE_URL", SERVICES::url);
    }

    @BeforeAll
    static void needsChromium() throws IOException {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
            .as("the browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver")
            .isTrue();
        Files.createDirectories(SCREENSHOTS);
    }

    @BeforeEach
    void openBrowser() {
        gateway = new GatewayClient(port, OPERATOR_KEY);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
            "--window-size=1280,1400", "--no-first-run", "--disable-extensions");
        // the driver stops its service when it quits, so each browser gets its own
        ChromeDriverService driver = new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anOperatorSeesEveryServiceUpWithLiveCharts() throws IOException {
        browser.get(url("/ops"));
        signIn(OPERATOR_KEY);

        wait.until(d -> d.findElements(By.cssSelector("#health-grid .service-card[data-status='UP']")).size() == 5);
        List<String> services = browser.findElements(By.cssSelector("#health-grid .service-card")).stream()
            .map(card -> card.getDomAttribute("data-service")).toList();
        assertThat(services).containsExactly("gateway", "catalog", "stores", "orders", "crm");
        // rates need two readings: every chart of the fakes' figures gets a line per service
        for (String chart : List.of("chart-rate", "chart-errors", "chart-p95", "chart-p99", "chart-lag", "chart-backlog")) {
            wait.until(d -> d.findElements(By.cssSelector("#" + chart + " polyline[data-service='stores']")).size() == 1);
        }
        WebElement storesRow = browser.findElement(By.cssSelector("#now-table tr[data-service='stores']"));
        assertThat(storesRow.getText()).contains("%");
        assertThat(browser.findElement(By.cssSelector("#breakers")).getText()).contains("catalog").contains("closed");
        assertThat(browser.findElements(By.cssSelector("#figures [data-metric='lumenbridge_orders_status_total']"))).hasSize(4);
        assertThat(browser.findElement(By.cssSelector("#figures [data-metric='lumenbridge_orders_status_total']")).getText())
            .contains("status=CONFIRMED");
        screenshot("ops.png");
    }

    @Test
    void aKeyThatIsNotTheOperatorsIsTurnedAwayOnTheOpsPage() {
        String dealer = gateway.registerTenant("DEALER");
        String key = gateway.issueKey(dealer, "stores:read");
        browser.get(url("/ops"));
        signIn(key);

        wait.until(ExpectedConditions.textToBe(By.id("message"), "That key is not an operator key."));
        assertThat(browser.findElement(By.id("dashboard")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("key-form")).isDisplayed()).isTrue();
    }

    @Test
    void aDealerLowersStockMarksAnOrderReadyAndTheApiShowsBoth() throws IOException {
        String dealer = gateway.registerTenant("DEALER");
        String key = gateway.issueKey(dealer, "stores:read", "inventory:write", "orders:read", "orders:write");
        browser.get(url("/console"));
        signIn(key);

        // the pickup queue: the confirmed order, made ready
        WebElement order = wait.until(ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#pickup-queue [data-order='" + FakeServices.ORDER_ID + "'][data-status='CONFIRMED']")));
        assertThat(order.getText()).contains("Li Wei").contains("2 × AUR-A60-9W-2700");
        order.findElement(By.cssSelector("button[data-action='ready']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#pickup-queue [data-order='" + FakeServices.ORDER_ID + "'][data-status='READY_FOR_PICKUP']")));

        // inventory: the low line is highlighted; the other is lowered to 12
        browser.findElement(By.cssSelector(".tabs button[data-tab='inventory']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#inventory-table tr[data-sku='AUR-A60-9W-2700']")));
        assertThat(browser.findElement(By.cssSelector("tr[data-sku='AUR-GU10-5W-3000']")).getDomAttribute("class")).isEqualTo("low-stock");
        assertThat(browser.findElement(By.cssSelector("tr[data-sku='AUR-A60-9W-2700']")).getDomAttribute("class")).isEmpty();
        WebElement onHand = browser.findElement(By.cssSelector("tr[data-sku='AUR-A60-9W-2700'] input[name='onHand']"));
        onHand.clear();
        onHand.sendKeys("12");
        browser.findElement(By.cssSelector("tr[data-sku='AUR-A60-9W-2700'] button[type='submit']")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("tr[data-sku='AUR-A60-9W-2700'] td.on-hand"), "12"));

        // two units of the low line arrive broken: a DAMAGED adjustment of -2 with its reason
        browser.findElement(By.cssSelector("tr[data-sku='AUR-GU10-5W-3000'] details summary")).click();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("tr[data-sku='AUR-GU10-5W-3000'] select[name='kind']")))
            .selectByValue("DAMAGED");
        WebElement units = browser.findElement(By.cssSelector("tr[data-sku='AUR-GU10-5W-3000'] form.adjust input[name='quantity']"));
        units.clear();
        units.sendKeys("2");
        browser.findElement(By.cssSelector("tr[data-sku='AUR-GU10-5W-3000'] input[name='reason']")).sendKeys("dropped in unpacking");
        browser.findElement(By.cssSelector("tr[data-sku='AUR-GU10-5W-3000'] form.adjust button")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("tr[data-sku='AUR-GU10-5W-3000'] td.on-hand"), "1"));
        assertThat(SERVICES.adjustments()).hasSize(1);
        assertThat(SERVICES.adjustments().get(0).get("quantity").asInt()).isEqualTo(-2);
        assertThat(SERVICES.adjustments().get(0).get("kind").asText()).isEqualTo("DAMAGED");

        // today's appointment, attended
        browser.findElement(By.cssSelector(".tabs button[data-tab='appointments']")).click();
        WebElement appointment = wait.until(ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#appointments [data-appointment='" + FakeServices.APPOINTMENT_ID + "']")));
        appointment.findElement(By.cssSelector("button[data-action='attend']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#appointments [data-appointment='" + FakeServices.APPOINTMENT_ID + "'][data-status='ATTENDED']")));

        // an offline sale
        browser.findElement(By.cssSelector(".tabs button[data-tab='sale']")).click();
        browser.findElement(By.cssSelector(".sale-line input[name='sku']")).sendKeys("AUR-GU10-5W-3000");
        WebElement quantity = browser.findElement(By.cssSelector(".sale-line input[name='quantity']"));
        quantity.clear();
        quantity.sendKeys("2");
        browser.findElement(By.cssSelector("#sale-form button[type='submit']")).click();
        wait.until(ExpectedConditions.textToBe(By.id("sale-result"), "Sale sale-1 recorded."));
        assertThat(SERVICES.sales()).hasSize(1);
        assertThat(SERVICES.sales().get(0).get("lines").get(0).get("quantity").asInt()).isEqualTo(2);

        HttpProbe.Response stock = gateway.get("/api/stores/" + FakeServices.STORE_ID + "/inventory/AUR-A60-9W-2700", key);
        HttpProbe.Response ready = gateway.get("/api/orders/" + FakeServices.ORDER_ID, key);
        assertThat(stock.json().get("onHand").asInt()).isEqualTo(12);
        assertThat(ready.json().get("status").asText()).isEqualTo("READY_FOR_PICKUP");

        browser.findElement(By.cssSelector(".tabs button[data-tab='inventory']")).click();
        screenshot("console.png");
    }

    private void signIn(String key) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("key-input")));
        input.sendKeys(key);
        browser.findElement(By.cssSelector("#key-form button[type='submit']")).click();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void screenshot(String name) throws IOException {
        Path shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
