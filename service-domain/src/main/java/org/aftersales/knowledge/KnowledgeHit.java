package org.aftersales.knowledge;

import java.util.List;

/**
 * One hit of a search, best first: what was found, its score, and a snippet of the text around the matched words.
 * The getters are for EL, which (Jakarta EL 5) does not see record components as properties.
 */
public record KnowledgeHit(
        SearchableType type,
        long id,
        String kind,
        String discipline,
        Long projectId,
        String title,
        String label,
        float score,
        List<Fragment> snippet) {

    /** A piece of a snippet; {@code match} pieces are the words the query found. */
    public record Fragment(String text, boolean match) {

        public String getText() {
            return text;
        }

        public boolean isMatch() {
            return match;
        }
    }

    /** The snippet as plain text. */
    public String snippetText() {
        StringBuilder text = new StringBuilder();
        snippet.forEach(fragment -> text.append(fragment.text()));
        return text.toString();
    }

    /** The snippet as HTML: the text escaped, the matched words in {@code <mark>}. */
    public String snippetHtml() {
        StringBuilder html = new StringBuilder();
        for (Fragment fragment : snippet) {
            String escaped = escape(fragment.text());
            html.append(fragment.match() ? "<mark>" + escaped + "</mark>" : escaped);
        }
        return html.toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public SearchableType getType() {
        return type;
    }

    public long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getDiscipline() {
        return discipline;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getTitle() {
        return title;
    }

    public String getLabel() {
        return label;
    }

    public float getScore() {
        return score;
    }

    public List<Fragment> getSnippet() {
        return snippet;
    }
}
