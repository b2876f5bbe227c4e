package org.aftersales.manual;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.aftersales.document.StoredDocument;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;
import org.aftersales.shared.InstantConverter;

/**
 * One version of a manual (R-K2: 公司调试、操作、维修手册应实行版本管理，变更后及时审批，并对相关人员进行培训): its number, what
 * changed, and the file. A new version is a DRAFT until the authorised role approves it — never its own author, so
 * that every change is seen by a second person —; approval is recorded (who, when) and puts it in force, superseding
 * the version approved before.
 */
@Entity
@Table(
        name = "manual_version",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_manual_version_label",
                        columnNames = {"manual_id", "label"}))
public class ManualVersion extends BaseEntity {

    public static final int LABEL_LENGTH = 20;
    public static final int CHANGES_LENGTH = 2000;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "manual_id", nullable = false, updatable = false)
    private Manual manual;

    @NotBlank
    @Size(max = LABEL_LENGTH)
    @Column(nullable = false, updatable = false, length = LABEL_LENGTH)
    private String label;

    @NotBlank
    @Size(max = CHANGES_LENGTH)
    @Column(nullable = false, length = CHANGES_LENGTH)
    private String changes;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private StoredDocument document;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ManualVersionState state = ManualVersionState.DRAFT;

    @Convert(converter = InstantConverter.class)
    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approved_by", length = USER_NAME_LENGTH)
    private String approvedBy;

    protected ManualVersion() {}

    public ManualVersion(Manual manual, String label, String changes, StoredDocument document) {
        String strippedLabel = Inputs.stripToNull(label);
        if (strippedLabel == null) {
            throw new BusinessException("label", "manual.error.labelRequired");
        }
        if (strippedLabel.length() > LABEL_LENGTH) {
            throw new BusinessException("label", "manual.error.tooLong", LABEL_LENGTH);
        }
        String strippedChanges = Inputs.stripToNull(changes);
        if (strippedChanges == null) {
            throw new BusinessException("changes", "manual.error.changesRequired");
        }
        if (strippedChanges.length() > CHANGES_LENGTH) {
            throw new BusinessException("changes", "manual.error.tooLong", CHANGES_LENGTH);
        }
        if (document == null) {
            throw new BusinessException("file", "document.error.fileRequired");
        }
        this.manual = manual;
        this.label = strippedLabel;
        this.changes = strippedChanges;
        this.document = document;
    }

    /** Approves the draft and puts it in force; its author may not approve it. */
    public void approve(Instant at, String by) {
        if (state != ManualVersionState.DRAFT) {
            throw new BusinessException(null, "manual.error.notDraft", label);
        }
        if (by != null && by.equals(getCreatedBy())) {
            throw new BusinessException(null, "manual.error.ownVersion", label);
        }
        this.state = ManualVersionState.APPROVED;
        this.approvedAt = at;
        this.approvedBy = by;
    }

    /** A later version was approved: this one is no longer in force. */
    void supersede() {
        if (state == ManualVersionState.APPROVED) {
            this.state = ManualVersionState.SUPERSEDED;
        }
    }

    public Manual getManual() {
        return manual;
    }

    public String getLabel() {
        return label;
    }

    public String getChanges() {
        return changes;
    }

    public StoredDocument getDocument() {
        return document;
    }

    public ManualVersionState getState() {
        return state;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }
}
