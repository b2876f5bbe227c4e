package org.aftersales.document;

/** Which documents a list shows: all that match each given criterion ({@code null} = any). */
public record DocumentFilter(String text, Long projectId, Long equipmentItemId, DocumentKind kind) {

    public static DocumentFilter all() {
        return new DocumentFilter(null, null, null, null);
    }
}
