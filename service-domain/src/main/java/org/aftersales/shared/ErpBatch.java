package org.aftersales.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.aftersales.staff.Caller;
import org.aftersales.staff.Permission;

/**
 * The ERP's nightly sync (issue 17, {@code POST /api/sync/{kind}}): up to {@value #MAX_RECORDS} records of one kind,
 * each the ERP's upsert by its key — the very use case of {@code PUT /{kind}/by-external-id/{externalId}}, so the rules
 * are in one place — all in one transaction: all are stored, or, when one is refused, none, and the refusal names the
 * record by its index ({@link RecordRefusedException}).
 */
@ApplicationScoped
public class ErpBatch {

    /** The most records one request may carry (issue 17). */
    public static final int MAX_RECORDS = 1000;

    @Inject
    Caller caller;

    /**
     * Runs each record's upsert in order in one transaction; the first refused record rolls all of them back.
     *
     * @param permission the permission the kind's upsert needs, checked once up front (also for an empty batch)
     */
    @Transactional
    public <T> List<T> all(Permission permission, List<Supplier<T>> records) {
        caller.require(permission);
        if (records.size() > MAX_RECORDS) {
            throw new BusinessException("records", "sync.error.tooMany", MAX_RECORDS, records.size());
        }
        List<T> done = new ArrayList<>(records.size());
        for (int index = 0; index < records.size(); index++) {
            try {
                done.add(records.get(index).get());
            } catch (AccessDeniedException notAllowed) {
                throw notAllowed;
            } catch (BusinessException | ConstraintViolationException refused) {
                throw new RecordRefusedException(index, refused);
            }
        }
        return done;
    }
}
