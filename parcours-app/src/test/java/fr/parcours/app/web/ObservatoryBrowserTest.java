package fr.parcours.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.parcours.app.web.auth.Role;
import fr.parcours.app.web.report.Exports;
import fr.parcours.app.web.report.Page;
import io.javalin.http.HandlerType;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The observatory in a real browser (Debian's Chromium, headless, through chromedriver): each role
 * logs in, opens every page it may, every chart has drawn data (or its table has rows), a CSV
 * fetched by the browser equals the API, a viewer gets 403 on every analyst and admin route.
 * Screenshots go to {@code target/screenshots/}. One server and one browser for the class.
 */
class ObservatoryBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static ObservatoryServer server;
  static ChromeDriver driver;
  static Path profile;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "Chromium ou chromedriver absent (/usr/bin/chromium, /usr/bin/chromedriver) : tests navigateur ignorés ; installez-les avec apt-get install chromium chromium-driver.");
    server = WebFixture.start();
    base = "http://127.0.0.1:" + server.port();
    profile = Files.createTempDirectory("parcours-chromium-");
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,1800", "--lang=fr-FR");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
    driver = new ChromeDriver(service, o);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(20));
  }

  @AfterAll
  static void stop() {
    if (driver != null) driver.quit();
    if (server != null) server.close();
  }

  @Test
  void eachRoleSeesItsPagesWithDrawnCharts() throws Exception {
    Path shots = Path.of("target", "screenshots");
    Files.createDirectories(shots);
    for (Role role : new Role[] {Role.VIEWER, Role.ANALYST, Role.ADMIN}) {
      login(role);
      for (Page p : Page.values()) {
        if (!role.atLeast(p.minRole())) continue;
        driver.get(base + p.path());
        assertThat(driver.findElement(By.tagName("h1")).getText()).as(p.id()).isEqualTo(p.title());
        if (p.minRole() != Role.ADMIN) {
          new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> js("return document.documentElement.getAttribute('data-charts-ready')") != null);
          for (WebElement chart : driver.findElements(By.cssSelector(".chart[data-figure]"))) {
            String id = chart.getAttribute("data-figure");
            Number points = (Number) js("var c = window.parcoursCharts[arguments[0]]; if (!c) return 0; var n = 0;"
                + "c.getOption().series.forEach(function (s) { n += (s.data ? s.data.length : 0) + (s.links ? s.links.length : 0); }); return n;", id);
            assertThat(points.intValue()).as(role + " " + p.id() + " " + id).isPositive();
          }
        }
        for (WebElement t : driver.findElements(By.cssSelector("table"))) {
          assertThat(((Number) js("return arguments[0].tBodies[0].rows.length;", t)).intValue()).as(role + " " + p.id() + " tableau").isPositive();
        }
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), shots.resolve(role.code() + "-" + p.id() + ".png"),
            StandardCopyOption.REPLACE_EXISTING);
      }
      logout();
    }
  }

  @Test
  void anAdminCreatesAnAccountWithTheFormAndReadsTheKeyStatus() throws Exception {
    Path shots = Path.of("target", "screenshots");
    Files.createDirectories(shots);
    login(Role.ADMIN);
    driver.get(base + Page.USERS.path());
    driver.findElement(By.id("nouveau-login")).sendKeys("lecteur.navigateur");
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("nouveau-role"))).selectByValue("viewer");
    driver.findElement(By.id("nouveau-mdp")).sendKeys("phrase-de-passe-navigateur");
    driver.findElement(By.id("nouveau-mdp2")).sendKeys("phrase-de-passe-navigateur");
    driver.findElement(By.cssSelector("form.account button[type=submit]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("cree=lecteur.navigateur"));
    assertThat(driver.findElement(By.id("message-comptes")).getText()).contains("lecteur.navigateur", "lecteur");
    assertThat(driver.findElement(By.id("table-comptes")).getText()).contains("lecteur.navigateur");
    Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), shots.resolve("admin-comptes-cree.png"), StandardCopyOption.REPLACE_EXISTING);
    driver.findElement(By.xpath("//button[text()='Supprimer le compte lecteur.navigateur']")).click();
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.id("confirmation-suppression")).isEmpty());
    assertThat(driver.findElement(By.id("confirmation-suppression")).getText()).contains("lecteur.navigateur");
    driver.findElement(By.xpath("//button[text()='Confirmer la suppression de lecteur.navigateur']")).click();
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("supprime=lecteur.navigateur"));
    assertThat(driver.findElement(By.id("table-comptes")).getText()).doesNotContain("lecteur.navigateur");
    driver.get(base + Page.KEYS.path());
    assertThat(driver.findElement(By.id("empreinte-cle")).getText()).isEqualTo(WebFixture.FINGERPRINT);
    assertThat(driver.findElement(By.id("table-cles-retirees")).getText()).contains(WebFixture.RETIRED_FINGERPRINT);
    assertThat(driver.findElement(By.id("table-operations-cle")).getText()).contains("cle_rotation");
    logout();
  }

  @Test
  void aCsvDownloadedInTheBrowserIsTheApiTable() throws Exception {
    login(Role.VIEWER);
    driver.get(base + Page.YOUNG_ADULTS.path());
    for (String id : List.of("cjm-duree", "cjm-par-annee")) {
      String csv = (String) fetch("/telecharger/" + id + ".csv");
      String json = (String) fetch("/api/figures/" + id);
      var j = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
      List<List<String>> rows = Exports.parseCsv(csv);
      assertThat(rows.get(0)).hasSize(j.get("colonnes").size());
      assertThat(rows).hasSize(j.get("lignes").size() + 1);
      for (int i = 0; i < j.get("lignes").size(); i++) {
        for (int k = 0; k < rows.get(i + 1).size(); k++) assertThat(rows.get(i + 1).get(k)).isEqualTo(j.get("lignes").get(i).get(k).asText());
      }
      // and the table shown on the page has the same first row
      String firstCell = driver.findElement(By.cssSelector("#table-" + id + " tbody tr td")).getAttribute("textContent").trim();
      assertThat(firstCell).isEqualTo(rows.get(1).get(0));
    }
    logout();
  }

  @Test
  void aViewerGets403OnEveryAnalystAndAdminRoute() {
    login(Role.VIEWER);
    driver.get(base + Page.JOURNAL.path());
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Accès refusé");
    for (Route r : server.routes()) {
      if (r.method() != HandlerType.GET || r.minRole().ordinal() <= Role.VIEWER.ordinal()) continue;
      Object status = ((JavascriptExecutor) driver).executeAsyncScript(
          "var done = arguments[arguments.length - 1]; fetch(arguments[0], {redirect: 'manual'}).then(function (r) { done(r.status); });", r.path());
      assertThat(((Number) status).intValue()).as(r.path()).isEqualTo(403);
    }
    // and the menu does not offer them
    assertThat(driver.findElements(By.cssSelector("nav a[href='/journal']"))).isEmpty();
    logout();
  }

  private static void login(Role role) {
    driver.manage().deleteAllCookies();
    driver.get(base + "/connexion");
    driver.findElement(By.id("login")).sendKeys(WebFixture.login(role));
    driver.findElement(By.id("password")).sendKeys(WebFixture.PASSWORD);
    driver.findElement(By.cssSelector("form.login button[type=submit]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith("/vue-ensemble"));
  }

  private static void logout() {
    driver.findElement(By.cssSelector("form.who button[type=submit]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith("/connexion"));
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static Object fetch(String path) {
    return ((JavascriptExecutor) driver).executeAsyncScript(
        "var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(function (r) { return r.text(); }).then(done);", path);
  }

  static Map<String, String> none() {
    return Map.of();
  }
}
