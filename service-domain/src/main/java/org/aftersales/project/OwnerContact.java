package org.aftersales.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;

/**
 * One person on a project's owner contact list (业主联系人, R-F1).
 *
 * <p>The regulation has the company contact the owner of every project every two weeks (R-F2), reply within 24 h
 * (R-S3, R-S4) and agree every visit beforehand (R-S7); all of it needs to know whom to call at the owner. A service
 * report must be signed or stamped by a responsible person on the owner's side (主管人, R-S8), so the list also says
 * who has that sign-off authority — the owner's project manager or operations supervisor, or another person with a
 * stated title.
 */
@Entity
@Table(name = "owner_contact")
public class OwnerContact extends BaseEntity {

    public static final int NAME_LENGTH = 100;
    public static final int TITLE_LENGTH = 100;
    public static final int PHONE_LENGTH = 40;
    public static final int EMAIL_LENGTH = 200;
    public static final int NOTE_LENGTH = 500;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    /** Position or title at the owner (职务), e.g. "运行主管". */
    @Size(max = TITLE_LENGTH)
    @Column(length = TITLE_LENGTH)
    private String title;

    @Size(max = PHONE_LENGTH)
    @Column(length = PHONE_LENGTH)
    private String phone;

    @Size(max = EMAIL_LENGTH)
    @Column(length = EMAIL_LENGTH)
    private String email;

    @Size(max = NOTE_LENGTH)
    @Column(length = NOTE_LENGTH)
    private String note;

    /** May sign or stamp service reports for the owner (主管人, R-S8). */
    @Column(name = "sign_off_authority", nullable = false)
    private boolean signOffAuthority;

    protected OwnerContact() {}

    public OwnerContact(Project project, String name) {
        if (project == null) {
            throw new BusinessException("projectId", "ownerContact.error.projectRequired");
        }
        this.project = project;
        describe(name, null);
    }

    /** Records who the person is: name and position at the owner. */
    public void describe(String newName, String newTitle) {
        String stripped = Inputs.stripToNull(newName);
        if (stripped == null) {
            throw new BusinessException("name", "ownerContact.error.nameRequired");
        }
        this.name = stripped;
        this.title = Inputs.stripToNull(newTitle);
    }

    public void changeContactDetails(String newPhone, String newEmail) {
        this.phone = Inputs.stripToNull(newPhone);
        this.email = Inputs.email("email", newEmail, "ownerContact.error.email");
    }

    public void annotate(String newNote) {
        this.note = Inputs.stripToNull(newNote);
    }

    /** Records that the owner authorised this person to sign or stamp service reports (R-S8). */
    public void grantSignOffAuthority() {
        this.signOffAuthority = true;
    }

    public void withdrawSignOffAuthority() {
        this.signOffAuthority = false;
    }

    public Project getProject() {
        return project;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getNote() {
        return note;
    }

    /** May sign or stamp service reports for the owner (R-S8). */
    public boolean isSignOffAuthority() {
        return signOffAuthority;
    }
}
