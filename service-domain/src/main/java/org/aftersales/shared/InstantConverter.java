package org.aftersales.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores {@link Instant} (the audit stamps of {@link BaseEntity}, lock-outs) in TIMESTAMP columns.
 *
 * <p>{@code Instant} became a basic type only in Jakarta Persistence 3.2; EclipseLink 4.0.x (Jakarta EE 10, the
 * version Payara 6 bundles) serialises it into bytes, which a TIMESTAMP column refuses. Converted through
 * {@link Timestamp} like {@link org.aftersales.audit.AuditListener} writes {@code changed_at}, so all stamps of one
 * database are read the same way.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
