package org.aftersales.shared;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Clock;
import java.time.Instant;

/** Fills the created/modified stamps of {@link BaseEntity} from the injected clock and the current user. */
public class TimestampListener {

    @PrePersist
    void onCreate(BaseEntity entity) {
        entity.stampCreated(now(), CurrentUser.name());
    }

    @PreUpdate
    void onUpdate(BaseEntity entity) {
        if (!entity.changedOwnColumns()) {
            return;
        }
        entity.stampModified(now(), CurrentUser.name());
    }

    private static Instant now() {
        try {
            return CDI.current().select(Clock.class).get().instant();
        } catch (RuntimeException outsideContainer) {
            return Instant.now();
        }
    }
}
