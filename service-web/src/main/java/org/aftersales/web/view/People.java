package org.aftersales.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.aftersales.staff.PersonNames;

/**
 * A person as the pages show them (issue 18 item 4): {@code #{people.name(v.createdBy)}} gives "李工（售后服务人员）"
 * where the record keeps the login "engineer". The names are read once per request, in one statement for the whole
 * page however many rows it shows ({@link PersonNames#everyone()}); a login without an account is shown as it is.
 */
@Named("people")
@RequestScoped
public class People {

    @Inject
    PersonNames personNames;

    private Map<String, String> names;

    /** The display name of {@code login}; empty for none. */
    public String name(String login) {
        if (login == null || login.isEmpty()) {
            return "";
        }
        if (names == null) {
            names = personNames.everyone();
        }
        return PersonNames.shown(names, login);
    }
}
