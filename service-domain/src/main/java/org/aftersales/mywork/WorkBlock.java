package org.aftersales.mywork;

import java.util.List;

/** One block of "my work": how many items there are, and the most urgent of them (at most {@link #LISTED}). */
public record WorkBlock(WorkBlockKind kind, int count, List<WorkItem> items) {

    public static final int LISTED = 10;

    static WorkBlock of(WorkBlockKind kind, List<WorkItem> all) {
        return new WorkBlock(kind, all.size(), List.copyOf(all.subList(0, Math.min(LISTED, all.size()))));
    }

    /** A block counted in the database: {@code count} items, of which {@code listed} are the most urgent. */
    static WorkBlock counted(WorkBlockKind kind, int count, List<WorkItem> listed) {
        return new WorkBlock(kind, count, List.copyOf(listed.subList(0, Math.min(LISTED, listed.size()))));
    }

    public boolean isEmpty() {
        return count == 0;
    }
}
