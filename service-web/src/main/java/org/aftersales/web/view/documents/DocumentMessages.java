package org.aftersales.web.view.documents;

import org.aftersales.document.StoredDocument;
import org.aftersales.web.view.Pages;

/** What the pages that store documents tell the user about a stored file beyond "stored". */
public final class DocumentMessages {

    private DocumentMessages() {}

    /**
     * A file whose text tripped a parsing limit is stored all the same, but the search finds it by its title only
     * (R-K3): the page says so, and which limit.
     */
    public static void warnIfStoredWithoutText(StoredDocument stored) {
        if (stored.isTextLimitTripped()) {
            Pages.warn(
                    "document.text.limitTripped",
                    stored.getFileName(),
                    Pages.text("TextLimit." + stored.getTextLimit().name()));
        }
    }
}
