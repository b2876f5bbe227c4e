package org.aftersales.servicecase;

/**
 * Why the work on site stopped (issue 16, "work interrupted (waiting for parts or the owner — a timeline entry, no clock
 * effect)"); each is a line of its own kind on the timeline.
 */
public enum WorkInterruption {
    /** 等待备件. */
    WAITING_FOR_PARTS(CaseEventKind.WORK_WAITING_FOR_PARTS),
    /** 等待业主. */
    WAITING_FOR_OWNER(CaseEventKind.WORK_WAITING_FOR_OWNER);

    private final CaseEventKind line;

    WorkInterruption(CaseEventKind line) {
        this.line = line;
    }

    /** The timeline line it writes. */
    public CaseEventKind line() {
        return line;
    }
}
