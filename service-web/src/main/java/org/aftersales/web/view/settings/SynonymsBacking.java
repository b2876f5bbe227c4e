package org.aftersales.web.view.settings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.audit.AuditEntry;
import org.aftersales.knowledge.Synonym;
import org.aftersales.knowledge.SynonymService;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.web.view.Pages;

/**
 * settings/synonyms.xhtml: the knowledge search's vocabulary (R-K3, issue 18 item 8) — Chinese and English names of
 * equipment and faults, so that "blower vibration" finds 罗茨鼓风机异常振动. The administrator adds, corrects and removes
 * lines; the latest changes are listed from the audit trail. The search uses a change from its next query on.
 */
@Named
@ViewScoped
public class SynonymsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int HISTORY = 30;

    @Inject
    transient SynonymService synonyms;

    @Inject
    transient Caller caller;

    private List<Synonym> lines = List.of();
    private List<AuditEntry> history = List.of();
    /** Each line's "中文 = English" by id, so a change in the history says which line it was. */
    private Map<Long, String> lineTexts = Map.of();

    private String filter;
    private Long editingId;
    private long editingVersion;
    private String termZh;
    private String termEn;

    /** Called by f:viewAction. */
    public void load() {
        if (!caller.may(Permission.KNOWLEDGE_SYNONYM_EDIT)) {
            Pages.sendError(403);
            return;
        }
        reload();
    }

    private void reload() {
        lines = synonyms.list(filter);
        history = synonyms.history(HISTORY);
        Map<Long, String> texts = new HashMap<>();
        synonyms.list(null).forEach(line -> texts.put(line.getId(), line.getTermZh() + " = " + line.getTermEn()));
        lineTexts = texts;
    }

    public void search() {
        reload();
    }

    /** Saves the line being written: a new one, or the one picked for correction. */
    public void save() {
        Synonym saved = editingId == null
                ? synonyms.add(termZh, termEn)
                : synonyms.change(editingId, editingVersion, termZh, termEn);
        Pages.info("synonyms.saved", saved.getTermZh(), saved.getTermEn());
        cancel();
        reload();
    }

    public void edit(Synonym line) {
        editingId = line.getId();
        editingVersion = line.getVersion();
        termZh = line.getTermZh();
        termEn = line.getTermEn();
    }

    public void cancel() {
        editingId = null;
        termZh = null;
        termEn = null;
    }

    public void remove(Synonym line) {
        synonyms.remove(line.getId());
        Pages.info("synonyms.removed", line.getTermZh(), line.getTermEn());
        if (line.getId().equals(editingId)) {
            cancel();
        }
        reload();
    }

    /** The line a change in the history is about; a removed line is gone, so only its number is left. */
    public String lineOf(AuditEntry entry) {
        return lineTexts.getOrDefault(entry.getEntityId(), "#" + entry.getEntityId());
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public List<Synonym> getLines() {
        return lines;
    }

    public List<AuditEntry> getHistory() {
        return history;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getTermZh() {
        return termZh;
    }

    public void setTermZh(String termZh) {
        this.termZh = termZh;
    }

    public String getTermEn() {
        return termEn;
    }

    public void setTermEn(String termEn) {
        this.termEn = termEn;
    }
}
