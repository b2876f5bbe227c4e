package org.aftersales.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names people are shown by (issue 18 item 4): records keep who acted as the login ({@code createdBy},
 * {@code actor}, {@code recordedBy} …) — the API still gives it —, but a screen or a workbook shows the person,
 * "王售后（售后服务专责）", not "specialist". Names are looked up in one statement for all the logins of a page or a
 * workbook, never one per row. A login with no account (a system job, an account renamed away) stays as it is.
 */
@ApplicationScoped
public class PersonNames {

    @PersistenceContext
    EntityManager em;

    /** The display name of each of {@code logins} that has an account, in one statement; {@code null}s are skipped. */
    @Transactional
    public Map<String, String> of(Collection<String> logins) {
        Set<String> wanted = logins.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, String> names = new HashMap<>();
        if (wanted.isEmpty()) {
            return names;
        }
        em.createQuery("select u.username, u.displayName from AppUser u where u.username in :logins", Object[].class)
                .setParameter("logins", wanted)
                .getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    /**
     * Every account's display name by login, in one statement: for a page that shows people from several lists at
     * once. The accounts are the company's staff — tens, not thousands — so one small read per request costs less
     * than collecting the logins of every list first.
     */
    @Transactional
    public Map<String, String> everyone() {
        Map<String, String> names = new HashMap<>();
        em.createQuery("select u.username, u.displayName from AppUser u", Object[].class)
                .getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    /** The enabled accounts by name, for a filter that picks a person rather than asking for a login. */
    @Transactional
    public List<Person> people() {
        return em.createQuery(
                        "select new org.aftersales.staff.Person(u.username, u.displayName) from AppUser u"
                                + " where u.enabled = true order by u.displayName",
                        Person.class)
                .getResultList();
    }

    /** The name shown for {@code login} from names looked up before: the display name, or the login without one. */
    public static String shown(Map<String, String> names, String login) {
        return login == null ? null : names.getOrDefault(login, login);
    }
}
