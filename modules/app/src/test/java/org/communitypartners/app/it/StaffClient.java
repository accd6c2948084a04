package org.communitypartners.app.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in staff member over plain HTTP: signs in through the real JSF sign-in page (so the
 * whole Jakarta Security path runs), keeps the session cookie, and calls pages and REST.
 */
final class StaffClient {
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http;

    StaffClient(URI base) {
        this.base = base;
        // HTTP/1.1 as browsers speak it over plain http: the client's default upgrade to cleartext HTTP/2
        // lost its connection ("EOF reached while reading") on the first /openapi, which takes 25–45 s to
        // build on a busy machine, while the same request over HTTP/1.1 waited and got its answer.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Posts the sign-in form; returns the response (302 to the workbench when it worked). */
    HttpResponse<String> signIn(String username, String password) {
        return submit("login.xhtml", "login", Map.of("login:username", username, "login:password", password), "login:signIn");
    }

    static StaffClient signedIn(URI base, String username, String password) {
        StaffClient client = new StaffClient(base);
        HttpResponse<String> response = client.signIn(username, password);
        if (response.statusCode() != 302) {
            throw new AssertionError("sign-in of " + username + " failed: " + response.statusCode());
        }
        return client;
    }

    HttpResponse<String> changePassword(String current, String fresh) {
        return submit("account/password.xhtml", "password",
                Map.of("password:current", current, "password:new", fresh, "password:repeat", fresh), "password:change");
    }

    /** Fills and submits a JSF form of a page, as a browser would (non-ajax). */
    HttpResponse<String> submit(String page, String formId, Map<String, String> fields, String button) {
        String html = get(page).body();
        Matcher viewState = VIEW_STATE.matcher(html);
        if (!viewState.find()) {
            throw new AssertionError("no form on " + page + ":\n" + html);
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put(formId, formId);
        form.put(button, "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        return postForm(page, form);
    }

    /** A path relative to the application, or from the server root when it starts with "/". */
    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** A binary answer (a PDF, a spreadsheet) as the bytes sent. */
    HttpResponse<byte[]> getBytes(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> putJson(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A raw body post (an uploaded file). */
    HttpResponse<String> postBytes(String path, byte[] body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A form post, as Open311 clients send requests. */
    HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.header("Accept-Language", "zh-CN").build(), body);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
