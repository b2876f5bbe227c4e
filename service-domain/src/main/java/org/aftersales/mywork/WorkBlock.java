package org.aftersales.mywork;

import java.util.List;

/** One block of "my work": how many items there are, and the most urgent of them (at most {@link #LISTED}). */
public record WorkBlock(WorkBlockKind kind, int count, List<WorkItem> items) {

    public static final int LISTED = 10;

    static WorkBlock of(WorkBlockKind kind, List<WorkItem> all) {
        return new WorkBlock(kind, all.size(), List.copyOf(all.subList(0, Math.min(LISTED, all.size()))));
    }

    public boolean isEmpty() {
        return count == 0;
    }
}
