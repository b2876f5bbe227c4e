package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The portal in real headless Chromium, as its users use it, at 1024×768. */
class PortalBrowserIT extends InBrowser {

    @Test
    @DisplayName(
            "R-L1 the specialist creates a project with handover dates and finds it in the list with the right phase, in Chinese and English")
    void specialistCreatesProjectAndFindsItsPhase() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String code = "UI-" + (System.currentTimeMillis() % 1000000);
        browser.login("specialist", "specialist");
        browser.open("/projects/list.xhtml");
        browser.screenshot("projects-list-zh");
        browser.driver.findElement(By.id("form:new-project")).click();

        browser.type(By.id("form:code"), code);
        browser.type(By.id("form:name"), "浏览器测试污水处理厂");
        browser.type(By.id("form:ownerName"), "浏览器测试业主");
        browser.type(
                By.id("form:provisionalHandoverDate_input"),
                today.minusMonths(3).toString() + Keys.ESCAPE);
        browser.type(
                By.id("form:formalHandoverDate_input"), today.minusMonths(1).toString() + Keys.ESCAPE);
        browser.screenshot("project-new-zh");
        browser.driver.findElement(By.id("form:save")).click();

        browser.waitForUrl("edit.xhtml?id=");
        browser.waitForText(By.id("form:phase"), "质保期内");
        assertThat(browser.driver.findElement(By.id("form:warrantyEnd")).getText())
                .isEqualTo(today.minusMonths(1).plusMonths(12).toString());
        browser.screenshot("project-edit-zh");

        browser.open("/projects/list.xhtml");
        browser.type(By.id("form:search"), code);
        browser.waitForText(By.id("form:projects"), code);
        assertThat(browser.text(By.id("form:projects"))).contains("质保期内");

        browser.driver.findElement(By.id("topbar:lang-en")).click();
        browser.waitForText(By.className("page-title"), "Projects");
        browser.type(By.id("form:search"), code);
        browser.waitForText(By.id("form:projects"), code);
        assertThat(browser.text(By.id("form:projects"))).contains("Warranty");
        browser.screenshot("projects-list-en");

        browser.driver.findElement(By.id("topbar:lang-zh")).click();
        browser.waitForText(By.className("page-title"), "工程项目");
    }

    @Test
    @DisplayName(
            "R-L1 a formal handover before the provisional handover is refused next to the field and nothing is saved")
    void inconsistentDatesShowAMessage() {
        String code = "UI-BAD-" + (System.currentTimeMillis() % 1000000);
        browser.login("specialist", "specialist");
        browser.open("/projects/edit.xhtml");
        browser.type(By.id("form:code"), code);
        browser.type(By.id("form:name"), "日期错误测试");
        browser.type(By.id("form:ownerName"), "测试业主");
        browser.type(By.id("form:provisionalHandoverDate_input"), "2025-03-01" + Keys.ESCAPE);
        browser.type(By.id("form:formalHandoverDate_input"), "2025-02-01" + Keys.ESCAPE);
        browser.driver.findElement(By.id("form:save")).click();

        browser.waitForText(By.id("form"), "不能早于临时移交生产日期");
        browser.screenshot("project-bad-dates-zh");
        assertThat(browser.driver.getCurrentUrl()).doesNotContain("id=");
        assertThat(browser.driver.findElement(By.id("form:code")).getAttribute("value"))
                .isEqualTo(code);

        browser.open("/projects/list.xhtml");
        browser.type(By.id("form:search"), code);
        browser.waitForText(By.id("form:projects"), "没有记录");
    }

    @Test
    @DisplayName("issue 17: the administrator's webhook page refuses a private address, no kinds and a short secret"
            + " beside their fields, adds a subscription with a generated secret, lists it and deletes it after"
            + " confirmation")
    void adminAddsAndDeletesWebhook() {
        String url = "http://203.0.113.10/aftersales-hook-" + Long.toString(System.nanoTime() % 1_000_000L, 36);
        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(20));
        browser.login("admin", "admin");
        browser.open("/admin/webhooks.xhtml");

        browser.type(By.id("form:url"), "http://127.0.0.1:9/hook");
        browser.type(By.id("form:secret"), "short");
        browser.click(By.id("form:add"));
        browser.waitForText(By.id("form:add-panel"), "不允许推送到本机、链路本地或内网地址（127.0.0.1）");
        browser.waitForText(By.id("form:add-panel"), "请至少选择一种事件类型");
        browser.waitForText(By.id("form:add-panel"), "签名密钥须为 16 至 200 个字符");
        browser.screenshot("webhooks-refused-zh");

        browser.retype(By.id("form:url"), url);
        browser.click(By.id("form:kinds"));
        browser.click(By.xpath("//*[@id='form:kinds_panel']//li[.//label[text()='月报已归档']]"));
        browser.driver.findElement(By.cssSelector("p.hint")).click(); // closes the kinds' panel
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("form:kinds_panel")));
        browser.click(By.id("form:generate"));
        wait.until(
                d -> d.findElement(By.id("form:secret")).getAttribute("value").length() == 64);
        browser.click(By.id("form:add"));
        browser.waitForText(By.id("messages"), "已添加订阅 " + url);
        browser.waitForText(By.id("form:subscriptions"), url);
        browser.waitForText(By.id("form:subscriptions"), "月报已归档");
        browser.screenshot("webhooks-added-zh");

        browser.click(By.xpath(
                "//*[@id='form:subscriptions']//tr[.//span[text()='" + url + "']]//button[contains(@id, ':remove')]"));
        browser.click(By.id("confirm-yes"));
        browser.waitForText(By.id("messages"), "已删除订阅 " + url);
        wait.until(d -> !d.findElement(By.id("form:subscriptions")).getText().contains(url));
        assertThat(as("admin").get("webhooks?size=500").body()).doesNotContain(url);
    }

    @Test
    @DisplayName("R-O1 an engineer is refused the admin screen and does not see its menu")
    void engineerIsRefusedTheAdminScreen() {
        browser.login("engineer", "engineer");
        assertThat(browser.driver.findElements(By.id("menu-users"))).isEmpty();

        browser.open("/admin/users.xhtml");

        browser.waitForText(By.id("error-title"), "无权访问");
        browser.screenshot("admin-refused-zh");
    }

    @Test
    @DisplayName(
            "R-S5 R-O1 the administrator gives a new user an e-mail address in the \"new user\" dialog: a malformed one"
                    + " is refused next to the field in Chinese and the dialog stays open; a valid one is saved, listed and audited")
    void adminCreatesUserWithEmail() throws Exception {
        String username = "it.mail" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(20));
        browser.login("admin", "admin");
        browser.open("/admin/users.xhtml");
        browser.driver.findElement(By.id("form:new-user")).click();
        browser.waitFor(By.id("form:email"));
        browser.type(By.id("form:username"), username);
        browser.type(By.id("form:displayName"), "邮件测试设计员");
        browser.type(By.id("form:password"), "Secret12345");
        browser.driver.findElement(By.id("form:roles")).click();
        // Design, not an engineer: a new engineer would owe trainings and join the dispatch board of other tests.
        By designRole = By.xpath("//*[@id='form:roles_panel']//li[.//label[text()='设计部']]");
        wait.until(ExpectedConditions.elementToBeClickable(designRole)).click();
        wait.until(d -> d.findElement(By.cssSelector("input[name='form:roles'][value='DESIGN']"))
                .isSelected());
        browser.driver.findElement(By.id("form:userDialog_title")).click(); // closes the roles' panel
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("form:roles_panel")));
        browser.type(By.id("form:email"), "mail@@example");
        browser.driver.findElement(By.id("form:save-user")).click();

        browser.waitForText(By.id("form:userPanel"), "mail@@example 不是有效的电子邮件地址");
        assertThat(browser.driver.findElement(By.id("form:userDialog")).isDisplayed())
                .as("the dialog stays open")
                .isTrue();
        browser.screenshot("admin-new-user-email-refused-zh");

        browser.retype(By.id("form:email"), username + "@example.com");
        browser.type(By.id("form:password"), "Secret12345"); // the password is not kept after a refused save
        browser.driver.findElement(By.id("form:save-user")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("form:userDialog")));
        browser.type(By.id("form:search"), username);
        browser.waitForText(By.id("form:users"), username + "@example.com");

        try (java.sql.Connection connection = TestDatabase.connect();
                java.sql.PreparedStatement query = connection.prepareStatement(
                        "select count(*) from audit_entry a"
                                + " join app_user u on u.id = a.entity_id where a.entity_type = 'AppUser' and u.username = ?"
                                + " and a.field = 'email' and a.old_value is null and a.new_value = ? and a.changed_by = 'admin'")) {
            query.setString(1, username);
            query.setString(2, username + "@example.com");
            try (java.sql.ResultSet rows = query.executeQuery()) {
                rows.next();
                assertThat(rows.getLong(1))
                        .as("the address is in the audit trail")
                        .isEqualTo(1);
            }
        }
    }

    @Test
    @DisplayName("R-O1 a wrong password gets the same message as an unknown user, and pages need a login")
    void loginIsRequired() {
        browser.open("/projects/list.xhtml");
        browser.waitForUrl("login.xhtml");

        browser.type(By.id("login:username"), "specialist");
        browser.type(By.id("login:password"), "wrong-password");
        browser.driver.findElement(By.id("login:submit")).click();
        String wrongPassword = browser.waitFor(By.id("login:messages")).getText();
        browser.type(By.id("login:username"), "no-such-user");
        browser.type(By.id("login:password"), "wrong-password");
        browser.driver.findElement(By.id("login:submit")).click();
        String unknownUser = browser.waitFor(By.id("login:messages")).getText();

        assertThat(wrongPassword).contains("用户名或密码错误").isEqualTo(unknownUser);
    }

    @Test
    @DisplayName("Tablet: the main pages fit 1024×768 without horizontal scrolling")
    void mainPagesFitATablet() {
        browser.login("specialist", "specialist");
        for (String page : new String[] {"/index.xhtml", "/projects/list.xhtml", "/projects/edit.xhtml"}) {
            browser.open(page);
            browser.waitFor(By.className("page-title"));
            assertThat(browser.scrollsHorizontally()).as(page).isFalse();
        }
        browser.screenshot("home-zh");
    }

    @Test
    @DisplayName("R-S1 R-S3 the specialist registers a call on a warranty project, records the reply (reply clock met)"
            + " and closes the case remotely with its answer; the case is in the list; case pages fit 1024×768")
    void specialistRegistersACallAndClosesItRemotely() {
        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(20));
        browser.login("specialist", "specialist");
        browser.open("/cases/new.xhtml");
        browser.type(By.id("form:projectId_input"), "WTP-2025-003");
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("[id='form:projectId_panel'] .ui-autocomplete-item")))
                .click();
        browser.waitForText(By.id("form:projectInfo"), "质保期内");
        browser.type(By.id("form:reporterName_input"), "浏览器测试来电人" + Keys.TAB);
        browser.driver
                .findElement(By.xpath("//*[@id='form:type']//*[contains(@class,'ui-button')][.//*[text()='服务申请']]"))
                .click();
        browser.type(By.id("form:description"), "2 号鼓风机异响，请远程指导。");
        browser.screenshot("case-new-zh");
        browser.driver.findElement(By.id("form:save")).click();

        browser.waitForUrl("cases/view.xhtml?id=");
        String number = browser.waitFor(By.id("case:number")).getText();
        assertThat(number).matches("SC-\\d{4}-\\d{5}");
        assertThat(browser.driver.findElement(By.id("messages")).getText()).contains(number);
        assertThat(browser.driver.findElement(By.id("case:serviceClass")).getText())
                .isEqualTo("质保期免费服务");
        By replyClock = By.cssSelector("[id='case:clocks'] [data-clock='REPLY']");
        assertThat(browser.driver.findElement(replyClock).getAttribute("data-state"))
                .isEqualTo("RUNNING");
        assertThat(browser.driver.findElement(replyClock).getText()).isEqualTo("计时中");
        assertThat(browser.scrollsHorizontally()).as("case page at 1024×768").isFalse();
        browser.screenshot("case-view-zh");

        browser.driver.findElement(By.id("case:act-reply")).click();
        browser.waitFor(By.id("form:at_input"));
        browser.screenshot("case-reply-dialog-zh");
        browser.driver.findElement(By.id("form:act-save")).click();
        browser.waitForText(replyClock, "已达成");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("form:act-dialog")));
        assertThat(browser.driver.findElement(replyClock).getAttribute("data-state"))
                .isEqualTo("MET");

        browser.driver.findElement(By.id("case:act-close")).click();
        browser.type(By.id("form:answer"), "已电话指导业主调整皮带张紧度，异响消除。");
        browser.driver.findElement(By.id("form:act-save")).click();
        browser.waitForText(By.id("case:status"), "已结束");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("form:act-dialog")));
        assertThat(browser.driver.findElement(By.id("case:answer")).getText()).contains("异响消除");
        assertThat(browser.driver.findElements(By.id("case:act-close"))).isEmpty();
        assertThat(browser.driver.findElement(By.id("history:timeline")).getText())
                .contains("答复业主", "结束服务");
        assertThat(browser.scrollsHorizontally())
                .as("closed case page at 1024×768")
                .isFalse();
        browser.screenshot("case-closed-zh");

        browser.open("/cases/list.xhtml");
        browser.waitForText(By.id("form:cases"), number);
        assertThat(browser.driver.findElement(By.id("form:cases")).getText()).contains("WTP-2025-003", "已结束");
        assertThat(browser.scrollsHorizontally()).as("case list at 1024×768").isFalse();
        browser.screenshot("cases-list-zh");
    }

    /** Registers a service request on WTP-2025-003 as the logged-in user and confirms on-site work; the case's URL. */
    private String registerOnSiteCase(String description) {
        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(20));
        browser.open("/cases/new.xhtml");
        browser.type(By.id("form:projectId_input"), "WTP-2025-003");
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("[id='form:projectId_panel'] .ui-autocomplete-item")))
                .click();
        browser.waitForText(By.id("form:projectInfo"), "质保期内");
        browser.type(By.id("form:reporterName_input"), "浏览器测试业主" + Keys.TAB);
        browser.driver
                .findElement(By.xpath("//*[@id='form:type']//*[contains(@class,'ui-button')][.//*[text()='服务申请']]"))
                .click();
        browser.type(By.id("form:description"), description);
        browser.driver.findElement(By.id("form:save")).click();
        browser.waitForUrl("cases/view.xhtml?id=");
        browser.waitFor(By.id("case:number"));
        browser.driver.findElement(By.id("case:act-on-site")).click();
        browser.waitFor(By.id("form:at_input"));
        browser.driver.findElement(By.id("form:act-save")).click();
        browser.waitForText(By.id("case:status"), "已确认上门");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("form:act-dialog")));
        return browser.driver.getCurrentUrl();
    }

    /** Logs out with the top bar's link and in again as {@code user}, back on {@code url}. */
    private void switchUser(String user, String url) {
        browser.driver.findElement(By.id("topbar:logout")).click();
        browser.login(user, user);
        browser.driver.get(url);
        browser.waitFor(By.id("case:number"));
    }

    /** Draws a signature stroke on the p:signature canvas of {@code formId}. */
    private void draw(String formId) {
        WebElement canvas = browser.waitFor(By.cssSelector("[id='" + formId + ":signature'] canvas"));
        new Actions(browser.driver)
                .moveToElement(canvas, -120, 0)
                .clickAndHold()
                .moveByOffset(40, -30)
                .moveByOffset(40, 50)
                .moveByOffset(40, -40)
                .moveByOffset(60, 30)
                .release()
                .perform();
    }

    /** Records an act of the case page's act dialog at the time offered. */
    private void act(String button, String statusAfter) {
        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(20));
        browser.driver.findElement(By.id("case:" + button)).click();
        browser.waitFor(By.id("form:at_input"));
        browser.driver.findElement(By.id("form:act-save")).click();
        browser.waitForText(By.id("case:status"), statusAfter);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("form:act-dialog")));
    }

    @Test
    @DisplayName(
            "R-S8 R-S6 R-S7 on-site main path: the specialist proposes the engineer (skills shown), the division leader"
                    + " approves, arrival, safety, work done, the owner's project manager signs the report and the customer the"
                    + " ticket on screen, the signed report shows its image and is locked, the case closes")
    void onSiteCaseIsDispatchedSignedAndClosed() {
        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(20));
        browser.login("specialist", "specialist");
        String url = registerOnSiteCase("3 号泵机械密封泄漏，需上门更换。");

        // R-S6: the board shows each engineer's four skills, gaps flagged, and who is booked.
        By board = By.id("dispatch:engineerIds");
        browser.waitForText(board, "李工（售后服务人员）");
        assertThat(browser.driver.findElement(board).getText()).contains("机械安装", "需培训");
        browser.driver
                .findElement(By.xpath("//*[@id='dispatch:engineerIds']//tr[contains(., '李工（售后服务人员）')]"
                        + "//*[contains(@class,'ui-chkbox-box')]"))
                .click();
        assertThat(browser.scrollsHorizontally())
                .as("dispatch panel at 1024×768")
                .isFalse();
        browser.screenshot("case-dispatch-zh");
        browser.driver.findElement(By.id("dispatch:propose")).click();
        browser.waitForText(By.id("dispatch:history"), "待决定");
        assertThat(browser.driver.findElements(By.id("dispatch:approve")))
                .as("the specialist does not approve")
                .isEmpty();

        switchUser("leader", url);
        browser.waitFor(By.id("dispatch:approve"));
        browser.screenshot("case-dispatch-decide-zh");
        browser.driver.findElement(By.id("dispatch:approve")).click();
        browser.waitForText(By.id("case:status"), "已派遣");
        assertThat(browser.driver.findElement(By.id("dispatch:history")).getText())
                .contains("已批准", "李工");

        switchUser("specialist", url);
        // R-S7: the arrival time and the owner's cooperation are agreed before the arrival can be recorded.
        String agreedAt = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"))
                .plusHours(2)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        browser.type(By.id("visit:agreedArrivalAt_input"), agreedAt + Keys.ESCAPE);
        browser.type(By.id("visit:ownerCooperation"), "业主停运 3 号泵并断电挂牌。");
        browser.click(By.id("visit:agree-save"));
        browser.waitForText(By.id("visit:cooperation"), "业主停运 3 号泵");
        act("act-arrival", "已到场");
        assertThat(browser.driver.findElements(By.id("visit:safety-confirm")))
                .as("only the engineer sent acknowledges the safety rules, himself")
                .isEmpty();
        assertThat(browser.driver.findElement(By.id("visit:safety-pending")).getText())
                .contains("李工");
        switchUser("engineer", url);

        // R-S7: all three safety rules ticked and confirmed before the work.
        browser.waitFor(By.id("visit:safety-confirm"));
        for (WebElement box : browser.driver.findElements(By.cssSelector("[id='visit:safetyRules'] .ui-chkbox-box"))) {
            box.click();
        }
        browser.driver.findElement(By.id("visit:safety-confirm")).click();
        browser.waitFor(By.id("visit:work"));
        assertThat(browser.driver.findElement(By.id("visit:safety-state")).getText())
                .contains("已确认");
        browser.type(By.id("visit:work"), "拆检 3 号泵，更换机械密封并试运行 2 小时。");
        browser.type(By.id("visit:parts:0:part-name"), "机械密封 M7N-45");
        browser.type(By.id("visit:parts:0:part-quantity_input"), "1");
        browser.type(By.id("visit:result"), "泄漏消除，运行正常。");
        browser.screenshot("case-work-zh");
        browser.driver.findElement(By.id("visit:work-save")).click();
        browser.waitForText(By.id("case:status"), "已完工");
        assertThat(browser.driver.findElements(By.id("case:act-close")))
                .as("no closing before sign-off")
                .isEmpty();
        assertThat(browser.driver.findElement(By.id("signoff")).getText()).contains("须经业主方主管人");

        // R-S8: the owner's project manager signs the report on screen, the customer the ticket.
        browser.type(By.id("report:signerName"), "赵经理");
        browser.choose("report:signerRole", "业主项目经理");
        draw("report");
        browser.screenshot("case-signing-zh");
        browser.driver.findElement(By.id("report:sign")).click();
        browser.waitFor(By.id("report:report-signed"));
        assertThat(browser.driver.findElement(By.id("report:report-signer")).getText())
                .isEqualTo("赵经理");
        assertThat(browser.driver.findElements(By.id("report:sign")))
                .as("a signed report is locked")
                .isEmpty();

        browser.type(By.id("ticket:signerName"), "钱工");
        draw("ticket");
        browser.driver.findElement(By.id("ticket:sign")).click();
        browser.waitForText(By.id("case:status"), "已签章认可");
        WebElement image = browser.waitFor(By.id("report-signature-image"));
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", image)));
        assertThat(browser.scrollsHorizontally()).as("sign-off at 1024×768").isFalse();
        browser.screenshot("case-signoff-zh");

        act("act-close", "已结束");
        assertThat(browser.driver.findElement(By.id("history:timeline")).getText())
                .contains("服务报告单", "结束服务");
        browser.screenshot("case-onsite-closed-zh");

        // The A4 print view of the signed report, with the stored signature.
        browser.driver.get(url.replace("/cases/view.xhtml", "/cases/print.xhtml") + "&doc=report");
        browser.waitForText(By.id("doc-title"), "服务报告单");
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains("机械密封 M7N-45", "赵经理", "盖章");
        browser.screenshot("case-print-report-zh");
    }

    @Test
    @DisplayName("R-S8 R-S6 an on-site case without the signed report and ticket cannot be closed: no close button,"
            + " and the status stays (the sign-off panel names what is missing once the work is done)")
    void unsignedOnSiteCaseCannotClose() {
        browser.login("specialist", "specialist");
        registerOnSiteCase("阀门执行机构无动作，需上门。");
        assertThat(browser.driver.findElements(By.id("case:act-close"))).isEmpty();
        assertThat(browser.driver.findElement(By.id("case:status")).getText()).isEqualTo("已确认上门");
        browser.driver.navigate().refresh();
        browser.waitFor(By.id("case:number"));
        assertThat(browser.driver.findElements(By.id("case:act-close"))).isEmpty();
        assertThat(browser.driver.findElement(By.id("case:status")).getText()).isEqualTo("已确认上门");
    }
}
