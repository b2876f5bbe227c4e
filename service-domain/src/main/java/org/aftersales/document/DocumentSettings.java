package org.aftersales.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The upload limit, from MicroProfile Config ({@code aftersales.documents.max-size-mb}, default 50 MB). */
@ApplicationScoped
public class DocumentSettings {

    public static final long DEFAULT_MAX_SIZE_MB = 50;

    @Inject
    @ConfigProperty(name = "aftersales.documents.max-size-mb", defaultValue = "50")
    long maxSizeMb = DEFAULT_MAX_SIZE_MB;

    public long maxSizeMb() {
        return maxSizeMb;
    }

    public long maxBytes() {
        return maxSizeMb * 1024 * 1024;
    }
}
