package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 18 item 7: the screens at 1024×768 — the size of many office screens and projectors — in both languages: no
 * table hides a column behind its scrollbar, no button breaks its label, the active project tab is in sight; the menu
 * can be hidden (and stays hidden), and on a phone it waits until it is asked for.
 */
class ScreenLayoutBrowserIT extends InBrowser {

    /** What does not fit, as text: tables wider than their place, buttons whose label breaks, a page scrolling sideways. */
    private static final String MISFITS = "var out = [];"
            + "document.querySelectorAll('.ui-datatable-tablewrapper').forEach(function (e) {"
            + "  if (e.offsetParent && e.scrollWidth > e.clientWidth + 2)"
            + "    out.push('table ' + (e.closest('[id]') || {}).id + ' ' + e.scrollWidth + '/' + e.clientWidth"
            + "      + ' columns ' + Array.from(e.querySelectorAll('thead th')).map(function (th) {"
            + "        return th.textContent.trim() + '=' + th.offsetWidth; }).join(', ')"
            + "      + ' widest ' + Array.from(e.querySelectorAll('tbody td *')).filter(function (x) {"
            + "        return x.offsetWidth > 150; }).slice(0, 6).map(function (x) {"
            + "        return x.tagName + '.' + x.className + ':' + x.offsetWidth + ':' + getComputedStyle(x).whiteSpace"
            + "          + ':' + x.textContent.trim().substring(0, 50); }).join(' | ')); });"
            + "if (document.documentElement.scrollWidth > document.documentElement.clientWidth + 2)"
            + "  out.push('page ' + document.documentElement.scrollWidth);"
            + "document.querySelectorAll('.ui-button .ui-button-text').forEach(function (t) {"
            + "  if (t.offsetParent && t.getClientRects().length > 1) out.push('button ' + t.textContent); });"
            + "return out;";

    @SuppressWarnings("unchecked")
    private List<String> misfits() {
        return (List<String>) ((JavascriptExecutor) browser.driver).executeScript(MISFITS);
    }

    private boolean sidebarShown() {
        return browser.driver.findElement(By.id("sidebar")).isDisplayed();
    }

    @Test
    @DisplayName("Issue 18 item 7: at 1024×768 with the menu shown, the lists, a case with its clocks and the project"
            + " registers show every column, buttons keep their label on one line, the active project tab is in sight"
            + " — in Chinese and in English")
    void everythingInSightAt1024() {
        long project = projectId("WTP-2023-001");
        long caseId = erp().get("cases?size=1")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        List<String> pages = List.of(
                "/index.xhtml",
                "/cases/list.xhtml",
                "/cases/view.xhtml?id=" + caseId,
                "/projects/list.xhtml",
                "/projects/subcontractors.xhtml?project=" + project,
                "/followups/planner.xhtml",
                "/contracts/list.xhtml",
                "/retention/subcontractors.xhtml",
                "/retention/projects.xhtml");
        browser.login("specialist", "specialist");
        try {
            for (String language : List.of("zh", "en")) {
                if (language.equals("en")) {
                    browser.driver.findElement(By.id("topbar:lang-en")).click();
                    browser.waitFor(By.id("topbar:lang-zh"));
                }
                for (String page : pages) {
                    browser.open(page);
                    browser.waitFor(By.className("page-title"));
                    assertThat(sidebarShown()).isTrue();
                    assertThat(misfits()).as(language + " " + page).isEmpty();
                }
                browser.open("/projects/subcontractors.xhtml?project=" + project);
                Number overflow = (Number) ((JavascriptExecutor) browser.driver)
                        .executeScript("var bar = document.getElementById('project-tabs').getBoundingClientRect();"
                                + "var tab = document.querySelector('#project-tabs .ui-state-active')"
                                + ".getBoundingClientRect();"
                                + "return Math.max(0, tab.right - bar.right, bar.left - tab.left);");
                assertThat(overflow.doubleValue())
                        .as(language + ": the active tab lies within the tab bar")
                        .isZero();
                browser.screenshot("layout-1024-subcontractors-" + language);
            }
        } finally {
            browser.open("/index.xhtml");
            if (!browser.driver.findElements(By.id("topbar:lang-zh")).isEmpty()) {
                browser.driver.findElement(By.id("topbar:lang-zh")).click();
                browser.waitFor(By.id("topbar:lang-en"));
            }
        }
    }

    @Test
    @DisplayName("Issue 18 item 7: the menu can be hidden and stays hidden on the next page, the page taking the whole"
            + " width (the equipment register then shows every column); on a phone (375 px) the menu waits until asked")
    void menuCanBeHidden() {
        long project = projectId("WTP-2023-001");
        browser.login("specialist", "specialist");
        assertThat(sidebarShown()).isTrue();
        browser.click(By.id("sidebar-toggle"));
        assertThat(sidebarShown()).isFalse();
        browser.open("/projects/equipment.xhtml?project=" + project);
        browser.waitFor(By.className("page-title"));
        assertThat(sidebarShown()).as("the choice is kept on the next page").isFalse();
        assertThat(misfits()).isEmpty();
        browser.screenshot("layout-1024-menu-hidden");
        browser.click(By.id("sidebar-toggle"));
        assertThat(sidebarShown()).isTrue();

        browser.driver.manage().window().setSize(new Dimension(375, 812));
        browser.open("/index.xhtml");
        browser.waitFor(By.className("page-title"));
        assertThat(sidebarShown()).as("on a phone the menu is hidden at first").isFalse();
        assertThat(browser.driver.findElement(By.className("topbar")).getSize().getHeight())
                .as("the top bar stays one line on a phone")
                .isEqualTo(48);
        browser.click(By.id("sidebar-toggle"));
        assertThat(sidebarShown()).isTrue();
        browser.screenshot("layout-375-menu-open");
        new org.openqa.selenium.interactions.Actions(browser.driver)
                .moveToLocation(340, 500)
                .click()
                .perform();
        assertThat(sidebarShown()).as("a tap on the page closes it").isFalse();
        browser.driver.manage().window().setSize(new Dimension(1024, 768));
    }
}
