package org.aftersales.audit;

import jakarta.enterprise.inject.spi.CDI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.Vector;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.CurrentUser;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.WriteObjectQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectToFieldChangeRecord;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;
import org.eclipse.persistence.sessions.changesets.ObjectReferenceChangeRecord;

/**
 * Writes the audit trail for every create, update and delete of business data, inside the same transaction and on
 * the same connection as the change itself, so a change and its audit lines commit or roll back together.
 *
 * <p>Registered on every entity descriptor by {@link org.aftersales.persistence.AftersalesSessionSetup}; an
 * update writes one line per changed field with old and new value, a create or delete one line for the record.
 */
public class AuditListener extends DescriptorEventAdapter {

    static final int VALUE_LENGTH = 1000;

    /** Bookkeeping fields whose changes are noise in a trail, and secrets that must never be copied into it. */
    private static final Set<String> SKIPPED = Set.of(
            "version",
            "modifiedAt",
            "modifiedBy",
            "createdAt",
            "createdBy",
            "failedLogins",
            "lockedUntil",
            "securityStamp");

    private static final Set<String> MASKED = Set.of("passwordHash");

    private static final String INSERT = "INSERT INTO audit_entry"
            + " (entity_type, entity_id, action, field, old_value, new_value, changed_by, changed_at)"
            + " VALUES (#TYPE, #ID, #ACTION, #FIELD, #OLD, #NEW, #BY, #AT)";

    @Override
    public void postInsert(DescriptorEvent event) {
        write(event.getSession(), event.getObject(), AuditAction.CREATE, null, null, null);
    }

    @Override
    public void postDelete(DescriptorEvent event) {
        write(event.getSession(), event.getObject(), AuditAction.DELETE, null, null, null);
    }

    @Override
    public void postUpdate(DescriptorEvent event) {
        if (!(event.getQuery() instanceof WriteObjectQuery query)) {
            return;
        }
        ObjectChangeSet changes = query.getObjectChangeSet();
        if (changes == null) {
            return;
        }
        for (ChangeRecord change : changes.getChanges()) {
            String field = change.getAttribute();
            if (SKIPPED.contains(field)) {
                continue;
            }
            String oldValue = null;
            String newValue = null;
            if (change instanceof DirectToFieldChangeRecord direct) {
                oldValue = text(direct.getOldValue());
                newValue = text(direct.getNewValue());
            } else if (change instanceof ObjectReferenceChangeRecord reference) {
                oldValue = text(reference.getOldValue());
                newValue = text(event.getDescriptor()
                        .getMappingForAttributeName(field)
                        .getAttributeValueFromObject(event.getObject()));
            }
            if (MASKED.contains(field)) {
                oldValue = "***";
                newValue = "***";
            }
            write(event.getSession(), event.getObject(), AuditAction.UPDATE, field, oldValue, newValue);
        }
    }

    private void write(
            Session session, Object entity, AuditAction action, String field, String oldValue, String newValue) {
        if (!(entity instanceof BaseEntity base)) {
            return;
        }
        DataModifyQuery insert = new DataModifyQuery(INSERT);
        for (String argument : List.of("TYPE", "ID", "ACTION", "FIELD", "OLD", "NEW", "BY", "AT")) {
            insert.addArgument(argument);
        }
        Vector<Object> values = new Vector<>();
        values.add(entity.getClass().getSimpleName());
        values.add(base.getId());
        values.add(action.name());
        values.add(field);
        values.add(oldValue);
        values.add(newValue);
        values.add(CurrentUser.name());
        values.add(Timestamp.from(now()));
        session.executeQuery(insert, values);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value instanceof BaseEntity entity ? "#" + entity.getId() : value.toString();
        return text.length() > VALUE_LENGTH ? text.substring(0, VALUE_LENGTH) : text;
    }

    private static Instant now() {
        try {
            return CDI.current().select(Clock.class).get().instant();
        } catch (RuntimeException outsideContainer) {
            return Instant.now();
        }
    }
}
