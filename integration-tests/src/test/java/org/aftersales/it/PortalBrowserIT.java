package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The portal in real headless Chromium, as its users use it, at 1024×768. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.aftersalesWar();
    }

    @ArquillianResource
    URL base;

    private Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = new Browser(base.toString());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    @DisplayName("R-L1 the specialist creates a project with handover dates and finds it in the list with the right phase, in Chinese and English")
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
        browser.type(By.id("form:provisionalHandoverDate_input"), today.minusMonths(3).toString() + Keys.ESCAPE);
        browser.type(By.id("form:formalHandoverDate_input"), today.minusMonths(1).toString() + Keys.ESCAPE);
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
        assertThat(browser.driver.findElement(By.id("form:projects")).getText()).contains("质保期内");

        browser.driver.findElement(By.id("topbar:lang-en")).click();
        browser.waitForText(By.className("page-title"), "Projects");
        browser.type(By.id("form:search"), code);
        browser.waitForText(By.id("form:projects"), code);
        assertThat(browser.driver.findElement(By.id("form:projects")).getText()).contains("Warranty");
        browser.screenshot("projects-list-en");

        browser.driver.findElement(By.id("topbar:lang-zh")).click();
        browser.waitForText(By.className("page-title"), "工程项目");
    }

    @Test
    @DisplayName("R-L1 a formal handover before the provisional handover is refused next to the field and nothing is saved")
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
        assertThat(browser.driver.findElement(By.id("form:code")).getAttribute("value")).isEqualTo(code);

        browser.open("/projects/list.xhtml");
        browser.type(By.id("form:search"), code);
        browser.waitForText(By.id("form:projects"), "没有记录");
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
                By.cssSelector("[id='form:projectId_panel'] .ui-autocomplete-item"))).click();
        browser.waitForText(By.id("form:projectInfo"), "质保期内");
        browser.type(By.id("form:reporterName_input"), "浏览器测试来电人" + Keys.TAB);
        browser.driver.findElement(By.xpath("//*[@id='form:type']//*[contains(@class,'ui-button')][.//*[text()='服务申请']]"))
                .click();
        browser.type(By.id("form:description"), "2 号鼓风机异响，请远程指导。");
        browser.screenshot("case-new-zh");
        browser.driver.findElement(By.id("form:save")).click();

        browser.waitForUrl("cases/view.xhtml?id=");
        String number = browser.waitFor(By.id("case:number")).getText();
        assertThat(number).matches("SC-\\d{4}-\\d{5}");
        assertThat(browser.driver.findElement(By.id("messages")).getText()).contains(number);
        assertThat(browser.driver.findElement(By.id("case:serviceClass")).getText()).isEqualTo("质保期免费服务");
        By replyClock = By.cssSelector("[id='case:clocks'] [data-clock='REPLY']");
        assertThat(browser.driver.findElement(replyClock).getAttribute("data-state")).isEqualTo("RUNNING");
        assertThat(browser.driver.findElement(replyClock).getText()).isEqualTo("计时中");
        assertThat(browser.scrollsHorizontally()).as("case page at 1024×768").isFalse();
        browser.screenshot("case-view-zh");

        browser.driver.findElement(By.id("case:act-reply")).click();
        browser.waitFor(By.id("form:at_input"));
        browser.screenshot("case-reply-dialog-zh");
        browser.driver.findElement(By.id("form:act-save")).click();
        browser.waitForText(replyClock, "已达成");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("form:act-dialog")));
        assertThat(browser.driver.findElement(replyClock).getAttribute("data-state")).isEqualTo("MET");

        browser.driver.findElement(By.id("case:act-close")).click();
        browser.type(By.id("form:answer"), "已电话指导业主调整皮带张紧度，异响消除。");
        browser.driver.findElement(By.id("form:act-save")).click();
        browser.waitForText(By.id("case:status"), "已结束");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("form:act-dialog")));
        assertThat(browser.driver.findElement(By.id("case:answer")).getText()).contains("异响消除");
        assertThat(browser.driver.findElements(By.id("case:act-close"))).isEmpty();
        assertThat(browser.driver.findElement(By.id("case:timeline")).getText()).contains("答复业主", "结束服务");
        assertThat(browser.scrollsHorizontally()).as("closed case page at 1024×768").isFalse();
        browser.screenshot("case-closed-zh");

        browser.open("/cases/list.xhtml");
        browser.waitForText(By.id("form:cases"), number);
        assertThat(browser.driver.findElement(By.id("form:cases")).getText()).contains("WTP-2025-003", "已结束");
        assertThat(browser.scrollsHorizontally()).as("case list at 1024×768").isFalse();
        browser.screenshot("cases-list-zh");
    }
}
