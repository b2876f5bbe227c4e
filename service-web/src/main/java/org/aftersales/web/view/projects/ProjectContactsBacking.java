package org.aftersales.web.view.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.aftersales.project.OwnerContact;
import org.aftersales.project.OwnerContactData;
import org.aftersales.project.OwnerContactService;
import org.aftersales.staff.Permission;
import org.aftersales.web.view.PagedModel;
import org.aftersales.web.view.Pages;

/**
 * projects/contacts.xhtml: the project's owner contact list (R-F1) — whom to call at the owner, and who may sign or
 * stamp service reports for them (R-S8). Add and change in a dialog; removing asks for confirmation.
 */
@Named
@ViewScoped
public class ProjectContactsBacking extends ProjectScopedBacking {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OwnerContactService contacts;

    private Draft draft = new Draft();

    private final PagedModel<OwnerContact> list = new PagedModel<>(request -> contacts.list(projectId(), request));

    @Override
    protected Permission viewPermission() {
        return Permission.PROJECT_VIEW;
    }

    public void startNew() {
        draft = new Draft();
    }

    public void startEdit(long contactId) {
        OwnerContact contact = contacts.find(contactId);
        draft = new Draft();
        draft.id = contact.getId();
        draft.version = contact.getVersion();
        draft.name = contact.getName();
        draft.title = contact.getTitle();
        draft.phone = contact.getPhone();
        draft.email = contact.getEmail();
        draft.note = contact.getNote();
        draft.signOffAuthority = contact.isSignOffAuthority();
    }

    public void save() {
        OwnerContactData data = new OwnerContactData(
                draft.name, draft.title, draft.phone, draft.email, draft.note, draft.signOffAuthority);
        OwnerContact saved =
                draft.id == null ? contacts.add(projectId(), data) : contacts.update(draft.id, draft.version, data);
        Pages.info("ownerContact.saved", saved.getName());
        draft = new Draft();
    }

    public void remove(long contactId) {
        String name = contacts.find(contactId).getName();
        contacts.remove(contactId);
        Pages.info("ownerContact.removed", name);
    }

    public boolean isEditable() {
        return caller().may(Permission.PROJECT_EDIT);
    }

    public PagedModel<OwnerContact> getList() {
        return list;
    }

    public Draft getDraft() {
        return draft;
    }

    /** What the dialog edits: the fields of {@link OwnerContactData}. */
    public static class Draft implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long id;
        private long version;
        private String name;
        private String title;
        private String phone;
        private String email;
        private String note;
        private boolean signOffAuthority;

        public boolean isNew() {
            return id == null;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public boolean isSignOffAuthority() {
            return signOffAuthority;
        }

        public void setSignOffAuthority(boolean signOffAuthority) {
            this.signOffAuthority = signOffAuthority;
        }
    }
}
