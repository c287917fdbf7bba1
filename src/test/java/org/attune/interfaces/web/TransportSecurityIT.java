package org.attune.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.attune.support.AttuneIT;
import org.attune.support.DemoUsers;
import org.attune.support.KeycloakServer;
import org.attune.support.SignedInBrowser;
import org.attune.support.TestStack;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.as.arquillian.api.ServerSetupTask;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;

/**
 * What the server tells browsers about the transport: the session cookie a
 * real sign-in sets is {@code SameSite=Lax} and {@code HttpOnly}, and
 * {@code Secure} when it was set over TLS; {@code Strict-Transport-Security}
 * is sent over TLS and never over plain HTTP. For the TLS half the test
 * server gets an HTTPS listener (on the https socket binding, with WildFly's
 * self-signed application certificate) for the length of this class, and
 * the test realm lets people sign in there.
 */
@ServerSetup(TransportSecurityIT.HttpsListener.class)
class TransportSecurityIT extends AttuneIT {

    private static final String HTTPS_URL = "https://localhost:18443";

    static class HttpsListener implements ServerSetupTask {

        private static ModelNode listener(String operation) {
            ModelNode op = new ModelNode();
            op.get("operation").set(operation);
            ModelNode address = op.get("address");
            address.add("subsystem", "undertow");
            address.add("server", "default-server");
            address.add("https-listener", "attune-it-https");
            return op;
        }

        @Override
        public void setup(ManagementClient client, String containerId) throws Exception {
            ModelNode add = listener("add");
            add.get("socket-binding").set("https");
            add.get("ssl-context").set("applicationSSC");
            ModelNode result = client.getControllerClient().execute(add);
            if (!"success".equals(result.get("outcome").asString())) {
                throw new IllegalStateException("Could not add an HTTPS listener: " + result);
            }
        }

        @Override
        public void tearDown(ManagementClient client, String containerId) throws Exception {
            client.getControllerClient().execute(listener("remove"));
        }
    }

    @Test
    void aRealSignInSetsASameSiteLaxHttpOnlySessionCookie() {
        List<String> sessionCookies = SignedInBrowser.signIn(DemoUsers.ALEX).setCookieHeaders().stream()
                .filter(header -> header.startsWith("JSESSIONID="))
                .toList();

        assertThat(sessionCookies).isNotEmpty().allSatisfy(header -> {
            assertThat(header).containsIgnoringCase("; SameSite=Lax");
            assertThat(header).containsIgnoringCase("; HttpOnly");
            assertThat(header).doesNotContainIgnoringCase("Secure");
        });
    }

    @Test
    void overTlsTheSessionCookieIsAlsoSecure() {
        letKeycloakSendPeopleBackOverTls();

        List<String> sessionCookies =
                SignedInBrowser.signIn(HTTPS_URL, trustingTheTestServer(), DemoUsers.SAM).setCookieHeaders().stream()
                        .filter(header -> header.startsWith("JSESSIONID="))
                        .toList();

        assertThat(sessionCookies).isNotEmpty().allSatisfy(header -> {
            assertThat(header).containsIgnoringCase("; SameSite=Lax");
            assertThat(header).containsIgnoringCase("; HttpOnly");
            assertThat(header).containsIgnoringCase("; Secure");
        });
    }

    @Test
    void overTlsBrowsersAreToldToKeepToTls() throws IOException {
        HttpURLConnection page = overTls("/");

        assertThat(page.getResponseCode()).isEqualTo(200);
        assertThat(page.getHeaderField("Strict-Transport-Security")).isEqualTo("max-age=31536000");
    }

    @Test
    void overPlainHttpNoStrictTransportSecurityIsSent() throws IOException {
        HttpURLConnection page =
                (HttpURLConnection) URI.create(TestStack.appUrl() + "/").toURL().openConnection();

        assertThat(page.getResponseCode()).isEqualTo(200);
        assertThat(page.getHeaderField("Content-Security-Policy")).isNotBlank();
        assertThat(page.getHeaderField("Strict-Transport-Security")).isNull();
    }

    @Test
    void pagesAreSentWithTheirProtectiveHeaders() throws IOException {
        HttpURLConnection page =
                (HttpURLConnection) URI.create(TestStack.appUrl() + "/").toURL().openConnection();

        assertThat(page.getResponseCode()).isEqualTo(200);
        assertThat(page.getHeaderField("Content-Security-Policy"))
                .as("only Attune's own scripts, service worker and manifest, no framing")
                .contains(
                        "script-src 'self'",
                        "worker-src 'self'",
                        "manifest-src 'self'",
                        "frame-ancestors 'none'",
                        "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.getHeaderField("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getHeaderField("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getHeaderField("Referrer-Policy")).isEqualTo("no-referrer");
    }

    /** The test realm's client also accepts the app's TLS address as where to send people after sign-in. */
    private static void letKeycloakSendPeopleBackOverTls() {
        KeycloakServer keycloak = TestStack.keycloak();
        String clients = keycloak.baseUrl() + "/admin/realms/" + KeycloakServer.REALM + "/clients";
        String admin = keycloak.adminToken();
        HttpClient http = HttpClient.newHttpClient();
        try {
            HttpResponse<String> found = http.send(
                    HttpRequest.newBuilder(URI.create(clients + "?clientId=attune-web"))
                            .header("Authorization", "Bearer " + admin)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonObject client;
            try (var reader = jakarta.json.Json.createReader(new StringReader(found.body()))) {
                client = reader.readArray().getJsonObject(0);
            }
            String redirect = HTTPS_URL + "/login";
            if (client.getJsonArray("redirectUris").getValuesAs(JsonString.class).stream()
                    .anyMatch(uri -> uri.getString().equals(redirect))) {
                return;
            }
            JsonObject changed = jakarta.json.Json.createObjectBuilder(client)
                    .add(
                            "redirectUris",
                            jakarta.json.Json.createArrayBuilder(client.getJsonArray("redirectUris"))
                                    .add(redirect))
                    .build();
            HttpResponse<String> put = http.send(
                    HttpRequest.newBuilder(URI.create(clients + "/" + client.getString("id")))
                            .header("Authorization", "Bearer " + admin)
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(changed.toString()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(put.statusCode()).as(put.body()).isEqualTo(204);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request over TLS that trusts the test server's self-signed certificate, following no redirect. */
    private static HttpURLConnection overTls(String path) throws IOException {
        HttpsURLConnection connection =
                (HttpsURLConnection) URI.create(HTTPS_URL + path).toURL().openConnection();
        connection.setSSLSocketFactory(trustingTheTestServer().getSocketFactory());
        connection.setHostnameVerifier((host, session) -> "localhost".equals(host));
        connection.setInstanceFollowRedirects(false);
        connection.setRequestProperty("Accept", "text/html");
        connection.getResponseCode();
        return connection;
    }

    private static SSLContext trustingTheTestServer() {
        TrustManager anyCertificate = new X509ExtendedTrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {anyCertificate}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
