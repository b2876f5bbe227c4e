package org.aftersales.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.InstantConverter;
import org.aftersales.staff.AppUser;

/**
 * A message in one user's portal inbox: an urgent case or a crisis for leadership (R-S2, R-S11), a breached clock for
 * the people responsible and its escalation (R-S5). The text is rendered when the notification is made, in both
 * languages, so the inbox shows it in whichever language its reader chose — also after the case moved on. Read once:
 * {@code readAt} is set the first time, and stays.
 */
@Entity
@Table(name = "notification")
public class Notification extends BaseEntity {

    public static final int TEXT_LENGTH = 1000;
    public static final int CASE_NUMBER_LENGTH = ServiceCase.NUMBER_LENGTH;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "recipient_id", nullable = false, updatable = false)
    private AppUser recipient;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private NotificationKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_case_id", updatable = false)
    private ServiceCase serviceCase;

    /**
     * The case's id, read from the same column: a list of notifications links each to its case without loading the
     * case (scale issue — loading them cost two or three statements per row).
     */
    @Column(name = "service_case_id", insertable = false, updatable = false)
    private Long serviceCaseId;

    @Size(max = CASE_NUMBER_LENGTH)
    @Column(name = "case_number", updatable = false, length = CASE_NUMBER_LENGTH)
    private String caseNumber;

    @NotNull
    @Size(max = TEXT_LENGTH)
    @Column(name = "text_zh", nullable = false, updatable = false, length = TEXT_LENGTH)
    private String textZh;

    @NotNull
    @Size(max = TEXT_LENGTH)
    @Column(name = "text_en", nullable = false, updatable = false, length = TEXT_LENGTH)
    private String textEn;

    @NotNull
    @Convert(converter = InstantConverter.class)
    @Column(name = "notified_at", nullable = false, updatable = false)
    private Instant notifiedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {}

    Notification(
            AppUser recipient,
            NotificationKind kind,
            ServiceCase serviceCase,
            String textZh,
            String textEn,
            Instant notifiedAt) {
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.serviceCase = serviceCase;
        this.caseNumber = serviceCase == null ? null : serviceCase.getNumber();
        this.textZh = cut(textZh);
        this.textEn = cut(textEn);
        this.notifiedAt = Objects.requireNonNull(notifiedAt, "notifiedAt");
    }

    private static String cut(String text) {
        return text.length() <= TEXT_LENGTH ? text : text.substring(0, TEXT_LENGTH);
    }

    /** Marks it read; reading it again keeps the first time. */
    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    /** The text in {@code locale}'s language: Chinese unless English is asked for. */
    public String text(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? textEn : textZh;
    }

    public AppUser getRecipient() {
        return recipient;
    }

    public NotificationKind getKind() {
        return kind;
    }

    /** The case's id, {@code null} for a notification about no case; the case itself is not loaded. */
    public Long getServiceCaseId() {
        return serviceCaseId != null ? serviceCaseId : serviceCase == null ? null : serviceCase.getId();
    }

    public ServiceCase getServiceCase() {
        return serviceCase;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getTextZh() {
        return textZh;
    }

    public String getTextEn() {
        return textEn;
    }

    public Instant getNotifiedAt() {
        return notifiedAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
