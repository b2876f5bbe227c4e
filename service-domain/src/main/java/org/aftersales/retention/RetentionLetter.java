package org.aftersales.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.Money;

/**
 * A letter of the statutory return procedure as issued (R-C8: "generated from the register, stored with it"): which
 * retention, which letter, when and by whom, and its whole content frozen at that moment — letterhead, addressee,
 * title, text with its figures and dates. Nothing here is recomputed: a reprint years later shows exactly what was
 * sent, whatever the register says by then. Immutable once issued.
 */
@Entity
@Table(name = "retention_letter")
public class RetentionLetter extends BaseEntity {

    public static final int BODY_LENGTH = 4000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_retention_id", nullable = false, updatable = false)
    private ProjectRetention retention;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private LetterKind kind;

    @Column(name = "issue_date", nullable = false, updatable = false)
    private LocalDate issueDate;

    @Column(name = "issued_by", nullable = false, length = USER_NAME_LENGTH, updatable = false)
    private String issuedBy;

    @Column(name = "company_name", nullable = false, length = 200, updatable = false)
    private String companyName;

    @Column(name = "company_address", length = 300, updatable = false)
    private String companyAddress;

    @Column(name = "company_phone", length = 100, updatable = false)
    private String companyPhone;

    @Column(nullable = false, length = 300, updatable = false)
    private String addressee;

    @Column(nullable = false, length = 100, updatable = false)
    private String title;

    @Column(nullable = false, length = BODY_LENGTH, updatable = false)
    private String body;

    @Column(nullable = false, precision = 19, scale = 2, updatable = false)
    private Money amount;

    @Column(name = "interest_accrued", nullable = false, precision = 19, scale = 2, updatable = false)
    private Money interestAccrued;

    @Column(name = "payment_due_date", updatable = false)
    private LocalDate paymentDueDate;

    protected RetentionLetter() {}

    /** The letter {@code content}, composed from {@code retention}'s register, issued by {@code issuedBy}. */
    public RetentionLetter(ProjectRetention retention, LetterContent content, String issuedBy) {
        this.retention = retention;
        this.kind = content.kind();
        this.issueDate = content.issueDate();
        this.issuedBy = issuedBy;
        this.companyName = cut(content.letterhead().name(), 200);
        this.companyAddress = cut(content.letterhead().address(), 300);
        this.companyPhone = cut(content.letterhead().phone(), 100);
        this.addressee = cut(content.addressee(), 300);
        this.title = content.title();
        this.body = cut(content.body(), BODY_LENGTH);
        this.amount = content.amount();
        this.interestAccrued = content.interestAccrued();
        this.paymentDueDate = content.paymentDueDate();
    }

    /** The letter as it was issued. */
    public LetterContent content() {
        return new LetterContent(
                kind,
                issueDate,
                new Letterhead(companyName, companyAddress, companyPhone),
                addressee,
                title,
                Arrays.asList(body.split("\n")),
                amount,
                interestAccrued,
                paymentDueDate);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public ProjectRetention getRetention() {
        return retention;
    }

    public LetterKind getKind() {
        return kind;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public String getTitle() {
        return title;
    }

    public Money getAmount() {
        return amount;
    }

    public Money getInterestAccrued() {
        return interestAccrued;
    }
}
