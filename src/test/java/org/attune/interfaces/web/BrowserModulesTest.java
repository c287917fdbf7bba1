package org.attune.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.attune.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser app's modules, tested where they run: headless Chromium opens the
 * test page of {@code src/test/resources/webapp-tests}, which imports the
 * modules from the same paths and under the same Content-Security-Policy as the
 * server gives them, runs every {@code *.test.js} and reports each test.
 */
class BrowserModulesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path MODULES = WEBAPP.resolve("js");
    private static final Path TESTS = Path.of("src/test/resources/webapp-tests");
    private static final int MOST_LINES_OF_A_MODULE = 300;

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json");

    @Test
    void everyTestOfTheBrowserModulesPassesInChromium() throws IOException {
        assertThat(Browser.available())
                .as("the browser modules are tested in headless Chromium: install Debian's chromium and"
                        + " chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver), as .ci/run does")
                .isTrue();
        HttpServer site = serveAppAndTests();
        try (Browser browser = new Browser()) {
            browser.open("http://127.0.0.1:" + site.getAddress().getPort() + "/tests/index.html");
            JsonArray results = awaitResults(browser);

            List<String> suites = results.stream()
                    .map(result -> result.asJsonObject().getString("suite"))
                    .distinct()
                    .toList();
            assertThat(suites).as("test files that ran").containsExactlyInAnyOrderElementsOf(testFiles());
            List<String> failures = results.stream()
                    .map(JsonObject.class::cast)
                    .filter(result -> !result.getBoolean("ok"))
                    .map(result -> result.getString("suite") + ": " + result.getString("name") + "\n    "
                            + result.getString("message"))
                    .toList();
            assertThat(failures)
                    .as("failing browser module tests (of %d)", results.size())
                    .isEmpty();
        } finally {
            site.stop(0);
        }
    }

    @Test
    void noBrowserModuleIsLongerThan300Lines() throws IOException {
        try (Stream<Path> modules = Files.list(MODULES)) {
            List<String> tooLong = modules.filter(file -> file.toString().endsWith(".js"))
                    .filter(file -> lines(file) > MOST_LINES_OF_A_MODULE)
                    .map(file -> file.getFileName() + " (" + lines(file) + " lines)")
                    .toList();
            assertThat(tooLong)
                    .as("modules over %d lines", MOST_LINES_OF_A_MODULE)
                    .isEmpty();
        }
        assertThat(lines(WEBAPP.resolve("app.js"))).as("app.js").isLessThanOrEqualTo(MOST_LINES_OF_A_MODULE);
    }

    private static JsonArray awaitResults(Browser browser) {
        try {
            String json = new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
                    .until(driver -> (String) browser.driver().executeScript("return window.__results || null"));
            try (var reader = Json.createReader(new StringReader(json))) {
                return reader.readArray();
            }
        } catch (TimeoutException e) {
            String page = browser.driver().findElement(By.tagName("body")).getText();
            throw new AssertionError("the test page reported no results; it shows:\n" + page, e);
        }
    }

    /**
     * The app as the server gives it (with its Content-Security-Policy), the test
     * page under {@code /tests/}, and {@code /tests/manifest.json}: the app's
     * modules and the test files, for the page to load.
     */
    private static HttpServer serveAppAndTests() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                if (path.equals("/tests/manifest.json")) {
                    respond(exchange, "json", manifest().getBytes(StandardCharsets.UTF_8));
                } else if (path.startsWith("/tests/")) {
                    serveFile(exchange, TESTS, path.substring("/tests/".length()));
                } else {
                    serveFile(exchange, WEBAPP, path.substring(1));
                }
            }
        });
        server.start();
        return server;
    }

    private static void serveFile(HttpExchange exchange, Path root, String relative) throws IOException {
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || file.startsWith(WEBAPP.resolve("WEB-INF")) || !Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        String name = file.getFileName().toString();
        respond(exchange, name.substring(name.lastIndexOf('.') + 1), Files.readAllBytes(file));
    }

    private static void respond(HttpExchange exchange, String extension, byte[] body) throws IOException {
        exchange.getResponseHeaders()
                .set("Content-Type", CONTENT_TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().set("Content-Security-Policy", SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    private static String manifest() throws IOException {
        try (Stream<Path> modules = Files.list(MODULES)) {
            return Json.createObjectBuilder()
                    .add(
                            "modules",
                            Json.createArrayBuilder(
                                    modules.map(file -> file.getFileName().toString())
                                            .filter(name -> name.endsWith(".js"))
                                            .sorted()
                                            .toList()))
                    .add("tests", Json.createArrayBuilder(testFiles()))
                    .build()
                    .toString();
        }
    }

    private static List<String> testFiles() throws IOException {
        try (Stream<Path> files = Files.list(TESTS)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".test.js"))
                    .sorted()
                    .toList();
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
