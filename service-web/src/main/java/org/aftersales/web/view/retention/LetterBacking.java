package org.aftersales.web.view.retention;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.aftersales.retention.LetterContent;
import org.aftersales.retention.LetterKind;
import org.aftersales.retention.Letterhead;
import org.aftersales.retention.RetentionLetter;
import org.aftersales.retention.RetentionService;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.NotFoundException;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;
import org.aftersales.web.view.Pages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * retention/letter.xhtml: the letters of the statutory return procedure (R-C8) as A4 pages in Chinese on the company's
 * letterhead (from configuration). With {@code id} and {@code kind}: the letter as the register stands today, a draft
 * that those who edit the register issue — which stores it with the register, content frozen — and then see as
 * {@code ?letter=…}: the stored letter exactly as it was sent, whatever the register says since.
 */
@Named
@RequestScoped
public class LetterBacking {

    @Inject
    RetentionService retentions;

    @Inject
    Caller caller;

    @Inject
    @ConfigProperty(name = "aftersales.company.name", defaultValue = "某某环保工程有限公司")
    String companyName;

    @Inject
    @ConfigProperty(name = "aftersales.company.address")
    java.util.Optional<String> companyAddress;

    @Inject
    @ConfigProperty(name = "aftersales.company.phone")
    java.util.Optional<String> companyPhone;

    private Long id;
    private Long letter;
    private LetterKind kind = LetterKind.APPLICATION;
    private LetterContent content;
    private RetentionLetter stored;
    private String refusal;

    /** Called by f:viewAction. */
    public void load() {
        if (!caller.may(Permission.RETENTION_VIEW)) {
            Pages.sendError(403);
            return;
        }
        if (id == null && letter == null) {
            Pages.sendError(404);
            return;
        }
        if (letter != null) {
            stored = retentions.findLetter(letter);
            content = stored.content();
            id = stored.getRetention().getId();
            return;
        }
        try {
            content = retentions.draftLetter(id, kind, letterhead());
        } catch (NotFoundException | AccessDeniedException notShown) {
            throw notShown; // the 404 or 403 page (RecordPages), not a refusal on the letter
        } catch (BusinessException notCalledFor) {
            refusal = Pages.text(notCalledFor.getMessageKey(), notCalledFor.getArguments());
        }
    }

    /** Issues the draft: stores it with the register and shows the stored letter. */
    public void issue() {
        RetentionLetter issued = retentions.issueLetter(id, kind, letterhead());
        Pages.infoAfterRedirect("returnProcedure.letter.issuedMessage", issued.getTitle());
        Pages.redirect("/retention/letter.xhtml?letter=" + issued.getId());
    }

    private Letterhead letterhead() {
        return new Letterhead(companyName, companyAddress.orElse(""), companyPhone.orElse(""));
    }

    /**
     * Whether this is a draft the caller may issue: not a stored letter, not refused. Independent of the composed
     * content, which is not recomposed on the issuing postback (the view action runs on the first request only).
     */
    public boolean isIssuable() {
        return letter == null && refusal == null && caller.may(Permission.PROJECT_RETENTION_EDIT);
    }

    public LetterContent getContent() {
        return content;
    }

    public RetentionLetter getStored() {
        return stored;
    }

    public String getRefusal() {
        return refusal;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getLetter() {
        return letter;
    }

    public void setLetter(Long letter) {
        this.letter = letter;
    }

    public LetterKind getKind() {
        return kind;
    }

    public void setKind(LetterKind kind) {
        this.kind = kind;
    }
}
