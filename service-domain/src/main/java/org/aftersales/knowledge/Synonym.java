package org.aftersales.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;

/**
 * One line of the knowledge search's vocabulary (R-K3): a Chinese term and an English term for the same equipment or
 * fault — 罗茨鼓风机 / roots blower, 振动 / vibration. A query word in one language then finds the articles written in
 * the other. Shipped with the equipment catalogue's names and the common fault words; the administrator adds, corrects
 * and removes lines, each change kept in the audit trail. A term with several names has one line per name (风机 /
 * blower, 风机 / fan).
 */
@Entity
@Table(name = "knowledge_synonym")
public class Synonym extends BaseEntity {

    public static final int TERM_LENGTH = 100;

    @NotBlank
    @Size(max = TERM_LENGTH)
    @Column(name = "term_zh", nullable = false, length = TERM_LENGTH)
    private String termZh;

    @NotBlank
    @Size(max = TERM_LENGTH)
    @Column(name = "term_en", nullable = false, length = TERM_LENGTH)
    private String termEn;

    protected Synonym() {}

    public Synonym(String termZh, String termEn) {
        reword(termZh, termEn);
    }

    /** Corrects the line; both terms are required and fit their column. */
    public void reword(String newTermZh, String newTermEn) {
        this.termZh = term("termZh", newTermZh);
        this.termEn = term("termEn", newTermEn);
    }

    private static String term(String field, String value) {
        String stripped = Inputs.stripToNull(value);
        if (stripped == null) {
            throw new BusinessException(field, "synonym.error.termRequired");
        }
        if (stripped.length() > TERM_LENGTH) {
            throw new BusinessException(field, "synonym.error.tooLong", TERM_LENGTH);
        }
        return stripped;
    }

    public Synonyms.Pair pair() {
        return new Synonyms.Pair(termZh, termEn);
    }

    public String getTermZh() {
        return termZh;
    }

    public String getTermEn() {
        return termEn;
    }
}
