package org.aftersales.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.aftersales.servicecase.ServiceCase;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.NotFoundException;
import org.aftersales.shared.Page;
import org.aftersales.shared.PageRequest;
import org.aftersales.staff.AppUser;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Role;

/**
 * Tells people what needs them (R-S2, R-S5, R-S11): a notification in each one's portal inbox, and an e-mail to those
 * with an address, sent after the commit ({@link Mailer}). Notifying is part of the act that causes it — registering
 * an urgent case, flagging a crisis, the breach sweep — and runs in that act's transaction, so a refused act notifies
 * nobody. Each user reads and marks only their own notifications.
 */
@ApplicationScoped
public class NotificationService {

    /** Leadership (R-S2, R-S11): the division leader and the general manager. */
    public static final Set<Role> LEADERSHIP = Set.of(Role.DIVISION_LEADER, Role.GENERAL_MANAGER);

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Event<OutgoingMail> mail;

    /** The enabled users holding one of {@code roles}, by user name. */
    public List<AppUser> usersInRoles(Set<Role> roles) {
        return em.createQuery(
                        "select distinct u from AppUser u join u.roles r where r in :roles and u.enabled = true"
                                + " order by u.username",
                        AppUser.class)
                .setParameter("roles", roles)
                .getResultList();
    }

    /** Notifies every enabled user of {@code roles}; see {@link #notifyUsers}. */
    public List<Notification> notifyRoles(
            Set<Role> roles, NotificationKind kind, ServiceCase serviceCase, Object... arguments) {
        return notifyUsers(usersInRoles(roles), kind, serviceCase, arguments);
    }

    /**
     * Notifies each of {@code users} once (a user named twice gets one), in the caller's transaction; mails those with
     * an address after it commits.
     *
     * @param arguments the text's arguments after the case number and project code ({@code {2}}, {@code {3}} …)
     */
    public List<Notification> notifyUsers(
            Collection<AppUser> users, NotificationKind kind, ServiceCase serviceCase, Object... arguments) {
        Map<String, AppUser> recipients = new LinkedHashMap<>();
        users.forEach(user -> recipients.putIfAbsent(user.getUsername(), user));
        Object[] all = new Object[arguments.length + 2];
        all[0] = serviceCase == null ? "" : serviceCase.getNumber();
        all[1] = serviceCase == null ? "" : serviceCase.getProject().getCode();
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        String zh = NotificationTexts.text(kind, NotificationTexts.CHINESE, all);
        String en = NotificationTexts.text(kind, NotificationTexts.ENGLISH, all);
        Instant now = clock.instant();
        List<Notification> made = new ArrayList<>();
        for (AppUser user : recipients.values()) {
            Notification notification = new Notification(user, kind, serviceCase, zh, en, now);
            em.persist(notification);
            made.add(notification);
            if (user.getEmail() != null) {
                Locale locale = NotificationTexts.localeOf(user.getLocale());
                mail.fire(new OutgoingMail(
                        user.getEmail(), NotificationTexts.subject(kind, locale, all), notification.text(locale)));
            }
        }
        return made;
    }

    /** The caller's notifications, newest first; only the unread ones when {@code unreadOnly}. */
    @Transactional
    public Page<Notification> mine(boolean unreadOnly, PageRequest page) {
        return mine(unreadOnly, page, null);
    }

    /**
     * The caller's notifications, newest first; only the unread ones when {@code unreadOnly}; after the cursor
     * {@code after} (the {@code next} of an earlier page) when it is given. Scale issue: a user may have hundreds of
     * thousands; PostgreSQL reads them from an index by recipient and time (db/vendor/postgresql), a cursor page seeks
     * and counts nothing, an offset page counts up to {@link #COUNT_CAP} beyond itself.
     */
    @Transactional
    public Page<Notification> mine(boolean unreadOnly, PageRequest page, String after) {
        String username = requireUser();
        StringBuilder where =
                new StringBuilder(" where n.recipient.id = (select u.id from AppUser u where u.username = :me)");
        if (unreadOnly) {
            where.append(" and n.readAt is null");
        }
        NotificationCursor cursor = after == null ? null : NotificationCursor.decode(after, unreadOnly);
        if (cursor != null) {
            // The first condition bounds the index scan; the second breaks ties at the same instant by id.
            where.append(" and n.notifiedAt <= :at and (n.notifiedAt < :at or n.id < :id)");
        }
        var query = em.createQuery(
                        "select n from Notification n" + where + " order by n.notifiedAt desc, n.id desc",
                        Notification.class)
                .setParameter("me", username)
                .setMaxResults(page.size());
        if (cursor != null) {
            query.setParameter("at", cursor.notifiedAt()).setParameter("id", cursor.id());
        } else {
            query.setFirstResult(page.offset());
        }
        List<Notification> items = query.getResultList();
        String next =
                items.size() < page.size() ? null : NotificationCursor.encode(items.get(items.size() - 1), unreadOnly);
        if (cursor != null) {
            return new Page<>(items, 0, false, next);
        }
        int cap = COUNT_CAP + page.offset();
        Number counted = (Number) em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 AS one FROM notification n"
                        + " WHERE n.recipient_id = (SELECT u.id FROM app_user u WHERE u.username = ?1)"
                        + (unreadOnly ? " AND n.read_at IS NULL" : "") + " LIMIT ?2) capped")
                .setParameter(1, username)
                .setParameter(2, cap)
                .getSingleResult();
        return new Page<>(items, counted.longValue(), counted.longValue() < cap, next);
    }

    /** The count of a user's notifications stops this many beyond the page (a count of a million costs a read). */
    public static final int COUNT_CAP = Page.COUNT_CAP;

    /** The inbox's sortable columns, by the names the page's table uses. */
    private static final Map<String, String> INBOX_SORT = Map.of("notifiedAt", "n.notifiedAt", "kind", "n.kind");

    /**
     * The caller's portal inbox: the unread notifications first, each group newest first, so that nothing new hides
     * behind what was already read.
     */
    @Transactional
    public Page<Notification> inbox(PageRequest page) {
        return inbox(false, null, page);
    }

    /**
     * The caller's portal inbox, paged in the database: only the unread ones when {@code unreadOnly}, only those of
     * {@code kind} unless it is null. Sorted by the page's column ({@code notifiedAt}, or {@code kind} — grouped by the
     * kind's code, newest first within a kind); without one, unread first and each group newest first, so that nothing
     * new hides behind what was already read.
     */
    @Transactional
    public Page<Notification> inbox(boolean unreadOnly, NotificationKind kind, PageRequest page) {
        String username = requireUser();
        String where = " where n.recipient.username = :me" + (unreadOnly ? " and n.readAt is null" : "")
                + (kind == null ? "" : " and n.kind = :kind");
        String order;
        if (page.sortField() == null || !INBOX_SORT.containsKey(page.sortField())) {
            order = "case when n.readAt is null then 0 else 1 end, n.notifiedAt desc, n.id desc";
        } else if ("kind".equals(page.sortField())) {
            order = page.orderBy(INBOX_SORT, "n.kind") + ", n.notifiedAt desc, n.id desc";
        } else {
            String direction = page.ascending() ? " asc" : " desc";
            order = "n.notifiedAt" + direction + ", n.id" + direction;
        }
        var query = em.createQuery("select n from Notification n" + where + " order by " + order, Notification.class)
                .setParameter("me", username);
        var count = em.createQuery("select count(n) from Notification n" + where, Long.class)
                .setParameter("me", username);
        if (kind != null) {
            query.setParameter("kind", kind);
            count.setParameter("kind", kind);
        }
        List<Notification> items =
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, count.getSingleResult());
    }

    /** How many of the caller's notifications are unread: the badge of the top bar; 0 without a user. */
    @Transactional
    public long unreadCount() {
        String username = caller.username();
        if (username == null) {
            return 0;
        }
        return em.createQuery(
                        "select count(n) from Notification n where n.recipient.username = :me"
                                + " and n.readAt is null",
                        Long.class)
                .setParameter("me", username)
                .getSingleResult();
    }

    /**
     * How many of the caller's notifications are unread, counted up to {@code cap} (the top bar shows "99+"): every
     * portal page shows the badge, and a user with thousands unread should not have them all counted on each view
     * (scale issue 14; the count stops in the index of unread notifications by recipient).
     */
    @Transactional
    public long unreadCount(int cap) {
        String username = caller.username();
        if (username == null) {
            return 0;
        }
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 AS one FROM notification n"
                                + " WHERE n.recipient_id = (SELECT u.id FROM app_user u WHERE u.username = ?1)"
                                + " AND n.read_at IS NULL LIMIT ?2) capped")
                        .setParameter(1, username)
                        .setParameter(2, cap)
                        .getSingleResult())
                .longValue();
    }

    /** Marks every unread notification of the caller read; returns how many were. */
    @Transactional
    public int markAllRead() {
        String username = requireUser();
        List<Notification> unread = em.createQuery(
                        "select n from Notification n where n.recipient.username = :me" + " and n.readAt is null",
                        Notification.class)
                .setParameter("me", username)
                .getResultList();
        Instant now = clock.instant();
        unread.forEach(notification -> notification.markRead(now));
        em.flush();
        return unread.size();
    }

    /** Marks one of the caller's notifications read; another user's answers "not found". */
    @Transactional
    public Notification markRead(long id) {
        String username = requireUser();
        Notification notification = em.find(Notification.class, id);
        if (notification == null || !notification.getRecipient().getUsername().equals(username)) {
            throw new NotFoundException("notification", id);
        }
        notification.markRead(clock.instant());
        em.flush();
        return notification;
    }

    private String requireUser() {
        String username = caller.username();
        if (username == null) {
            throw new AccessDeniedException();
        }
        return username;
    }
}
