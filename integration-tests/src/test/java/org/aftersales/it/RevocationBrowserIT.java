package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Immediate revocation (robustness issue, item 4) with the API's credential cache (scale issue): what the administrator
 * changes on the user page — a role removed, a new password, the account disabled — counts on the very next request
 * of the user's open portal session and of their API client, although the API no longer hashes a repeated password.
 * Two browsers: the administrator's and the user's.
 */
class RevocationBrowserIT extends InBrowser {

    private static final String RETENTIONS = "subcontractor-retentions"; // FINANCE may read it, DESIGN may not

    @Test
    @DisplayName(
            "R-O1 a removed role, a new password and a disabled account take effect on the next request of an open portal"
                    + " session and of a cached API credential")
    void adminChangesCountAtOnce() {
        String username = "it.rev" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        browser.login("admin", "admin");
        createUser(username, "Secret12345");

        Api api = Api.as(base, username, "Secret12345");
        for (int call = 0; call < 3; call++) {
            assertThat(api.get(RETENTIONS).status())
                    .as("API call " + call + " as finance")
                    .isEqualTo(200);
        }
        try (Browser user = new Browser(base.toString())) {
            user.login(username, "Secret12345");
            user.open("/knowledge/search.xhtml");
            assertThat(user.driver.getCurrentUrl()).doesNotContain("login.xhtml");

            // 1. Finance is taken away.
            editUser(username);
            toggleRole("财务部");
            browser.click(By.id("form:save-user"));
            new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("form:userDialog")));
            assertThat(api.get(RETENTIONS).status())
                    .as("the cached credential, role removed")
                    .isEqualTo(403);
            user.open("/knowledge/search.xhtml");
            user.waitForUrl("login.xhtml");
            user.waitForText(By.id("login:ended"), "当前会话已结束");
            user.screenshot("revocation-session-ended-zh");

            // 2. A new password: the old one stops at once, for the API and for a new portal login.
            user.login(username, "Secret12345");
            browser.click(By.id("form:users:0:reset"));
            browser.waitFor(By.id("form:password"));
            browser.type(By.id("form:password"), "Changed12345");
            browser.click(By.id("form:reset-password"));
            browser.click(By.cssSelector("[id$='confirm-yes']"));
            new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("form:userDialog")));
            assertThat(api.get("my-work").status())
                    .as("old password after the reset")
                    .isEqualTo(401);
            Api renewed = Api.as(base, username, "Changed12345");
            assertThat(renewed.get("my-work").status()).as("the new password").isEqualTo(200);
            assertThat(renewed.get(RETENTIONS).status())
                    .as("still without finance")
                    .isEqualTo(403);
            user.open("/knowledge/search.xhtml");
            user.waitForUrl("login.xhtml");

            // 3. Disabled: the new password stops too, the portal session ends.
            user.login(username, "Changed12345");
            editUser(username);
            org.openqa.selenium.WebElement save = browser.driver.findElement(By.id("form:save-user"));
            browser.driver
                    .findElement(By.cssSelector("[id='form:enabled'] .ui-chkbox-box"))
                    .click();
            // The tick re-renders the buttons (the save now asks for confirmation): wait for the new one.
            new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(save));
            browser.click(By.id("form:save-user"));
            browser.click(By.cssSelector("[id$='confirm-yes']"));
            new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("form:userDialog")));
            assertThat(renewed.get("my-work").status()).as("a disabled account").isEqualTo(401);
            user.open("/knowledge/search.xhtml");
            user.waitForUrl("login.xhtml");
        }
    }

    /** The administrator's "new user" dialog: a designer who also works for Finance. */
    private void createUser(String username, String password) {
        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(20));
        browser.open("/admin/users.xhtml");
        browser.click(By.id("form:new-user"));
        browser.waitFor(By.id("form:email"));
        browser.type(By.id("form:username"), username);
        browser.type(By.id("form:displayName"), "撤销测试");
        browser.type(By.id("form:password"), password);
        toggleRole("设计部");
        toggleRole("财务部");
        browser.click(By.id("form:save-user"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("form:userDialog")));
    }

    /** Opens the edit dialog of {@code username}, found by the list's search. */
    private void editUser(String username) {
        browser.retype(By.id("form:search"), username);
        browser.waitForText(By.id("form:users"), username);
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d ->
                        d.findElements(By.cssSelector("#form\\:users tbody tr")).size() == 1);
        browser.click(By.id("form:users:0:edit"));
        browser.waitFor(By.id("form:displayName"));
    }

    /** Ticks or unticks a role in the dialog's role menu, then closes the menu's panel. */
    private void toggleRole(String label) {
        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(20));
        browser.click(By.id("form:roles"));
        browser.click(By.xpath("//*[@id='form:roles_panel']//li[.//label[text()='" + label + "']]"));
        browser.driver.findElement(By.id("form:userDialog_title")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("form:roles_panel")));
    }
}
