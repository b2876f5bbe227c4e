package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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
}
