package org.aftersales.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings read once through MicroProfile Config; each has a safe default (STYLE.md 19). */
@ApplicationScoped
public class AftersalesConfig {

    @Inject
    @ConfigProperty(name = "aftersales.zone", defaultValue = "Asia/Shanghai")
    String zone;

    @Inject
    @ConfigProperty(name = "aftersales.demo", defaultValue = "false")
    boolean demo;

    /** The zone in which a day is judged ("is this call within the warranty?"). */
    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    public boolean demo() {
        return demo;
    }
}
