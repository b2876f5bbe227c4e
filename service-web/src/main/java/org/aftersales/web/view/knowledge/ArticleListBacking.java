package org.aftersales.web.view.knowledge;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.aftersales.knowledge.ArticleFilter;
import org.aftersales.knowledge.ArticleKind;
import org.aftersales.knowledge.ArticleState;
import org.aftersales.knowledge.KnowledgeArticle;
import org.aftersales.knowledge.KnowledgeService;
import org.aftersales.project.Discipline;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.web.view.PagedModel;
import org.aftersales.web.view.Pages;

/** knowledge/articles.xhtml: the register of knowledge articles (R-K3), filtered by kind, state (what awaits acknowledgement), discipline. */
@Named
@ViewScoped
public class ArticleListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient KnowledgeService knowledge;

    @Inject
    transient Caller caller;

    private String text;
    private ArticleKind kind;
    private ArticleState state;
    private Discipline discipline;

    private final PagedModel<KnowledgeArticle> list =
            new PagedModel<>(request -> knowledge.list(new ArticleFilter(text, kind, state, discipline), request));

    /** Called by f:viewAction. */
    public void load() {
        if (!caller.may(Permission.KNOWLEDGE_VIEW)) {
            Pages.sendError(403);
        }
    }

    public boolean isWriter() {
        return caller.may(Permission.KNOWLEDGE_WRITE);
    }

    public PagedModel<KnowledgeArticle> getList() {
        return list;
    }

    public ArticleKind[] getKinds() {
        return ArticleKind.values();
    }

    public ArticleState[] getStates() {
        return ArticleState.values();
    }

    public Discipline[] getDisciplines() {
        return Discipline.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ArticleKind getKind() {
        return kind;
    }

    public void setKind(ArticleKind kind) {
        this.kind = kind;
    }

    public ArticleState getState() {
        return state;
    }

    public void setState(ArticleState state) {
        this.state = state;
    }

    public Discipline getDiscipline() {
        return discipline;
    }

    public void setDiscipline(Discipline discipline) {
        this.discipline = discipline;
    }
}
