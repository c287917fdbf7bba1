package org.attune.support;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * What a browser holds after its person signs in on Keycloak's own login page:
 * the app's session cookie, and every {@code Set-Cookie} header the app sent
 * on the way, exactly as it sent them. It follows the redirects of the
 * authorization code flow itself, so that each response can be looked at.
 */
public final class SignedInBrowser {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern FEEDBACK = Pattern.compile("(?:kc-feedback-text|input-error)[^>]*>\\s*([^<]+)<");
    private static final Pattern FORM_ACTION = Pattern.compile("action=\"([^\"]+)\"");

    private static final String PAGE = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final String sessionCookie;
    private final List<String> setCookieHeaders;

    private SignedInBrowser(String sessionCookie, List<String> setCookieHeaders) {
        this.sessionCookie = sessionCookie;
        this.setCookieHeaders = setCookieHeaders;
    }

    /** Signs in as a demo user without a one-time password (not the therapist), starting at the app's /login. */
    public static SignedInBrowser signIn(String username) {
        return signIn(TestStack.appUrl(), null, username);
    }

    /**
     * Signs in at the app served from {@code appUrl} (e.g. over TLS, trusting
     * the certificates {@code tls} trusts; {@code null} for the default).
     */
    public static SignedInBrowser signIn(String appUrl, SSLContext tls, String username) {
        TestStack.keycloak();
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new LocalhostCookies())
                .followRedirects(HttpClient.Redirect.NEVER);
        if (tls != null) {
            builder.sslContext(tls);
        }
        HttpClient http = builder.build();
        List<String> appCookies = new ArrayList<>();
        HttpResponse<String> page = follow(http, get(appUrl + "/login"), appUrl, appCookies);
        Matcher form = LOGIN_FORM.matcher(page.body());
        if (!form.find() && !(form = FORM_ACTION.matcher(page.body())).find()) {
            throw new IllegalStateException("No login form on " + page.uri() + ": " + page.statusCode());
        }
        String action = form.group(1).replace("&amp;", "&");
        String credentials = formBody(Map.of("username", username, "password", DemoUsers.PASSWORD));
        HttpResponse<String> home = follow(
                http,
                HttpRequest.newBuilder(page.uri().resolve(action))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", PAGE)
                        .POST(HttpRequest.BodyPublishers.ofString(credentials)),
                appUrl,
                appCookies);
        if (home.statusCode() != 200 || !home.uri().toString().startsWith(appUrl)) {
            Matcher feedback = FEEDBACK.matcher(home.body());
            throw new IllegalStateException("Sign-in did not come back to the app: " + home.uri()
                    + (feedback.find() ? " (" + feedback.group(1).strip() + ")" : ""));
        }
        String session = appCookies.stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .reduce((first, second) -> second)
                .map(c -> c.substring(0, c.contains(";") ? c.indexOf(';') : c.length()))
                .orElseThrow(() -> new IllegalStateException("The app set no session cookie: " + appCookies));
        return new SignedInBrowser(session, List.copyOf(appCookies));
    }

    /** {@code JSESSIONID=…}, as the browser sends it back in a {@code Cookie} header. */
    public String sessionCookie() {
        return sessionCookie;
    }

    /** Every {@code Set-Cookie} header the app sent during the sign-in, in order. */
    public List<String> setCookieHeaders() {
        return setCookieHeaders;
    }

    /** A request to the app carrying only the session cookie: no token, no Origin, no Referer. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(TestStack.appUrl() + path))
                .header("Cookie", sessionCookie)
                .header("Accept", "application/json");
    }

    /** Sends a request without following redirects and without a cookie store of its own. */
    public static HttpResponse<String> send(HttpRequest.Builder request) {
        HttpClient plain =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try {
            return plain.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A page load, with the Accept header of a browser (without it the app takes the caller for an API client). */
    private static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", PAGE).GET();
    }

    private static HttpResponse<String> follow(
            HttpClient http, HttpRequest.Builder first, String appUrl, List<String> appCookies) {
        HttpRequest.Builder next = first;
        for (int hops = 0; hops < 12; hops++) {
            HttpResponse<String> response;
            try {
                response = http.send(next.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (response.uri().toString().startsWith(appUrl)) {
                appCookies.addAll(response.headers().allValues("Set-Cookie"));
            }
            var location = response.headers().firstValue("Location");
            if (response.statusCode() / 100 != 3 || location.isEmpty()) {
                return response;
            }
            next = get(response.uri().resolve(location.get()).toString());
        }
        throw new IllegalStateException("Too many redirects");
    }

    /**
     * Cookies as a browser keeps them for {@code localhost}, which it counts as
     * a secure context: a {@code Secure} cookie (Keycloak sets its sign-in
     * cookies so) is sent back over plain HTTP too, which the JDK's cookie
     * manager would not do. Kept per host and port, sent back whole.
     */
    private static final class LocalhostCookies extends CookieHandler {

        private final Map<String, Map<String, String>> byServer = new ConcurrentHashMap<>();

        private static String server(URI uri) {
            return uri.getHost() + ":" + uri.getPort();
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            Map<String, String> jar = byServer.getOrDefault(server(uri), Map.of());
            if (jar.isEmpty()) {
                return Map.of();
            }
            String cookies = jar.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "));
            return Map.of("Cookie", List.of(cookies));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            Map<String, String> jar = byServer.computeIfAbsent(server(uri), k -> new ConcurrentHashMap<>());
            responseHeaders.forEach((name, values) -> {
                if (!"set-cookie".equalsIgnoreCase(name)) {
                    return;
                }
                for (String header : values) {
                    String pair = header.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    if (eq <= 0) {
                        continue;
                    }
                    String cookie = pair.substring(0, eq).strip();
                    String value = pair.substring(eq + 1).strip();
                    String lower = header.toLowerCase(java.util.Locale.ROOT);
                    if (value.isEmpty() || lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970")) {
                        jar.remove(cookie);
                    } else {
                        jar.put(cookie, value);
                    }
                }
            });
        }
    }

    private static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
