package org.aftersales.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** An integration test that uses the pages as a person does: a fresh headless Chromium for every test, closed after it. */
abstract class InBrowser extends AgainstDeployment {

    Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = new Browser(base.toString());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
