package org.aftersales.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * What one policy number was on a given day (R-O2: "a value is fixed when its rule starts: later policy edits never
 * move deadlines that already exist"), from its change history: the new value of the last change made on or before
 * that day (in the configured zone); for a day before the first change, the value the history starts from — the
 * earliest change's old value; with no change at all, the value in force now.
 */
public record PolicyTimeline(BigDecimal current, List<Step> changes) {

    /** One change: when it was made, and the value before and after it. */
    public record Step(Instant at, BigDecimal oldValue, BigDecimal newValue) {}

    public PolicyTimeline {
        changes = changes.stream().sorted(Comparator.comparing(Step::at)).toList();
    }

    public BigDecimal valueOn(LocalDate day, ZoneId zone) {
        if (changes.isEmpty()) {
            return current;
        }
        BigDecimal value = changes.get(0).oldValue();
        for (Step step : changes) {
            if (LocalDate.ofInstant(step.at(), zone).isAfter(day)) {
                break;
            }
            value = step.newValue();
        }
        return value;
    }

    public int wholeOn(LocalDate day, ZoneId zone) {
        return valueOn(day, zone).intValueExact();
    }
}
