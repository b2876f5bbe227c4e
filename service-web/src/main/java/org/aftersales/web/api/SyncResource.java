package org.aftersales.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.aftersales.contract.ServiceContractService;
import org.aftersales.project.EquipmentService;
import org.aftersales.project.OwnerService;
import org.aftersales.project.ProjectService;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.ErpBatch;
import org.aftersales.shared.ExternalIds;
import org.aftersales.staff.Permission;
import org.aftersales.subcontractor.SubcontractorService;

/**
 * The ERP's nightly sync (issue 17): {@code POST /sync/{projects|owners|subcontractors|equipment|service-contracts}}
 * with {@code {"records": [...]}}, up to 1 000 records, each the body of the kind's {@code PUT
 * /{kind}/by-external-id/{externalId}} with its {@code externalId}. Each record goes through that very upsert, all in
 * one transaction ({@link ErpBatch}): 200 with each record's outcome, or 422 with the refused record's {@code index} in
 * {@code errors[]} and nothing stored. More than 1 000 records: 422 on {@code records}.
 */
@Path("sync")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SyncResource {

    @Inject
    ErpBatch batch;

    @Inject
    ProjectService projects;

    @Inject
    OwnerService owners;

    @Inject
    SubcontractorService subcontractors;

    @Inject
    EquipmentService equipment;

    @Inject
    ServiceContractService contracts;

    @POST
    @Path("projects")
    public SyncDtos.Result projects(SyncDtos.Projects body) {
        return run(
                Permission.PROJECT_EDIT,
                required(body).records,
                record -> record.externalId,
                record -> projects.putByExternalId(record.externalId, record.data()));
    }

    @POST
    @Path("owners")
    public SyncDtos.Result owners(SyncDtos.Owners body) {
        return run(
                Permission.PROJECT_EDIT,
                required(body).records,
                record -> record.externalId,
                record -> owners.putByExternalId(record.externalId, record.data()));
    }

    @POST
    @Path("subcontractors")
    public SyncDtos.Result subcontractors(SyncDtos.Subcontractors body) {
        return run(
                Permission.SUBCONTRACTOR_EDIT,
                required(body).records,
                record -> record.externalId,
                record -> subcontractors.putByExternalId(record.externalId, record.data()));
    }

    @POST
    @Path("equipment")
    public SyncDtos.Result equipment(SyncDtos.Equipment body) {
        return run(
                Permission.PROJECT_EDIT,
                required(body).records,
                record -> record.externalId,
                record -> EquipmentResource.upsert(equipment, record.externalId, record));
    }

    @POST
    @Path("service-contracts")
    public SyncDtos.Result serviceContracts(SyncDtos.ServiceContracts body) {
        return run(
                Permission.CONTRACT_EDIT,
                required(body).records,
                record -> record.externalId,
                record -> ServiceContractResource.upsert(contracts, record.externalId, record));
    }

    /**
     * Each record's upsert, in order, in the batch's one transaction; the body's conversion of a record (a money
     * string, an enumeration) runs inside it too, so its refusal also names the record.
     */
    private <D, T extends BaseEntity> SyncDtos.Result run(
            Permission permission,
            List<D> records,
            Function<D, String> key,
            Function<D, ExternalIds.Upserted<T>> upsert) {
        if (records == null) {
            throw new BusinessException("records", "api.error.required");
        }
        List<Supplier<ExternalIds.Upserted<T>>> work = new ArrayList<>(records.size());
        for (D record : records) {
            work.add(() -> {
                if (record == null) {
                    throw new BusinessException("records", "api.error.required");
                }
                return upsert.apply(record);
            });
        }
        List<ExternalIds.Upserted<T>> done = batch.all(permission, work);
        List<SyncDtos.Item> items = new ArrayList<>(done.size());
        int created = 0;
        for (int index = 0; index < done.size(); index++) {
            ExternalIds.Upserted<T> outcome = done.get(index);
            created += outcome.created() ? 1 : 0;
            items.add(new SyncDtos.Item(
                    index, key.apply(records.get(index)), outcome.record().getId(), outcome.created()));
        }
        return new SyncDtos.Result(created, done.size() - created, items);
    }

    private static <B> B required(B body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return body;
    }
}
