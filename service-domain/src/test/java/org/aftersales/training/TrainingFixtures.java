package org.aftersales.training;

import java.time.Clock;
import org.aftersales.staff.Caller;
import org.aftersales.testing.TestDatabase;

/** A {@link TrainingService} wired by hand. */
public final class TrainingFixtures {

    private TrainingFixtures() {}

    public static TrainingService training(TestDatabase database, Caller caller, Clock clock) {
        TrainingService service = new TrainingService();
        service.em = database.em();
        service.caller = caller;
        service.clock = clock;
        return service;
    }
}
