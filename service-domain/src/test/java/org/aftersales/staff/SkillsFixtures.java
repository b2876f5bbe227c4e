package org.aftersales.staff;

import java.time.Clock;
import org.aftersales.testing.TestDatabase;

/** A {@link SkillsMatrixService} wired by hand. */
public final class SkillsFixtures {

    private SkillsFixtures() {}

    public static SkillsMatrixService skills(TestDatabase database, Caller caller, Clock clock) {
        SkillsMatrixService service = new SkillsMatrixService();
        service.em = database.em();
        service.caller = caller;
        service.clock = clock;
        return service;
    }
}
