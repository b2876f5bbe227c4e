package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The robustness walk (issue "Robustness"; API.md, added 2026-12-06): every POST, PUT and PATCH operation of the
 * OpenAPI document the server serves at {@code /openapi} is called with a body that looks valid, built from the
 * operation's schema, and then with one hostile value at a time — a NUL byte and other control characters, line breaks
 * in one-line fields, over-long text, numbers in text fields and text in number fields, money too large, with an
 * exponent, in full-width digits, with three decimals or as a JSON number, days and instants outside 1900…2199, a
 * member left out — and with hostile bodies as a whole: not JSON, a member named twice, the wrong content type, an
 * unacceptable {@code Accept}, the wrong method. Multipart uploads get the same in their text fields and file name.
 *
 * <p>Every answer must be below 500; every error {@code application/problem+json} with its status and a title, never
 * an HTML page, a stack trace or an empty body. A value the rules refuse (control characters, wrong JSON types, days
 * out of range, malformed money) must be refused, 400 or 422, with its field named — unless the operation refuses
 * this caller or record anyway (the valid-looking body got the same 403/404/409). A value that may be taken (text
 * longer than a column holds, a member left out) may be taken; refused for its length, the refusal must name it, and
 * the database must never be the one to refuse it (a check missing before storing). And a refused request must store
 * nothing: the rows the demo logins wrote (count and
 * versions, their audit trail) and the rows of the link tables are the same after it as before. Background jobs write
 * as {@code system} and do not disturb the count.
 */
class HostileInputIT extends AgainstDeployment {

    /** Demo logins the walk calls as, tried in this order until one may call the operation (the base is not 403). */
    private static final List<String> CALLERS =
            List.of("specialist", "erp", "leader", "gm", "finance", "engineer", "project", "admin", "engineering");

    /** The API's multi-line text fields (descriptions, reasons, answers, notes…): they may hold TAB, LF and CR. */
    private static final Set<String> MULTI_LINE = Set.of(
            "description",
            "reason",
            "answer",
            "text",
            "comment",
            "notes",
            "note",
            "cause",
            "fix",
            "symptom",
            "work",
            "result",
            "justification",
            "ownerCooperation",
            "caseDescription",
            "scanBase64",
            "changes");

    /**
     * Audit fields that DTOs show but the API ignores on input (API.md: "fields the caller may not set … are ignored"):
     * their text is checked like any other, but an instant in them is never read, so its range is not either.
     */
    private static final Set<String> IGNORED_ON_INPUT =
            Set.of("createdAt", "modifiedAt", "submittedAt", "acknowledgedAt", "recordedAt", "uploadedAt", "decidedAt");

    /** Money fields (strings with two decimals, API.md). */
    private static final Pattern MONEY = Pattern.compile(
            "amount|heldAmount|settledContractPrice|rate|planned|cost|settledTotal|settledVat|paymentAmount");

    /** Enumeration fields and a constant each takes, by {@code Schema.field} or field, so the base gets past them. */
    private static final Map<String, String> CONSTANTS = Map.ofEntries(
            Map.entry("SubcontractorDto.kind", "EQUIPMENT_SUBCONTRACTOR"),
            Map.entry("ServiceContractDto.kind", "MAINTENANCE_CONTRACT"),
            Map.entry("ArticleDto.kind", "REPAIR_CASE"),
            Map.entry("FactoryReturnDto.kind", "FACTORY_RETURN"),
            Map.entry("QuoteItemDto.kind", "PARTS_AND_REPAIR"),
            Map.entry("ReturnLetterRequest.channel", "LETTER"),
            Map.entry("FollowUpRequest.channel", "PHONE"),
            Map.entry("channel", "PHONE"),
            Map.entry("type", "SERVICE_REQUEST"),
            Map.entry("category", "TRAVEL"),
            Map.entry("travelClass", "TRAIN_SECOND_CLASS"),
            Map.entry("signerRole", "OWNER_PROJECT_MANAGER"),
            Map.entry("to", "DESIGN"),
            Map.entry("subject", "QUALITY"),
            Map.entry("acceptedVia", "LETTER"),
            Map.entry("invoiceKind", "SPECIAL_VAT"),
            Map.entry("equipmentStatus", "RUNNING_NORMALLY"),
            Map.entry("discipline", "MECHANICAL"),
            Map.entry("scanContentType", "image/png"),
            Map.entry("email", "probe@example.com"),
            Map.entry("phone", "13800138000"));

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String LONG_TEXT = "长".repeat(5_001);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Integer> byStatus = new TreeMap<>();
    private final Map<String, Integer> byClass = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Long> ids = new LinkedHashMap<>();
    private JsonObject schemas;
    private Stored stored;
    private Map<String, String> lastSnapshot;
    private int requests;
    private int refusedOnField;
    private int refusedOtherwise;
    private int sequence;
    private int lastCallerStatus;
    private int rotation;
    private Instant started;
    private final Set<String> walkedSchemas = new java.util.HashSet<>();

    /** One hostile value at a JSON path (or the member left out: {@code value == null}). */
    private record Mutation(String path, String label, JsonValue value, boolean mustRefuse) {}

    /** One request of the walk: the operation, what was done to the body, who called, and how it was sent. */
    private record Call(
            String operation,
            String mutation,
            String method,
            String path,
            String user,
            String contentType,
            String accept,
            byte[] body) {}

    @Test
    @DisplayName("Robustness: every POST/PUT/PATCH of /openapi, fed ≥ 1 000 hostile values, answers no 5xx, every error"
            + " as problem+json with status and title, each hostile value refused on its field, nothing refused stored")
    void hostileInputIsRefusedOnItsFieldAndNeverStored() throws Exception {
        started = Instant.now();
        JsonObject openApi = openApi();
        schemas = openApi.getJsonObject("components").getJsonObject("schemas");
        discoverIds();
        try (Connection connection = TestDatabase.connect()) {
            stored = new Stored(connection, CALLERS);
            lastSnapshot = stored.take();
            openApi.getJsonObject("paths")
                    .forEach((path, operations) -> operations.asJsonObject().forEach((method, operation) -> {
                        if (Set.of("post", "put", "patch").contains(method)) {
                            walk(method.toUpperCase(), path, operation.asJsonObject());
                        }
                    }));
            outsideTheOperations();
        }

        System.out.printf(
                "HostileInputIT: %d requests in %d s; by status %s; by class %s; hostile values refused on their"
                        + " field %d, refused before the value was read (same as the base) %d; %d failures%n",
                requests,
                Duration.between(started, Instant.now()).toSeconds(),
                byStatus,
                byClass,
                refusedOnField,
                refusedOtherwise,
                failures.size());
        failures.stream().limit(40).forEach(failure -> System.out.println("  " + failure));
        assertThat(requests).as("requests made").isGreaterThanOrEqualTo(1_000);
        assertThat(failures).as("answers that broke the rules").isEmpty();
    }

    // ---- the walk -------------------------------------------------------------------------------------------------

    private void walk(String method, String template, JsonObject operation) {
        String path = concrete(template);
        String operationName = method + " " + template;
        JsonObject content = operation.containsKey("requestBody")
                ? operation.getJsonObject("requestBody").getJsonObject("content")
                : JsonValue.EMPTY_JSON_OBJECT;
        if (content.containsKey("multipart/form-data")) {
            walkMultipart(operationName, path);
            return;
        }
        JsonObject schema = content.containsKey("application/json")
                ? resolve(content.getJsonObject("application/json").getJsonObject("schema"))
                : null;
        String schemaName = content.containsKey("application/json")
                ? name(content.getJsonObject("application/json").getJsonObject("schema"))
                : null;
        if (schema == null) {
            String user = caller(operationName, method, path, null);
            wholeBody(operationName, method, path, user, null, lastCallerStatus, true);
            return;
        }
        JsonObject base = baseBody(method, path, schemaName, schema);
        String user = caller(operationName, method, path, base);
        int baseStatus = lastCallerStatus;
        if ("PUT".equals(method) && baseStatus < 300) {
            base = baseBody(method, path, schemaName, schema);
        }
        boolean full = walkedSchemas.add(schemaName);
        for (Mutation mutation : mutations("", schema, 0, full)) {
            JsonValue changed = apply(fresh(base), path(mutation.path()), mutation.value());
            Call call = json(operationName, mutation.label(), method, path, user, changed.toString());
            HttpResponse<String> response = send(call);
            expect(call, response, mutation, baseStatus);
            if ("PUT".equals(method) && response.statusCode() < 300) {
                base = baseBody(method, path, schemaName, schema); // a new version to update
            }
        }
        wholeBody(operationName, method, path, user, schema, baseStatus, full);
    }

    /**
     * Hostile bodies as a whole: not JSON, a member twice, an array for an object, the wrong content type, no body; and
     * for every second operation an unacceptable {@code Accept} or the wrong method. {@code full}: the first operation
     * with this schema; later ones get only the body that is not JSON.
     */
    private void wholeBody(
            String operation, String method, String path, String user, JsonObject schema, int base, boolean full) {
        JsonObject properties = schema == null ? null : schema.getJsonObject("properties");
        String member = properties == null || properties.isEmpty()
                ? "x"
                : properties.keySet().iterator().next();
        Call notJson = json(operation, "not JSON", method, path, user, "{\"" + member + "\":");
        if (schema == null) {
            send(notJson); // no body is read here: nothing to refuse, but the answer must hold
        } else {
            mustRefuse(notJson, Set.of(400), base);
        }
        if (schema != null && full) {
            String twice = "{\"" + member + "\":null,\"" + member + "\":null}";
            mustRefuse(json(operation, "member twice", method, path, user, twice), Set.of(400), base);
            mustRefuse(json(operation, "array for object", method, path, user, "[]"), Set.of(400), base);
            Call plain = json(operation, "text/plain", method, path, user, "{}");
            mustRefuse(
                    new Call(
                            operation,
                            plain.mutation(),
                            method,
                            path,
                            user,
                            "text/plain",
                            "application/json",
                            plain.body()),
                    Set.of(415),
                    base);
            send(json(operation, "empty body", method, path, user, ""));
        }
        if (rotation++ % 2 == 0) {
            mustRefuse(
                    new Call(
                            operation,
                            "Accept text/html",
                            method,
                            path,
                            user,
                            "application/json",
                            "text/html",
                            bytes("{\"" + member + "\":\"\u0000\"}")),
                    Set.of(400, 406, 422),
                    base);
        } else {
            mustRefuse(
                    // PATCH: no endpoint takes it (DELETE does now — the owner's link — where POST makes one).
                    new Call(operation, "PATCH", "PATCH", path, user, null, "application/json", null),
                    Set.of(405),
                    base);
        }
    }

    private static Call json(String operation, String mutation, String method, String path, String user, String body) {
        return new Call(operation, mutation, method, path, user, "application/json", "application/json", bytes(body));
    }

    private void walkMultipart(String operation, String path) {
        // The text fields each form reads (the OpenAPI document shows a multipart body only as an array).
        Map<String, String> fields = new LinkedHashMap<>();
        if (path.endsWith("documents")) {
            fields.put("kind", "OTHER");
            fields.put("title", "probe");
        } else if (path.endsWith("return-application") || path.endsWith("reminder")) {
            fields.put("sentDate", LocalDate.now(ZONE).minusDays(2).toString());
            fields.put("receivedDate", LocalDate.now(ZONE).minusDays(1).toString());
            if (path.endsWith("return-application")) {
                fields.put("channel", "LETTER");
            }
        }
        String user = CALLERS.get(0);
        int base = 0;
        for (String candidate : CALLERS) {
            user = candidate;
            base = send(multipart(operation, "base", path, user, fields, "probe.txt"))
                    .statusCode();
            if (base != 403) {
                break;
            }
        }
        boolean full = walkedSchemas.add("multipart/form-data " + fields.keySet());
        for (String field : fields.keySet()) {
            multipartValue(operation, path, user, fields, field, "NUL", "a\u0000b", true, base);
            if (full) {
                multipartValue(operation, path, user, fields, field, "ESC", "a\u001bb", true, base);
                multipartValue(
                        operation, path, user, fields, field, "CR/LF", "a\r\nb", !MULTI_LINE.contains(field), base);
                multipartValue(operation, path, user, fields, field, "over-long", LONG_TEXT, false, base);
            }
            if (field.endsWith("Date")) {
                for (String day :
                        full ? List.of("-999999999-01-01", "1899-12-31", "2200-01-01") : List.of("1899-12-31")) {
                    multipartValue(operation, path, user, fields, field, "day " + day, day, true, base);
                }
            }
        }
        for (String name : full ? List.of("a\u0000b.txt", "a\u001bb.txt", "a\tb.txt") : List.of("a\u0000b.txt")) {
            Call call = multipart(operation, "file name " + printable(name), path, user, fields, name);
            expect(call, send(call), new Mutation("file", call.mutation(), null, true), base);
        }
        mustRefuse(
                multipart(operation, "file name with a line break", path, user, fields, "a\r\nb.txt"),
                Set.of(400, 422),
                base);
        if (full) {
            send(multipart(operation, "no file", path, user, fields, null));
            mustRefuse(
                    new Call(
                            operation,
                            "text/plain for multipart",
                            "POST",
                            path,
                            user,
                            "text/plain",
                            "application/json",
                            bytes("x")),
                    Set.of(415),
                    base);
            mustRefuse(
                    new Call(
                            operation,
                            "not multipart",
                            "POST",
                            path,
                            user,
                            "multipart/form-data; boundary=xyz",
                            "application/json",
                            bytes("garbage")),
                    Set.of(400),
                    base);
        }
    }

    private void multipartValue(
            String operation,
            String path,
            String user,
            Map<String, String> fields,
            String field,
            String label,
            String value,
            boolean mustRefuse,
            int base) {
        Map<String, String> changed = new LinkedHashMap<>(fields);
        changed.put(field, value);
        Call call = multipart(operation, field + ": " + label, path, user, changed, "probe.txt");
        expect(call, send(call), new Mutation(field, label, null, mustRefuse), base);
    }

    /** Requests outside the operations: an unknown path, a known one without credentials. */
    private void outsideTheOperations() {
        mustRefuse(
                new Call(
                        "GET /api/no-such-thing",
                        "unknown path",
                        "GET",
                        "no-such-thing",
                        "erp",
                        null,
                        "application/json",
                        null),
                Set.of(404),
                0);
        mustRefuse(
                new Call(
                        "GET /api/projects/{id}",
                        "id not a number",
                        "GET",
                        "projects/abc",
                        "erp",
                        null,
                        "application/json",
                        null),
                Set.of(404),
                0);
        mustRefuse(
                new Call(
                        "GET /api/projects",
                        "query with NUL",
                        "GET",
                        "projects?q=%00",
                        "erp",
                        null,
                        "application/json",
                        null),
                Set.of(400, 422),
                0);
        mustRefuse(
                new Call(
                        "GET /api/projects", "no credentials", "GET", "projects", null, null, "application/json", null),
                Set.of(401),
                0);
    }

    // ---- mutations ------------------------------------------------------------------------------------------------

    /**
     * The hostile values of every member of {@code schema}, at any depth, one at a time. {@code full} the first time a
     * schema is walked: each member left out, the core values of its kind and, for every fourth member, one more;
     * later operations with the same schema get the first core value of each member.
     */
    private List<Mutation> mutations(String prefix, JsonObject schema, int depth, boolean full) {
        List<Mutation> mutations = new ArrayList<>();
        JsonObject properties = schema.getJsonObject("properties");
        if (properties == null || depth > 3) {
            return mutations;
        }
        properties.forEach((name, raw) -> {
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            JsonObject property = raw.asJsonObject();
            if (full) {
                mutations.add(new Mutation(path, path + ": left out", null, false));
            }
            mutations.addAll(hostile(path, name, property, depth, full));
        });
        return mutations;
    }

    private List<Mutation> hostile(String path, String name, JsonObject property, int depth, boolean full) {
        List<Mutation> core = new ArrayList<>();
        List<Mutation> more = new ArrayList<>();
        List<Mutation> nested = new ArrayList<>();
        String type = property.containsKey("$ref") ? "ref" : property.getString("type", "object");
        switch (type) {
            case "string" -> {
                boolean oneLine = !MULTI_LINE.contains(name);
                if (MONEY.matcher(name).matches()) {
                    for (String amount : List.of("123456789012345678901234567890", "1e309", "１２３", "1.234")) {
                        core.add(refuse(path, "money " + amount, Json.createValue(amount)));
                    }
                    core.add(refuse(path, "money as a JSON number", Json.createValue(new BigDecimal("1358.02"))));
                    more.add(refuse(path, "money 12 34", Json.createValue("12 34")));
                } else if ((name.equals("at")
                                || name.endsWith("At")
                                || name.equals("plannedFrom")
                                || name.equals("plannedTo"))
                        && !IGNORED_ON_INPUT.contains(name)) {
                    for (String instant :
                            List.of("+999999999-12-31T23:59:59Z", "1899-12-31T23:59:59Z", "2026-06-01T09:00:00")) {
                        core.add(refuse(path, "instant " + instant, Json.createValue(instant)));
                    }
                    more.add(refuse(path, "instant 2200-01-01", Json.createValue("2200-01-01T00:00:00+08:00")));
                } else if (name.endsWith("Date")) {
                    for (String day : List.of("-999999999-01-01", "1899-12-31", "2200-01-01")) {
                        core.add(refuse(path, "day " + day, Json.createValue(day)));
                    }
                } else {
                    core.add(refuse(path, "NUL", Json.createValue("a\u0000b")));
                    core.add(new Mutation(path, path + ": CR/LF", Json.createValue("a\r\nb"), oneLine));
                    core.add(refuse(path, "number in text", Json.createValue(123)));
                    core.add(may(path, "over-long", Json.createValue(LONG_TEXT)));
                }
                more.add(refuse(path, "ESC", Json.createValue("a\u001b[31mb")));
                more.add(refuse(path, "BEL", Json.createValue("ab\u0007")));
                more.add(new Mutation(path, path + ": TAB", Json.createValue("a\tb"), oneLine));
                more.add(refuse(path, "true in text", JsonValue.TRUE));
                more.add(refuse(path, "list in text", JsonValue.EMPTY_JSON_ARRAY));
            }
            case "integer", "number" -> {
                core.add(refuse(path, "number as text", Json.createValue("12")));
                core.add(refuse(path, "1e309", Json.createValue(new BigDecimal("1e309"))));
                core.add(refuse(path, "true", JsonValue.TRUE));
                more.add(refuse(path, "20 digits", Json.createValue(new BigInteger("99999999999999999999"))));
                more.add(refuse(path, "object", JsonValue.EMPTY_JSON_OBJECT));
                more.add(may(path, "-1", Json.createValue(-1)));
                if (type.equals("integer")) {
                    more.add(refuse(path, "1.5", Json.createValue(new BigDecimal("1.5"))));
                    more.add(refuse(path, "2^31", Json.createValue(2_147_483_648L)));
                } else {
                    more.add(may(path, "0.0000001", Json.createValue(new BigDecimal("0.0000001"))));
                }
            }
            case "boolean" -> {
                core.add(refuse(path, "\"true\"", Json.createValue("true")));
                more.add(refuse(path, "1", Json.createValue(1)));
            }
            case "array" -> {
                core.add(refuse(path, "text for a list", Json.createValue("x")));
                more.add(refuse(path, "object for a list", JsonValue.EMPTY_JSON_OBJECT));
                JsonObject items = property.getJsonObject("items");
                if (items != null && items.containsKey("$ref")) {
                    nested.addAll(mutations(path + "[0]", resolve(items), depth + 1, full));
                } else if (items != null) {
                    nested.addAll(hostile(path + "[0]", name, items, depth + 1, full));
                }
            }
            case "ref" -> {
                core.add(refuse(path, "text for an object", Json.createValue("x")));
                more.add(refuse(path, "list for an object", JsonValue.EMPTY_JSON_ARRAY));
                nested.addAll(mutations(path, resolve(property), depth + 1, full));
            }
            default -> { // the OpenAPI document writes a LocalDate as {"type": "object"}
                for (String day : List.of("-999999999-01-01", "1899-12-31", "2200-01-01")) {
                    core.add(refuse(path, "day " + day, Json.createValue(day)));
                }
                core.add(refuse(path, "day as a number", Json.createValue(20260601)));
                more.add(refuse(path, "day 2026-02-30", Json.createValue("2026-02-30")));
                more.add(refuse(path, "day +10000-01-01", Json.createValue("+10000-01-01")));
                more.add(refuse(path, "day with NUL", Json.createValue("2026-06-01\u0000")));
            }
        }
        List<Mutation> hostile = new ArrayList<>();
        if (!full) {
            hostile.add(core.get(0));
        } else {
            hostile.addAll(core);
            if (rotation++ % 4 == 0) {
                hostile.add(more.get((rotation / 4) % more.size()));
            }
        }
        hostile.addAll(nested);
        return hostile;
    }

    private static Mutation refuse(String path, String label, JsonValue value) {
        return new Mutation(path, path + ": " + label, value, true);
    }

    private static Mutation may(String path, String label, JsonValue value) {
        return new Mutation(path, path + ": " + label, value, false);
    }

    // ---- what every answer must be --------------------------------------------------------------------------------

    private void expect(Call call, HttpResponse<String> response, Mutation mutation, int baseStatus) {
        int status = response.statusCode();
        if (status >= 500) {
            return;
        }
        if (!mutation.mustRefuse()) {
            // a value that may be taken (text longer than a column may hold, a member left out): when it is refused
            // for its length, the refusal names it, and the database never is the one that refuses it
            if (status == 400 || status == 422) {
                for (JsonObject error : errors(response)) {
                    String code = error.getString("code", "");
                    if (code.equals("api.error.notStorable")) {
                        fail(call, response, "refused only by the database, not checked before storing");
                    } else if (code.equals("api.error.size") && !names(response, mutation.path())) {
                        fail(call, response, "refused for its length without naming " + mutation.path());
                    }
                }
            }
            return;
        }
        if (status < 400) {
            fail(call, response, "accepted a value the rules refuse");
        } else if (status == 400 || status == 422) {
            if (names(response, mutation.path())) {
                refusedOnField++;
            } else {
                fail(call, response, "refused without naming " + mutation.path());
            }
        } else if (status == baseStatus) {
            refusedOtherwise++;
        } else {
            fail(call, response, "refused with " + status + " (the base got " + baseStatus + ")");
        }
    }

    private void mustRefuse(Call call, Set<Integer> statuses, int baseStatus) {
        HttpResponse<String> response = send(call);
        if (response.statusCode() < 500
                && !statuses.contains(response.statusCode())
                && response.statusCode() != baseStatus) {
            fail(call, response, "expected one of " + statuses);
        }
    }

    /** Sends, counts, and checks what every answer must be: no 5xx, problem+json errors, nothing refused stored. */
    private HttpResponse<String> send(Call call) {
        HttpResponse<String> response = exchange(call);
        requests++;
        if (requests % 200 == 0) {
            System.out.printf(
                    "HostileInputIT: %d requests, %d s, at %s%n",
                    requests, Duration.between(started, Instant.now()).toSeconds(), call.operation());
        }
        int status = response.statusCode();
        byStatus.merge(String.valueOf(status), 1, Integer::sum);
        byClass.merge(call.mutation().replaceFirst("^[^:]*: ", ""), 1, Integer::sum);
        if (status >= 500) {
            fail(call, response, "server error");
        }
        if (status >= 400) {
            problem(call, response);
        }
        Map<String, String> now = stored.take();
        if (status >= 400 && !now.equals(lastSnapshot)) {
            fail(call, response, "refused but stored: " + difference(lastSnapshot, now));
        }
        lastSnapshot = now;
        return response;
    }

    private void problem(Call call, HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        String body = response.body();
        if (!type.startsWith("application/problem+json")) {
            fail(call, response, "an error that is not problem+json (" + type + ")");
            return;
        }
        if ("HEAD".equals(call.method())) {
            return;
        }
        try {
            JsonObject problem = Json.createReader(new StringReader(body)).readObject();
            if (problem.getInt("status", -1) != response.statusCode()
                    || problem.getString("title", "").isBlank()) {
                fail(call, response, "a problem without its status and title");
            }
        } catch (RuntimeException notJson) {
            fail(call, response, "a problem+json body that is no JSON object");
        }
        if (body.contains("Exception") || body.contains("at org.") || body.contains("Payara") || body.contains("<")) {
            fail(call, response, "a problem that shows internals");
        }
    }

    /** Whether the problem names {@code path} (or, for a member of a list, the member's own name) as its field. */
    private static boolean names(HttpResponse<String> response, String path) {
        String last = path.replaceAll(".*[.\\]]", "");
        return errors(response).stream()
                .map(error -> error.getString("field", ""))
                .anyMatch(field -> field.equals(path) || field.equals(last) || path.endsWith("." + field));
    }

    private static List<JsonObject> errors(HttpResponse<String> response) {
        try {
            JsonArray errors = Json.createReader(new StringReader(response.body()))
                    .readObject()
                    .getJsonArray("errors");
            return errors == null ? List.of() : errors.getValuesAs(JsonObject.class);
        } catch (RuntimeException notJson) {
            return List.of();
        }
    }

    private void fail(Call call, HttpResponse<String> response, String what) {
        String body = response.body() == null ? "" : response.body();
        String failure = String.format(
                "%s [%s as %s]: %s — %d %s",
                call.operation(),
                printable(call.mutation()),
                call.user(),
                what,
                response.statusCode(),
                printable(body.length() > 300 ? body.substring(0, 300) + "…" : body));
        failures.add(failure);
        System.out.println("HostileInputIT FAILURE " + failure);
    }

    // ---- bodies ---------------------------------------------------------------------------------------------------

    /** A body that looks valid: for a PUT the resource as its GET shows it, else one built from the schema. */
    private JsonObject baseBody(String method, String path, String schemaName, JsonObject schema) {
        if ("PUT".equals(method)) {
            HttpResponse<String> current = exchange(
                    new Call("GET " + path, "base of the PUT", "GET", path, "erp", null, "application/json", null));
            if (current.statusCode() == 200 && current.body().startsWith("{")) {
                return Json.createReader(new StringReader(current.body())).readObject();
            }
        }
        return example(schemaName, schema, 0).asJsonObject();
    }

    private JsonValue example(String schemaName, JsonObject schema, int depth) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        JsonObject properties = schema.getJsonObject("properties");
        if (properties == null || depth > 3) {
            return body.build();
        }
        properties.forEach((name, raw) -> {
            JsonValue value = example(schemaName, name, raw.asJsonObject(), depth);
            if (value != null) {
                body.add(name, value);
            }
        });
        return body.build();
    }

    private JsonValue example(String schemaName, String name, JsonObject property, int depth) {
        if (property.containsKey("$ref")) {
            return example(name(property), resolve(property), depth + 1);
        }
        String type = property.getString("type", "object");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return switch (type) {
            case "string" -> {
                String constant = CONSTANTS.getOrDefault(schemaName + "." + name, CONSTANTS.get(name));
                if (constant != null) {
                    yield Json.createValue(constant);
                }
                if (MONEY.matcher(name).matches()) {
                    yield Json.createValue("100.00");
                }
                if (name.equals("plannedFrom") || name.equals("plannedTo")) {
                    yield Json.createValue(instant(now.plus(Duration.ofDays(name.endsWith("From") ? 1 : 2))));
                }
                if (name.equals("at") || name.endsWith("At")) {
                    yield Json.createValue(instant(now.minus(Duration.ofMinutes(5))));
                }
                if (name.endsWith("Date")) {
                    yield Json.createValue(LocalDate.now(ZONE).toString());
                }
                if (Set.of("id", "phase", "state", "status", "signature", "scanBase64", "warrantyEnd")
                        .contains(name)) {
                    yield null;
                }
                yield Json.createValue("probe " + name);
            }
            case "integer", "number" -> {
                Long id = id(name);
                yield id != null ? Json.createValue(id) : name.endsWith("Id") ? null : Json.createValue(1);
            }
            case "boolean" -> JsonValue.FALSE;
            case "array" -> {
                JsonObject items = property.getJsonObject("items");
                JsonArrayBuilder list = Json.createArrayBuilder();
                if (items != null && name.equals("engineerIds")) {
                    list.add(ids.get("engineer"));
                } else if (items != null && items.containsKey("$ref")) {
                    list.add(example(name(items), resolve(items), depth + 1));
                }
                yield list.build();
            }
            default -> Json.createValue(LocalDate.now(ZONE).minusDays(1).toString());
        };
    }

    /** Fields that must be unique get a new value for every request, so that a valid base is not a duplicate. */
    private JsonObject fresh(JsonObject body) {
        sequence++;
        JsonObjectBuilder copy = Json.createObjectBuilder(body);
        for (String unique : List.of("code", "number", "invoiceNumber", "name")) {
            if (body.containsKey(unique) && body.get(unique).getValueType() == JsonValue.ValueType.STRING) {
                copy.add(unique, "HI-" + System.currentTimeMillis() % 100_000 + "-" + sequence);
            }
        }
        return copy.build();
    }

    /** {@code root} with the value at {@code path} replaced ({@code null}: the member left out). */
    private static JsonValue apply(JsonValue root, List<Object> path, JsonValue value) {
        if (path.isEmpty()) {
            return value;
        }
        Object step = path.get(0);
        List<Object> rest = path.subList(1, path.size());
        if (step instanceof Integer index) {
            JsonArray array = root != null && root.getValueType() == JsonValue.ValueType.ARRAY
                    ? root.asJsonArray()
                    : JsonValue.EMPTY_JSON_ARRAY;
            JsonArrayBuilder copy = Json.createArrayBuilder();
            for (int i = 0; i <= Math.max(index, array.size() - 1); i++) {
                JsonValue item = i < array.size() ? array.get(i) : JsonValue.EMPTY_JSON_OBJECT;
                JsonValue changed = i == index ? apply(item, rest, value) : item;
                copy.add(changed == null ? JsonValue.NULL : changed);
            }
            return copy.build();
        }
        JsonObject object = root != null && root.getValueType() == JsonValue.ValueType.OBJECT
                ? root.asJsonObject()
                : JsonValue.EMPTY_JSON_OBJECT;
        JsonObjectBuilder copy = Json.createObjectBuilder(object);
        JsonValue changed = apply(object.get((String) step), rest, value);
        if (changed == null) {
            copy.remove((String) step);
        } else {
            copy.add((String) step, changed);
        }
        return copy.build();
    }

    private static List<Object> path(String path) {
        List<Object> steps = new ArrayList<>();
        Matcher step = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]").matcher(path);
        while (step.find()) {
            steps.add(step.group(1) != null ? step.group(1) : Integer.valueOf(step.group(2)));
        }
        return steps;
    }

    private JsonObject resolve(JsonObject schema) {
        String name = name(schema);
        return name == null ? schema : schemas.getJsonObject(name);
    }

    private static String name(JsonObject schema) {
        String ref = schema == null ? null : schema.getString("$ref", null);
        return ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static String instant(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.ofHours(8)));
    }

    // ---- ids and callers ------------------------------------------------------------------------------------------

    /** Records the walk's operations act on: demo records, and a case of its own. */
    private void discoverIds() {
        long project = projectId("WTP-2025-003");
        ids.put("project", project);
        ids.put("subcontractor", first("subcontractors"));
        ids.put("serviceContract", first("service-contracts"));
        ids.put("projectRetention", first("project-retentions"));
        ids.put("subcontractorRetention", first("subcontractor-retentions"));
        ids.put("notification", firstAs("specialist", "notifications"));
        ids.put("engineer", engineerId("engineer"));
        JsonArray equipment =
                erp().get("projects/" + project + "/equipment").json().getJsonArray("items");
        ids.put("equipmentItem", equipment.isEmpty() ? 0L : idOf(equipment.getJsonObject(0)));
        JsonArray templates =
                Json.createReader(new StringReader(erp().get("surveys").body())).readArray();
        JsonObject template = templates.getJsonObject(0);
        ids.put("template", idOf(template));
        ids.put("question", idOf(template.getJsonArray("questions").getJsonObject(0)));
        Api.Reply registered = as("specialist")
                .post(
                        "cases",
                        "{\"projectId\":" + project + ",\"channel\":\"PHONE\",\"type\":\"SERVICE_REQUEST\","
                                + "\"reporterName\":\"黄经理\",\"description\":\"鼓风机异响\"}");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        ids.put("case", idOf(registered.json()));
    }

    private long first(String collection) {
        return firstAs("erp", collection);
    }

    private long firstAs(String user, String collection) {
        Api.Reply page = as(user).get(collection + "?size=1");
        JsonArray items = page.status() == 200 ? page.json().getJsonArray("items") : null;
        return items == null || items.isEmpty() ? 0L : idOf(items.getJsonObject(0));
    }

    private static long idOf(JsonObject record) {
        return record.getJsonNumber("id").longValue();
    }

    private Long id(String field) {
        return switch (field) {
            case "projectId" -> ids.get("project");
            case "caseId", "serviceCaseId" -> ids.get("case");
            case "subcontractorId" -> ids.get("subcontractor");
            case "equipmentItemId" -> ids.get("equipmentItem");
            case "questionId" -> ids.get("question");
            case "version" -> 0L;
            default -> null;
        };
    }

    /** The path with its parameters filled from the records found: {@code cases/{id}} is the walk's own case. */
    private String concrete(String template) {
        String path = template.replaceFirst("^/api/", "");
        String collection = path.substring(0, path.indexOf('/') < 0 ? path.length() : path.indexOf('/'));
        long id = switch (collection) {
            case "cases" -> ids.get("case");
            case "projects" -> ids.get("project");
            case "project-retentions" -> ids.get("projectRetention");
            case "subcontractor-retentions" -> ids.get("subcontractorRetention");
            case "service-contracts" -> ids.get("serviceContract");
            case "subcontractors" -> ids.get("subcontractor");
            case "notifications" -> ids.get("notification");
            case "surveys" -> ids.get("template");
            default -> 1L;
        };
        return path.replaceFirst("\\{(id|projectId|templateId)}", String.valueOf(id))
                .replaceAll("\\{[A-Za-z]+}", "1");
    }

    /** The first demo login the operation does not refuse outright (403) with the base body. */
    private String caller(String operation, String method, String path, JsonObject base) {
        for (String user : CALLERS) {
            HttpResponse<String> response = send(new Call(
                    operation,
                    "who may call",
                    method,
                    path,
                    user,
                    "application/json",
                    "application/json",
                    base == null ? null : bytes(fresh(base))));
            lastCallerStatus = response.statusCode();
            if (response.statusCode() != 403) {
                return user;
            }
        }
        return CALLERS.get(0);
    }

    // ---- HTTP -----------------------------------------------------------------------------------------------------

    private Call multipart(
            String operation, String mutation, String path, String user, Map<String, String> fields, String fileName) {
        String boundary = "----hostile" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        if (fileName != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                            + fileName + "\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Call(
                operation,
                mutation,
                "POST",
                path,
                user,
                "multipart/form-data; boundary=" + boundary,
                "application/json",
                body.toByteArray());
    }

    private HttpResponse<String> exchange(Call call) {
        URI uri = URI.create(base.toString().replaceAll("/+$", "") + "/api/" + call.path());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("Accept", call.accept())
                .header("Accept-Language", requests % 2 == 0 ? "zh-CN" : "en")
                .method(
                        call.method(),
                        call.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        if (call.contentType() != null) {
            request.header("Content-Type", call.contentType());
        }
        if (call.user() != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (call.user() + ":" + call.user()).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(call.operation() + " " + call.mutation(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonObject openApi() throws Exception {
        HttpResponse<String> document = http.send(
                HttpRequest.newBuilder(new java.net.URL(base, "/openapi").toURI())
                        .header("Accept", "application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(document.statusCode()).isEqualTo(200);
        return Json.createReader(new StringReader(document.body())).readObject();
    }

    private static byte[] bytes(JsonValue json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String printable(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(c -> shown.append(c < 0x20 ? String.format("\\u%04x", c) : Character.toString(c)));
        return shown.length() > 200 ? shown.substring(0, 200) + "…" : shown.toString();
    }

    private static String difference(Map<String, String> before, Map<String, String> after) {
        return after.entrySet().stream()
                .filter(row -> !row.getValue().equals(before.get(row.getKey())))
                .map(row -> row.getKey() + " " + before.get(row.getKey()) + " → " + row.getValue())
                .collect(Collectors.joining(", "));
    }

    /**
     * What the demo logins have stored, table by table: rows they wrote last and the sum of those rows' versions
     * (every entity has a version and who changed it last), their audit trail, and all rows of the tables that have no
     * such columns (link tables, file contents). One query per look; the background jobs write as {@code system}.
     * Not the change log: the breach sweep and the hourly job add to it at any moment, and a refused change cannot
     * leave an event behind anyway — it is written in the change's own transaction, whose other rows are counted here.
     * Nor the webhooks' deliveries and their log (issue 17): the delivery job writes them from the change log.
     */
    private static final class Stored {

        private final Statement statement;
        private final String query;

        Stored(Connection connection, List<String> users) throws SQLException {
            this.statement = connection.createStatement();
            String who = users.stream().map(user -> "'" + user + "'").collect(Collectors.joining(",", "(", ")"));
            Map<String, List<String>> columns = new TreeMap<>();
            try (ResultSet rows =
                    statement.executeQuery("SELECT table_name, column_name FROM information_schema.columns"
                            + " WHERE table_schema = 'public'"
                            + " AND table_name NOT IN ('flyway_schema_history', 'change_event',"
                            + " 'webhook_delivery', 'webhook_attempt')")) {
                while (rows.next()) {
                    columns.computeIfAbsent(rows.getString(1), table -> new ArrayList<>())
                            .add(rows.getString(2));
                }
            }
            List<String> parts = new ArrayList<>();
            columns.forEach((table, names) -> {
                if (names.contains("modified_by")) {
                    parts.add("SELECT '" + table + "', COUNT(*) FILTER (WHERE modified_by IN " + who + ")"
                            + ", COALESCE(SUM(version) FILTER (WHERE modified_by IN " + who + "), 0) FROM " + table);
                } else if (names.contains("changed_by")) {
                    parts.add("SELECT '" + table + "', COUNT(*) FILTER (WHERE changed_by IN " + who + "), 0 FROM "
                            + table);
                } else {
                    parts.add("SELECT '" + table + "', COUNT(*), 0 FROM " + table);
                }
            });
            this.query = String.join(" UNION ALL ", parts);
        }

        Map<String, String> take() {
            Map<String, String> rows = new TreeMap<>();
            try (ResultSet result = statement.executeQuery(query)) {
                while (result.next()) {
                    rows.put(result.getString(1), result.getLong(2) + "/" + result.getLong(3));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return rows;
        }
    }
}
