package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 5 as its users use it, in Chromium and through the API, on one deployment (Payara Micro, PostgreSQL, demo
 * data): manuals with approval and training (R-K2), the knowledge base with Chinese search (R-K3), supplier surveys
 * and scorecards (R-B3), the equipment document archive (R-B4).
 */
class KnowledgeBrowserIT extends InBrowser {

    private static String unique() {
        return Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
    }

    private static Path file(String name, byte[] content) {
        try {
            Path folder = Files.createTempDirectory("aftersales-upload");
            return Files.write(folder.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    private void logout() {
        browser.driver.findElement(By.id("topbar:logout")).click();
        browser.waitForUrl("login.xhtml");
    }

    /** Types into a PrimeFaces auto-complete and picks the first suggestion. */
    private void choose(String inputId, String text) {
        browser.type(By.id(inputId + "_input"), text);
        browser.click(By.cssSelector("li.ui-autocomplete-item"));
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName(
            "R-K2 the specialist uploads a manual version, the division leader approves it (shown by name, issue 18 item 4),"
                    + " the training requirement appears, training is recorded")
    void manualApprovalAndTraining() {
        String number = "MAN-IT-" + unique();
        browser.login("specialist", "specialist");
        browser.open("/manuals/list.xhtml");
        browser.click(By.id("list:new-manual"));
        browser.type(By.id("form:number"), number);
        browser.type(By.id("form:title"), "磁悬浮鼓风机调试手册");
        browser.screenshot("k-manual-new-zh");
        browser.click(By.id("form:save"));
        browser.waitForUrl("manual.xhtml?id=");
        String manualUrl = browser.driver.getCurrentUrl();

        browser.type(By.id("upload:label"), "V1.0");
        browser.type(By.id("upload:changes"), "首次发布：增加防喘振调试步骤");
        browser.driver
                .findElement(By.cssSelector("#upload input[type=file]"))
                .sendKeys(file("磁悬浮鼓风机调试手册 V1.0.pdf", pdf("manual")).toString());
        browser.click(By.id("upload:upload-version"));
        browser.waitForText(By.id("form:versions"), "磁悬浮鼓风机调试手册 V1.0.pdf");
        assertThat(browser.driver.findElement(By.id("form:versions")).getText())
                .contains("V1.0")
                .contains("草稿");
        assertThat(browser.driver.findElements(By.cssSelector("button[id$=':approve']")))
                .isEmpty();
        browser.screenshot("k-manual-uploaded-zh");
        logout();

        browser.login("leader", "leader");
        browser.open(manualUrl.substring(manualUrl.indexOf("/manuals/")));
        browser.click(By.cssSelector("button[id$=':approve']"));
        browser.click(By.id("confirm-yes"));
        browser.waitForText(By.id("messages"), "已批准");
        browser.waitForText(By.id("form:requirements"), "待培训");
        String requirements =
                browser.driver.findElement(By.id("form:requirements")).getText();
        assertThat(requirements).contains("李工").contains("赵工");
        assertThat(browser.driver.findElement(By.id("form:versions")).getText())
                .contains("已批准")
                // The approver by name, not by login (issue 18 item 4).
                .contains("张分管（分管领导）");
        browser.screenshot("k-manual-approved-zh");
        logout();

        browser.login("specialist", "specialist");
        String manualId = manualUrl.substring(manualUrl.indexOf("id=") + 3);
        browser.open("/training/requirements.xhtml?manual=" + manualId);
        browser.waitForText(By.id("list:requirements"), number);
        int owed = browser.driver
                .findElements(By.cssSelector("button[id$=':record']"))
                .size();
        assertThat(owed).isEqualTo(2);
        browser.click(By.cssSelector("button[id$=':record']"));
        browser.type(By.id("form:trainer"), "王售后");
        browser.screenshot("k-training-record-zh");
        browser.click(By.id("form:save"));
        browser.waitForText(By.id("messages"), "已登记");
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d ->
                        d.findElements(By.cssSelector("button[id$=':record']")).size() == owed - 1);
        browser.screenshot("k-training-recorded-zh");

        browser.open("/staff/skills.xhtml");
        browser.waitForText(By.id("matrix-form:matrix"), "热控调试");
        assertThat(browser.scrollsHorizontally()).isFalse();
        browser.screenshot("k-skills-zh");
    }

    @Test
    @DisplayName(
            "R-K3 an engineer writes an article and finds it by a Chinese search, ranked first with the words marked; the API search returns the hit")
    void articleFoundByChineseSearch() {
        String marker = "IT" + unique();
        browser.login("engineer", "engineer");
        browser.open("/knowledge/article.xhtml");
        browser.type(By.id("form:title"), "曝气风机异常振动 " + marker);
        browser.type(By.id("form:symptom"), "曝气风机出现异常振动，出口压力波动");
        browser.type(By.id("form:cause"), "叶轮积灰导致不平衡");
        browser.type(By.id("form:fix"), "清洗叶轮并做动平衡校正");
        browser.type(By.id("form:equipmentType"), "曝气风机");
        browser.screenshot("k-article-new-zh");
        browser.click(By.id("form:save"));
        browser.waitForUrl("view.xhtml?id=");
        browser.click(By.id("form:submit"));
        browser.waitForText(By.id("form:state"), "已报告领导");

        browser.open("/knowledge/search.xhtml?q=" + q("曝气风机 振动"));
        browser.waitForText(By.id("form:hits"), marker);
        List<WebElement> titles = browser.driver.findElements(By.cssSelector("a[id$=':hit-title']"));
        assertThat(titles).isNotEmpty();
        assertThat(titles.get(0).getText()).contains(marker);
        assertThat(browser.driver.findElements(By.cssSelector("#form\\:hits mark")))
                .isNotEmpty();
        assertThat(browser.scrollsHorizontally()).isFalse();
        browser.screenshot("k-search-zh");

        browser.driver.findElement(By.id("topbar:lang-en")).click();
        browser.waitForText(By.className("page-title"), "Knowledge search");
        browser.screenshot("k-search-en");
        browser.driver.findElement(By.id("topbar:lang-zh")).click();
        browser.waitForText(By.className("page-title"), "知识检索");

        Api.Reply search = erp().get("knowledge/search?q=" + q("曝气风机 振动"));
        assertThat(search.status()).as(search.toString()).isEqualTo(200);
        JsonObject best = search.json().getJsonArray("items").getJsonObject(0);
        assertThat(best.getString("title")).contains(marker);
        assertThat(best.getString("type")).isEqualTo("ARTICLE");
        assertThat(best.getString("snippetHtml")).contains("<mark>");
        assertThat(best.getString("snippet")).contains("曝气风机出现异常振动");
    }

    @Test
    @DisplayName(
            "R-K3 issue 18 item 8/10: a nonsense query shows the no-results state; \"blower vibration\" finds the Chinese blower article, marked, which opens to read, with Edit only for a writer while it may be corrected")
    void noResultsAndReadableArticle() {
        browser.login("engineer", "engineer");
        browser.open("/knowledge/search.xhtml?q=" + q("xyzzy不存在的词"));
        browser.waitForText(By.id("form:hits"), "未找到与“xyzzy不存在的词”相关的文章或手册");
        assertThat(browser.driver.findElements(By.cssSelector("a[id$=':hit-title']")))
                .isEmpty();
        browser.screenshot("k18-no-hits-zh");
        browser.driver.findElement(By.id("topbar:lang-en")).click();
        browser.waitForText(By.className("page-title"), "Knowledge search");
        browser.waitForText(By.id("form:hits"), "No articles or manuals found for “xyzzy不存在的词”");
        browser.screenshot("k18-no-hits-en");
        browser.driver.findElement(By.id("topbar:lang-zh")).click();
        browser.waitForText(By.className("page-title"), "知识检索");

        browser.open("/knowledge/search.xhtml?q=" + q("blower vibration"));
        browser.waitForText(By.id("form:hits"), "罗茨鼓风机异常振动");
        List<WebElement> titles = browser.driver.findElements(By.cssSelector("a[id$=':hit-title']"));
        assertThat(titles.get(0).getText()).isEqualTo("罗茨鼓风机异常振动，轴承温度升高");
        assertThat(browser.driver.findElements(By.cssSelector("#form\\:hits mark")))
                .extracting(WebElement::getText)
                .contains("振动")
                .anySatisfy(marked -> assertThat(marked).contains("风机"));
        browser.screenshot("k18-search-english-zh");

        titles.get(0).click();
        browser.waitForUrl("view.xhtml?id=");
        browser.waitForText(By.id("form:article-title"), "罗茨鼓风机异常振动，轴承温度升高");
        assertThat(browser.driver.findElement(By.id("form:equipmentType")).getText())
                .isEqualTo("罗茨鼓风机");
        assertThat(browser.driver.findElement(By.id("form:equipmentModel")).getText())
                .isEqualTo("BLW-R");
        assertThat(browser.driver.findElement(By.id("form:cause")).getText()).isEqualTo("联轴器对中偏差，轴承润滑不足");
        assertThat(browser.driver.findElement(By.id("form:fix")).getText()).isEqualTo("重新对中，更换轴承并按规定加注润滑油");
        assertThat(browser.driver.findElement(By.id("form:author")).getText()).isEqualTo("李工（售后服务人员）");
        assertThat(browser.driver.findElement(By.id("form:acknowledger")).getText())
                .isEqualTo("张分管（分管领导）");
        assertThat(browser.driver.findElements(
                        By.cssSelector("#form input:not([type=hidden]), #form textarea, #form select")))
                .as("a reader gets text, not a greyed-out form")
                .isEmpty();
        assertThat(browser.driver.findElements(By.id("form:edit")))
                .as("acknowledged: kept as reported, no Edit even for a writer")
                .isEmpty();
        browser.screenshot("k18-article-read-zh");
        browser.driver.findElement(By.id("topbar:lang-en")).click();
        browser.waitForText(By.id("form:people"), "Author");
        browser.screenshot("k18-article-read-en");
        browser.driver.findElement(By.id("topbar:lang-zh")).click();
        browser.waitForText(By.id("form:people"), "作者");

        String marker = "IT" + unique();
        browser.open("/knowledge/article.xhtml");
        browser.type(By.id("form:title"), "格栅机链条跳齿 " + marker);
        browser.type(By.id("form:symptom"), "回转式格栅机链条跳齿，耙齿卡住");
        browser.click(By.id("form:save"));
        browser.waitForUrl("view.xhtml?id=");
        String draftUrl = browser.driver.getCurrentUrl();
        browser.waitForText(By.id("form:article-title"), marker);
        assertThat(browser.driver.findElement(By.id("form:cause")).getText()).isEqualTo("（尚未填写）");
        browser.screenshot("k18-article-draft-writer-zh");
        browser.click(By.id("form:edit"));
        browser.waitForUrl("article.xhtml?id=");
        assertThat(browser.driver.findElement(By.id("form:symptom")).isEnabled())
                .isTrue();
        browser.type(By.id("form:cause"), "链条张紧度不足");
        browser.type(By.id("form:fix"), "调整张紧装置，更换磨损链节");
        browser.click(By.id("form:save"));
        browser.waitForUrl("view.xhtml?id=");
        browser.click(By.id("form:submit"));
        browser.waitForText(By.id("form:state"), "已报告领导");
        assertThat(browser.driver.findElement(By.id("form:fix")).getText()).isEqualTo("调整张紧装置，更换磨损链节");
        assertThat(browser.driver.findElements(By.id("form:edit")))
                .as("reported, not yet acknowledged: still corrected by its writers")
                .hasSize(1);
        logout();

        browser.login("leader", "leader");
        browser.open(draftUrl.substring(draftUrl.indexOf("/knowledge/")));
        browser.waitForText(By.id("form:article-title"), marker);
        assertThat(browser.driver.findElements(By.id("form:edit")))
                .as("the division leader reads, does not write")
                .isEmpty();
        assertThat(browser.driver.findElement(By.id("form:author")).getText()).isEqualTo("李工（售后服务人员）");
        assertThat(browser.driver.findElement(By.id("form:submitter")).getText())
                .isEqualTo("李工（售后服务人员）");
        browser.screenshot("k18-article-reported-leader-zh");
        browser.click(By.id("form:acknowledge"));
        browser.waitForText(By.id("form:state"), "已确认");
        assertThat(browser.driver.findElement(By.id("form:acknowledger")).getText())
                .isEqualTo("张分管（分管领导）");
        browser.screenshot("k18-article-acknowledged-leader-zh");
    }

    @Test
    @DisplayName(
            "R-K3 issue 18 item 8: GET /knowledge/search answers an empty page for a nonsense query, finds the Chinese blower article for \"blower vibration\", escapes what it highlights")
    void apiSearchFloorEnglishAndEscaping() {
        Api.Reply none = erp().get("knowledge/search?q=" + q("xyzzy不存在的词"));
        assertThat(none.status()).as(none.toString()).isEqualTo(200);
        assertThat(none.json().getJsonArray("items")).isEmpty();
        assertThat(none.json().getJsonNumber("total").longValue()).isZero();

        JsonArray english =
                erp().get("knowledge/search?q=" + q("blower vibration")).json().getJsonArray("items");
        assertThat(english.getJsonObject(0).getString("title")).isEqualTo("罗茨鼓风机异常振动，轴承温度升高");
        assertThat(english.getJsonObject(0).getString("snippetHtml")).contains("<mark>");

        String marker = "XSS" + unique();
        Api.Reply created = erp().post(
                        "knowledge/articles",
                        "{\"kind\":\"REPAIR_CASE\",\"title\":\"" + marker
                                + "\",\"symptom\":\"<script>alert(1)</script> " + marker
                                + " 搅拌器异响\",\"discipline\":\"MECHANICAL\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject hit = erp().get("knowledge/search?q=" + q(marker))
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertThat(hit.getString("snippetHtml"))
                .contains("&lt;script&gt;")
                .contains("<mark>")
                .doesNotContain("<script");
    }

    @Test
    @DisplayName(
            "R-K3 issue 18 item 8: the administrator adds a synonym on its page and the next search finds the Chinese article by the English word")
    void adminAddsSynonym() {
        String english = "fisheye" + unique().toLowerCase(java.util.Locale.ROOT);
        assertThat(erp().get("knowledge/search?q=" + q(english)).json().getJsonArray("items"))
                .isEmpty();

        browser.login("admin", "admin");
        browser.open("/settings/synonyms.xhtml");
        browser.type(By.id("form:termZh"), "鱼眼");
        browser.type(By.id("form:termEn"), english);
        browser.click(By.id("form:save"));
        browser.waitForText(By.id("messages"), "鱼眼 = " + english);
        browser.waitForText(By.id("form:history"), "新建");
        browser.screenshot("k18-synonyms-zh");

        JsonArray found = erp().get("knowledge/search?q=" + q(english)).json().getJsonArray("items");
        assertThat(found.getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("title"))
                .containsExactly("PAM 制备装置溶药不充分出现鱼眼");
        assertThat(found.getJsonObject(0).getString("snippetHtml")).contains("<mark>鱼眼</mark>");
    }

    @Test
    @DisplayName(
            "R-K3 POST /knowledge/articles answers 201 and the article is found at once, an English query by its inflected form")
    void apiArticleAndEnglishSearch() {
        String marker = "EN" + unique();
        Api.Reply created = erp().post(
                        "knowledge/articles",
                        "{\"kind\":\"REPAIR_CASE\",\"title\":\"Roots blower "
                                + marker
                                + "\",\"symptom\":\"Bearing failure on the drive end\",\"cause\":\"Lubrication skipped\","
                                + "\"fix\":\"Bearing replaced, lubrication plan restored\",\"discipline\":\"MECHANICAL\",\"submit\":true}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).contains("/api/knowledge/articles/");
        assertThat(created.json().getString("state")).isEqualTo("SUBMITTED");

        JsonArray items =
                erp().get("knowledge/search?q=" + q("bearing failures")).json().getJsonArray("items");
        assertThat(items.getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("title"))
                .contains("Roots blower " + marker);

        Api.Reply refused = erp().inEnglish().post("knowledge/articles", "{\"kind\":\"REPAIR_CASE\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("symptom");
    }

    @Test
    @DisplayName(
            "R-B3 a supplier survey answered in the browser changes the supplier's scorecard; POST /surveys/{id}/responses archives one too")
    void surveyChangesScorecard() {
        String supplier = "武汉水泵机电有限公司";
        JsonObject before = scorecardOf(supplier);

        browser.login("specialist", "specialist");
        browser.open("/surveys/answer.xhtml?template=1");
        choose("form:projectId", "WTP-2024-002");
        browser.choose("form:subcontractorId", supplier);
        browser.type(By.id("form:respondent"), "何经理");
        for (WebElement rating : browser.driver.findElements(By.cssSelector("div[id$=':rating']"))) {
            rating.findElements(By.cssSelector(".ui-button")).get(4).click();
        }
        browser.driver
                .findElements(By.cssSelector("div[id$=':yes']"))
                .get(0)
                .findElements(By.cssSelector(".ui-button"))
                .get(0)
                .click();
        browser.screenshot("k-survey-answer-zh");
        browser.click(By.id("form:save"));
        browser.waitForUrl("responses.xhtml");
        browser.waitForText(By.id("messages"), "5.00");

        browser.open("/surveys/scorecards.xhtml");
        browser.waitForText(By.id("form:scorecards"), supplier);
        browser.screenshot("k-scorecards-zh");
        JsonObject after = scorecardOf(supplier);
        assertThat(after.getInt("responses")).isEqualTo((before == null ? 0 : before.getInt("responses")) + 1);
        assertThat(after.getString("averageScore")).isNotNull();
        if (before == null) {
            assertThat(after.getString("averageScore")).isEqualTo("5.00");
        }

        long projectId = projectId("WTP-2024-002");
        long supplierId = after.getJsonNumber("subcontractorId").longValue();
        Api.Reply answered = erp().post(
                        "surveys/1/responses",
                        "{\"projectId\":" + projectId + ",\"subcontractorId\":"
                                + supplierId + ",\"respondent\":\"何经理\",\"answeredDate\":\""
                                + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                                        .minusDays(1) + "\",\"answers\":["
                                + "{\"questionId\":11,\"rating\":1},{\"questionId\":12,\"rating\":1},{\"questionId\":13,\"rating\":1},"
                                + "{\"questionId\":14,\"rating\":1},{\"questionId\":15,\"yes\":false}]}");
        assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
        assertThat(answered.json().getString("score")).isEqualTo("1.00");
        JsonObject lower = array(erp().get("surveys/scorecards")).getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals(supplier))
                .findFirst()
                .orElseThrow();
        assertThat(new java.math.BigDecimal(lower.getString("averageScore")))
                .isLessThan(new java.math.BigDecimal(after.getString("averageScore")));
    }

    private JsonObject scorecardOf(String supplier) {
        Api.Reply cards = erp().get("surveys/scorecards");
        assertThat(cards.status()).as(cards.toString()).isEqualTo(200);
        return array(cards).getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals(supplier))
                .findFirst()
                .orElse(null);
    }

    /** A reply whose body is a JSON array. */
    private static JsonArray array(Api.Reply reply) {
        return jakarta.json.Json.createReader(new java.io.StringReader(reply.body()))
                .readArray();
    }

    @Test
    @DisplayName(
            "R-B4 a document uploaded to an equipment item's archive is listed by GET /equipment/{id}/documents and downloads with its Chinese name")
    void equipmentDocumentArchive() {
        long projectId = projectId("WTP-2025-003");
        JsonObject item = erp().get("projects/" + projectId + "/equipment?size=1")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        long itemId = item.getJsonNumber("id").longValue();

        browser.login("engineer", "engineer");
        browser.open("/documents/archive.xhtml?project=" + projectId + "&item=" + itemId);
        browser.click(By.id("archive:new-document"));
        browser.waitFor(By.id("form:save"));
        browser.driver
                .findElement(By.cssSelector("#form input[type=file]"))
                .sendKeys(file("鼓风机出厂合格证.pdf", pdf("certificate")).toString());
        browser.click(By.id("form:save"));
        browser.waitForText(By.id("archive:documents"), "鼓风机出厂合格证.pdf");
        browser.screenshot("k-documents-zh");

        browser.driver.findElement(By.id("archive:new-document")).click();
        browser.waitFor(By.id("form:save"));
        browser.driver
                .findElement(By.cssSelector("#form input[type=file]"))
                .sendKeys(file("伪装的手册.pdf", new byte[] {'M', 'Z', 0, 0, 3, 0}).toString());
        browser.click(By.id("form:save"));
        browser.waitForText(By.id("form"), "不是允许的类型");
        browser.screenshot("k-documents-refused-zh");

        JsonArray documents = array(erp().get("equipment/" + itemId + "/documents"));
        assertThat(documents).hasSize(1);
        JsonObject document = documents.getJsonObject(0);
        assertThat(document.getString("fileName")).isEqualTo("鼓风机出厂合格证.pdf");
        assertThat(document.getString("kind")).isEqualTo("DRAWING");
        assertThat(document.getString("sha256")).hasSize(64);
        Api.Reply content = erp().get(document.getString("contentUrl"));
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.header("Content-Disposition"))
                .contains(
                        "filename*=UTF-8''%E9%BC%93%E9%A3%8E%E6%9C%BA%E5%87%BA%E5%8E%82%E5%90%88%E6%A0%BC%E8%AF%81.pdf");
        assertThat(content.body()).startsWith("%PDF-");
    }
}
