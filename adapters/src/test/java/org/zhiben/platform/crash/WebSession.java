package org.zhiben.platform.crash;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A person signed in through the login form of a running application, calling its API with the session's CSRF token. */
final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final ApplicationProcess application;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    private WebSession(ApplicationProcess application) {
        this.application = application;
    }

    /** Signs in with a one-time password and replaces it by {@code newPassword}, as the first sign-in requires. */
    static WebSession firstSignIn(ApplicationProcess application, String username, String oneTimePassword,
                                  String newPassword) throws Exception {
        WebSession session = new WebSession(application);
        HttpResponse<String> login = session.form("/login", "username=" + encode(username) + "&password="
                + encode(oneTimePassword) + "&_csrf=" + encode(session.csrf("/login")));
        expect(login, 302, "sign-in of " + username);
        if (login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in of " + username + " refused: " + login.headers().map());
        }
        HttpResponse<String> changed = session.form("/password", "currentPassword=" + encode(oneTimePassword)
                + "&newPassword=" + encode(newPassword) + "&confirmation=" + encode(newPassword) + "&_csrf="
                + encode(session.csrf("/password")));
        expect(changed, 302, "password change of " + username);
        return session;
    }

    HttpResponse<String> postJson(String path, String json) throws Exception {
        return client.send(HttpRequest.newBuilder(application.uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf("/password"))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(application.uri(path)).timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String csrf(String page) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(application.uri(page))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher matcher = CSRF.matcher(response.body());
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on " + page + " (" + response.statusCode() + ")");
        }
        return matcher.group(1);
    }

    private HttpResponse<String> form(String path, String form) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(application.uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": expected " + status + ", got " + response.statusCode() + " "
                    + response.body());
        }
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
