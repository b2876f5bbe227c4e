package org.aftersales.shared;

/**
 * One record of a batch was refused (issue 17, {@code POST /api/sync/{kind}}), so the whole batch is: the refusal of
 * record {@link #getIndex()} (counted from 0, as the records of the JSON array), with what refused it — a business
 * rule ({@link BusinessException}, its refusals naming the record's fields) or a stored value's constraint
 * ({@link jakarta.validation.ConstraintViolationException}).
 */
public class RecordRefusedException extends BusinessException {

    private final int index;

    public RecordRefusedException(int index, RuntimeException refusal) {
        super(null, "sync.error.recordRefused", index);
        this.index = index;
        initCause(refusal);
    }

    /** The record's place in the batch, from 0. */
    public int getIndex() {
        return index;
    }

    /** What refused the record. */
    public RuntimeException getRefusal() {
        return (RuntimeException) getCause();
    }
}
