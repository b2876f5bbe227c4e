package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every integration test shares: the WAR the build produced, deployed once per class on Payara Micro (Arquillian
 * finds the static {@code @Deployment} method here, in the superclass), the address it answers at, and the REST API as
 * the demo logins (user name = password). The tests run as a client, black-box, over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class AgainstDeployment {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.aftersalesWar();
    }

    @ArquillianResource
    URL base;

    /** The REST API as the demo login {@code user}, whose password is its name. */
    Api as(String user) {
        return Api.as(base, user, user);
    }

    /** The REST API as the ERP (role INTEGRATION). */
    Api erp() {
        return as("erp");
    }

    /** The id of the project with this code (a demo project's, say), found through the API's search. */
    long projectId(String code) {
        JsonObject page = erp().get("projects?q=" + code).json();
        JsonObject project = page.getJsonArray("items").getJsonObject(0);
        assertThat(project.getString("code"))
                .as("the first project found for " + code)
                .isEqualTo(code);
        return project.getJsonNumber("id").longValue();
    }

    /**
     * The demo engineer {@code username} as the division leader's dispatch board shows them for the window
     * {@code from} … {@code to}: the board's row (id, skills, availability in that window).
     */
    JsonObject engineerOnBoard(String username, Instant from, Instant to) {
        Api.Reply board = as("leader").get("dispatch/engineers?from=" + from + "&to=" + to);
        assertThat(board.status()).as(board.toString()).isEqualTo(200);
        return Json.createReader(new StringReader(board.body())).readArray().getValuesAs(JsonObject.class).stream()
                .filter(engineer -> engineer.getString("username").equals(username))
                .findFirst()
                .orElseThrow(() -> new AssertionError(username + " not on the board: " + board.body()));
    }

    /** The id of the demo engineer {@code username}, from the dispatch board. */
    long engineerId(String username) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return engineerOnBoard(username, now, now.plus(Duration.ofHours(1)))
                .getJsonNumber("id")
                .longValue();
    }

    /**
     * A GET of a workbook under /api as the demo login {@code user} in {@code language}, with no Accept header, as a
     * link in a mail or a browser's address bar asks for it: the status, the headers and the bytes.
     */
    HttpResponse<byte[]> download(String path, String user, String language) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        URI uri = URI.create(base.toString().replaceAll("/+$", "") + "/api/" + path);
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri)
                                .header("Authorization", "Basic " + token)
                                .header("Accept-Language", language)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }
}
