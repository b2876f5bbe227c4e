package org.aftersales.web.view.knowledge;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aftersales.knowledge.ArticleKind;
import org.aftersales.knowledge.KnowledgeHit;
import org.aftersales.knowledge.KnowledgeQuery;
import org.aftersales.knowledge.KnowledgeResult;
import org.aftersales.knowledge.KnowledgeSearch;
import org.aftersales.knowledge.KnowledgeService;
import org.aftersales.knowledge.SearchableType;
import org.aftersales.manual.ManualKind;
import org.aftersales.project.Discipline;
import org.aftersales.project.Project;
import org.aftersales.project.ProjectFilter;
import org.aftersales.project.ProjectService;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.web.view.Choice;
import org.aftersales.web.view.ChoiceConverter;
import org.aftersales.web.view.Pages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * knowledge/search.xhtml: full-text search of repair cases, design defects and manuals in Chinese and English (R-K3),
 * ranked, with highlighted snippets and filters; {@code ?q=…} makes a search a link. The specialist can rebuild the
 * index from the database.
 */
@Named
@ViewScoped
public class KnowledgeSearchBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;

    @Inject
    transient KnowledgeSearch search;

    @Inject
    transient KnowledgeService articles;

    @Inject
    transient ProjectService projects;

    @Inject
    transient Caller caller;

    private String q;
    private SearchableType type;
    private String kind;
    private Discipline discipline;
    private String equipment;
    private Choice project;
    private List<String> equipmentTypes = List.of();
    private final ChoiceConverter projectChoices = new ChoiceConverter();
    private boolean exact = true;

    private final LazyDataModel<KnowledgeHit> hits = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) result(0, 1).total();
        }

        @Override
        public List<KnowledgeHit> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            KnowledgeResult result = result(first, pageSize);
            exact = result.exact();
            setRowCount((int) result.total());
            return result.hits();
        }

        @Override
        public String getRowKey(KnowledgeHit hit) {
            return hit.type() + ":" + hit.id();
        }
    };

    /** Called by f:viewAction. */
    public void load() {
        if (!caller.may(Permission.KNOWLEDGE_VIEW)) {
            Pages.sendError(403);
            return;
        }
        equipmentTypes = articles.equipmentTypes();
    }

    private KnowledgeResult result(int offset, int size) {
        if (q == null || q.isBlank()) {
            return KnowledgeResult.NONE;
        }
        return search.search(
                new KnowledgeQuery(q, type, kind, discipline, equipment, project == null ? null : project.id()),
                offset,
                size);
    }

    public void rebuild() {
        int size = search.rebuild();
        Pages.info("knowledge.search.rebuilt", size);
    }

    public List<Choice> completeProject(String query) {
        return projectChoices.offer(
                projects.list(new ProjectFilter(query, null, null), PageRequest.first(SUGGESTIONS)).items().stream()
                        .map(KnowledgeSearchBacking::choiceOf)
                        .toList());
    }

    private static Choice choiceOf(Project p) {
        return new Choice(p.getId(), p.getCode() + " " + p.getName());
    }

    /** The kinds to filter by: the article kinds and the manual kinds, as (constant, label key) pairs. */
    public List<String[]> getKinds() {
        List<String[]> kinds = new ArrayList<>();
        for (ArticleKind k : ArticleKind.values()) {
            kinds.add(new String[] {k.name(), "ArticleKind." + k.name()});
        }
        for (ManualKind k : ManualKind.values()) {
            kinds.add(new String[] {k.name(), "ManualKind." + k.name()});
        }
        return kinds;
    }

    /** The label key of a hit's kind. */
    public String kindKey(KnowledgeHit hit) {
        return (hit.type() == SearchableType.ARTICLE ? "ArticleKind." : "ManualKind.") + hit.kind();
    }

    /** Where a hit opens: the article to read (issue 18 item 10), or the manual. */
    public String outcome(KnowledgeHit hit) {
        return hit.type() == SearchableType.ARTICLE ? "/knowledge/view" : "/manuals/manual";
    }

    public boolean isSearched() {
        return q != null && !q.isBlank();
    }

    public boolean isExact() {
        return exact;
    }

    public boolean isRebuildAllowed() {
        return caller.may(Permission.KNOWLEDGE_REINDEX);
    }

    public boolean isWriter() {
        return caller.may(Permission.KNOWLEDGE_WRITE);
    }

    public LazyDataModel<KnowledgeHit> getHits() {
        return hits;
    }

    public SearchableType[] getTypes() {
        return SearchableType.values();
    }

    public Discipline[] getDisciplines() {
        return Discipline.values();
    }

    public List<String> getEquipmentTypes() {
        return equipmentTypes;
    }

    public ChoiceConverter getProjectChoices() {
        return projectChoices;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public SearchableType getType() {
        return type;
    }

    public void setType(SearchableType type) {
        this.type = type;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Discipline getDiscipline() {
        return discipline;
    }

    public void setDiscipline(Discipline discipline) {
        this.discipline = discipline;
    }

    public String getEquipment() {
        return equipment;
    }

    public void setEquipment(String equipment) {
        this.equipment = equipment;
    }

    public Choice getProject() {
        return project;
    }

    public void setProject(Choice project) {
        this.project = project;
    }
}
