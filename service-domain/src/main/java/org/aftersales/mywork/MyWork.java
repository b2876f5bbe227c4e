package org.aftersales.mywork;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The work that is the caller's at an instant: the blocks their roles may see, crises first (issue 6). */
public record MyWork(Instant asOf, List<WorkBlock> blocks) {

    public Optional<WorkBlock> block(WorkBlockKind kind) {
        return blocks.stream().filter(b -> b.kind() == kind).findFirst();
    }

    /** The number of items of all blocks. */
    public int total() {
        return blocks.stream().mapToInt(WorkBlock::count).sum();
    }
}
