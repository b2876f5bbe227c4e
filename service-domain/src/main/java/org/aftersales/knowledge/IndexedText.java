package org.aftersales.knowledge;

/**
 * What the search index holds of one searchable record — a knowledge article or a manual version — taken when it is
 * saved, so the index can be updated after the commit without reading the database again.
 *
 * @param type       {@link SearchableType}
 * @param id         the record's id
 * @param kind       the article's or manual's kind (an enum constant)
 * @param discipline the discipline ({@code null} when none)
 * @param equipment  the equipment type it is about ({@code null} when none): a filter, compared case-insensitively
 * @param projectId  the project ({@code null} when none)
 * @param title      shown as the hit's title, searched with double weight
 * @param body       the searched text, from which snippets are cut
 * @param label      a short line shown under the title (equipment, project, version)
 */
public record IndexedText(
        SearchableType type,
        long id,
        String kind,
        String discipline,
        String equipment,
        Long projectId,
        String title,
        String body,
        String label) {

    /** The index's key of the record, e.g. {@code ARTICLE:1234}. */
    public String uid() {
        return uid(type, id);
    }

    public static String uid(SearchableType type, long id) {
        return type.name() + ":" + id;
    }
}
