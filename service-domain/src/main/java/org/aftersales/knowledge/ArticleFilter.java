package org.aftersales.knowledge;

import org.aftersales.project.Discipline;

/** Which articles the article register lists; {@code null} means "any". */
public record ArticleFilter(String text, ArticleKind kind, ArticleState state, Discipline discipline) {

    public static final ArticleFilter ALL = new ArticleFilter(null, null, null, null);
}
