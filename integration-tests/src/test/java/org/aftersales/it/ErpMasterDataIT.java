package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, master data by the ERP's keys, the kinds after projects and subcontractors: owners, equipment items and
 * service contracts by {@code PUT /{kind}/by-external-id/{externalId}}, references by the other side's key
 * ({@code ownerExternalId}, {@code projectExternalId}, {@code subcontractorExternalId}, {@code equipmentExternalIds}),
 * and the nightly batch {@code POST /sync/{kind}}, all or nothing — on Payara Micro and PostgreSQL.
 */
class ErpMasterDataIT extends AgainstDeployment {

    private static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    /**
     * A unified social credit code no other test uses: "91" (an enterprise registered with market regulation), a
     * division code, nine random characters and the check character of GB 32100-2015 (weights 3^i mod 31).
     */
    private static String creditCode() {
        StringBuilder code = new StringBuilder("91440300");
        for (int i = 0; i < 9; i++) {
            code.append(CODE_CHARACTERS.charAt(ThreadLocalRandom.current().nextInt(CODE_CHARACTERS.length())));
        }
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += CODE_CHARACTERS.indexOf(code.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return code.append(CODE_CHARACTERS.charAt((31 - sum % 31) % 31)).toString();
    }

    private static JsonObjectBuilder owner(String name, String creditCode, String address, String phone) {
        JsonObjectBuilder owner = Json.createObjectBuilder()
                .add("name", name)
                .add("creditCode", creditCode)
                .add("address", address);
        return phone == null ? owner : owner.add("phone", phone);
    }

    private static JsonObjectBuilder project(String code, String ownerExternalId) {
        return Json.createObjectBuilder()
                .add("code", code)
                .add("name", "园洲污水处理厂 " + code)
                .add("ownerExternalId", ownerExternalId)
                .add("site", "惠州市博罗县园洲镇")
                .add("settledContractPrice", "1280000.00")
                .add("provisionalHandoverDate", "2026-01-10")
                .add("formalHandoverDate", "2026-03-01")
                .add("warrantyMonths", 24);
    }

    private static JsonObjectBuilder item(String tag, String projectExternalId, String subcontractorExternalId) {
        JsonObjectBuilder item = Json.createObjectBuilder()
                .add("tag", tag)
                .add("name", "鼓风机 " + tag)
                .add("model", "HV-TURBO 150")
                .add("serialNumber", "SN-" + tag)
                .add("manufacturer", "南方泵业")
                .add("discipline", "MECHANICAL")
                .add("workScope", "INSTALLATION")
                .add("warrantyCategory", "EQUIPMENT_INSTALLATION")
                .add("warrantyMonths", 24)
                .add("supplierWarrantyEnd", "2027-03-01")
                .add("projectExternalId", projectExternalId);
        return subcontractorExternalId == null ? item : item.add("subcontractorExternalId", subcontractorExternalId);
    }

    private static JsonObjectBuilder contract(String number, String projectExternalId, String... itemKeys) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (String key : itemKeys) {
            items.add(key);
        }
        return Json.createObjectBuilder()
                .add("kind", "MAINTENANCE_CONTRACT")
                .add("number", number)
                .add("validFrom", "2027-03-02")
                .add("validTo", "2029-03-01")
                .add("arrivalHours", 48)
                .add("projectExternalId", projectExternalId)
                .add("equipmentExternalIds", items);
    }

    private static long auditEntries(String entityType, long id) {
        try (Connection db = TestDatabase.connect();
                PreparedStatement count = db.prepareStatement(
                        "SELECT count(*) FROM audit_entry WHERE entity_type = ? AND entity_id = ?")) {
            count.setString(1, entityType);
            count.setLong(2, id);
            try (ResultSet found = count.executeQuery()) {
                found.next();
                return found.getLong(1);
            }
        } catch (SQLException failed) {
            throw new AssertionError(failed);
        }
    }

    private static long id(Api.Reply reply) {
        return reply.json().getJsonNumber("id").longValue();
    }

    private static long version(Api.Reply reply) {
        return reply.json().getJsonNumber("version").longValue();
    }

    private static JsonObject firstError(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getJsonObject(0);
    }

    /** A stored owner by the ERP's key, for tests that need one. */
    private String storedOwner() {
        String key = unique("ERP.O-");
        Api.Reply created = erp().put(
                        "owners/by-external-id/" + key,
                        owner(unique("东江水务") + "有限公司", creditCode(), "惠州市惠城区", null)
                                .build()
                                .toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return key;
    }

    /** A stored project by the ERP's key, under a stored owner. */
    private String storedProject() {
        String key = unique("ERP.P-");
        Api.Reply created = erp().put(
                        "projects/by-external-id/" + key,
                        project(unique("WTP-M"), storedOwner()).build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return key;
    }

    @Test
    @DisplayName("issue 17: an owner by the ERP's key — created (201, Location), the same body again is 200 with the"
            + " same version and no audit entry; GET by key, by id and in the paged list")
    void ownerCreatedThenSameAgain() {
        String key = unique("ERP.O-");
        String name = unique("东江水务") + "有限公司";
        String code = creditCode();
        String body = owner(name, code, "惠州市惠城区江北", "0752-2345678").build().toString();

        Api.Reply created = erp().put("owners/by-external-id/" + key, body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/owners/by-external-id/" + key);
        assertThat(created.json().getString("externalId")).isEqualTo(key);
        assertThat(created.json().getString("creditCode")).isEqualTo(code);
        long id = id(created);
        long audited = auditEntries("Owner", id);

        Api.Reply again = erp().put("owners/by-external-id/" + key, body);

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(version(again)).isEqualTo(version(created));
        assertThat(auditEntries("Owner", id)).isEqualTo(audited);
        assertThat(id(erp().get("owners/by-external-id/" + key))).isEqualTo(id);
        assertThat(erp().get("owners/" + id).json().getString("name")).isEqualTo(name);
        JsonObject page = erp().get("owners?q=" + key).json();
        assertThat(page.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(page.getJsonArray("items")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue())
                .isEqualTo(id);
        assertThat(erp().get("owners/by-external-id/NO-SUCH-" + key).status()).isEqualTo(404);
    }

    @Test
    @DisplayName(
            "issue 17: a project names its owner by ownerExternalId and shows the owner's name; the ERP renames the"
                    + " owner last-write-wins and every project shows the new name; the phone after-sales keeps stays")
    void projectLinksOwnerByKey() {
        String ownerKey = unique("ERP.O-");
        String code = creditCode();
        Api.Reply owner = erp().put(
                        "owners/by-external-id/" + ownerKey,
                        owner(unique("博罗水务") + "有限公司", code, "博罗县罗阳镇", "0752-6100000")
                                .build()
                                .toString());
        assertThat(owner.status()).as(owner.toString()).isEqualTo(201);
        String projectKey = unique("ERP.P-");

        Api.Reply project = erp().put(
                        "projects/by-external-id/" + projectKey,
                        project(unique("WTP-M"), ownerKey)
                                .add("ownerName", "a name the key overrides")
                                .build()
                                .toString());

        assertThat(project.status()).as(project.toString()).isEqualTo(201);
        assertThat(project.json().getString("ownerExternalId")).isEqualTo(ownerKey);
        assertThat(project.json().getJsonNumber("ownerId").longValue()).isEqualTo(id(owner));
        assertThat(project.json().getString("ownerName")).isEqualTo(owner.json().getString("name"));

        String newName = unique("博罗县水务集团") + "有限公司";
        Api.Reply renamed = erp().put(
                        "owners/by-external-id/" + ownerKey,
                        owner(newName, code, "博罗县罗阳镇新址", "0000-0000000").build().toString());

        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().getString("name")).isEqualTo(newName);
        assertThat(renamed.json().getString("address")).isEqualTo("博罗县罗阳镇新址");
        assertThat(renamed.json().getString("phone")).isEqualTo("0752-6100000");
        assertThat(erp().get("projects/" + id(project)).json().getString("ownerName"))
                .isEqualTo(newName);
    }

    @Test
    @DisplayName("issue 17: an unknown reference by the other side's key is 422 naming the field with code"
            + " externalId.error.unknown, and nothing is stored; a credit code with a wrong check character is 422 on"
            + " creditCode")
    void unknownReferences() {
        String projectKey = unique("ERP.P-");
        Api.Reply noOwner = erp().put(
                        "projects/by-external-id/" + projectKey,
                        project(unique("WTP-M"), "NO-SUCH-OWNER-" + projectKey)
                                .build()
                                .toString());
        assertThat(noOwner.status()).as(noOwner.toString()).isEqualTo(422);
        assertThat(firstError(noOwner).getString("field")).isEqualTo("ownerExternalId");
        assertThat(firstError(noOwner).getString("code")).isEqualTo("externalId.error.unknown");
        assertThat(erp().get("projects/by-external-id/" + projectKey).status()).isEqualTo(404);

        String realProject = storedProject();
        String itemKey = unique("ERP.E-");
        Api.Reply noProject = erp().put(
                        "equipment/by-external-id/" + itemKey,
                        item("B-101", "NO-SUCH-PROJECT-" + itemKey, null)
                                .build()
                                .toString());
        assertThat(noProject.status()).as(noProject.toString()).isEqualTo(422);
        assertThat(firstError(noProject).getString("field")).isEqualTo("projectExternalId");
        Api.Reply noSupplier = erp().put(
                        "equipment/by-external-id/" + itemKey,
                        item("B-101", realProject, "NO-SUCH-FIRM-" + itemKey)
                                .build()
                                .toString());
        assertThat(noSupplier.status()).as(noSupplier.toString()).isEqualTo(422);
        assertThat(firstError(noSupplier).getString("field")).isEqualTo("subcontractorExternalId");
        assertThat(firstError(noSupplier).getString("code")).isEqualTo("externalId.error.unknown");
        assertThat(erp().get("equipment/by-external-id/" + itemKey).status()).isEqualTo(404);

        String contractKey = unique("ERP.C-");
        Api.Reply noItem = erp().put(
                        "service-contracts/by-external-id/" + contractKey,
                        contract(unique("BY-"), realProject, "NO-SUCH-ITEM-" + contractKey)
                                .build()
                                .toString());
        assertThat(noItem.status()).as(noItem.toString()).isEqualTo(422);
        assertThat(firstError(noItem).getString("field")).isEqualTo("equipmentExternalIds");
        assertThat(erp().get("service-contracts/by-external-id/" + contractKey).status())
                .isEqualTo(404);

        String ownerKey = unique("ERP.O-");
        String good = creditCode();
        char wrongCheck = good.charAt(17) == '0' ? '1' : '0';
        Api.Reply badCode = erp().put(
                        "owners/by-external-id/" + ownerKey,
                        owner(unique("某某水务") + "有限公司", good.substring(0, 17) + wrongCheck, "某地", null)
                                .build()
                                .toString());
        assertThat(badCode.status()).as(badCode.toString()).isEqualTo(422);
        assertThat(firstError(badCode).getString("field")).isEqualTo("creditCode");
        assertThat(firstError(badCode).getString("code")).isEqualTo("owner.error.creditCodeCheck");
    }

    @Test
    @DisplayName("issue 17: an equipment item by its key under a project and supplier named by their keys (201), the"
            + " same body again changes nothing (version, audit); GET /equipment/{id}; a service contract covers it by"
            + " equipmentExternalIds, idempotently; the item cannot move to another project (422)")
    void equipmentAndContractByKeys() {
        String projectKey = storedProject();
        String supplierKey = unique("ERP.S-");
        Api.Reply supplier = erp().put(
                        "subcontractors/by-external-id/" + supplierKey,
                        Json.createObjectBuilder()
                                .add("name", unique("南方泵业") + "有限公司")
                                .add("kind", "EQUIPMENT_SUPPLIER")
                                .add("address", "杭州市余杭区")
                                .build()
                                .toString());
        assertThat(supplier.status()).as(supplier.toString()).isEqualTo(201);
        String itemKey = unique("ERP.E-");
        String itemBody = item("B-101", projectKey, supplierKey).build().toString();

        Api.Reply created = erp().put("equipment/by-external-id/" + itemKey, itemBody);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/equipment/by-external-id/" + itemKey);
        assertThat(created.json().getString("projectExternalId")).isEqualTo(projectKey);
        assertThat(created.json().getJsonNumber("supplierId").longValue()).isEqualTo(id(supplier));
        assertThat(created.json().getString("subcontractorExternalId")).isEqualTo(supplierKey);
        long itemId = id(created);
        long audited = auditEntries("EquipmentItem", itemId);

        Api.Reply again = erp().put("equipment/by-external-id/" + itemKey, itemBody);

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(version(again)).isEqualTo(version(created));
        assertThat(auditEntries("EquipmentItem", itemId)).isEqualTo(audited);
        Api.Reply byId = erp().get("equipment/" + itemId);
        assertThat(byId.status()).as(byId.toString()).isEqualTo(200);
        assertThat(byId.json().getString("externalId")).isEqualTo(itemKey);

        String contractKey = unique("ERP.C-");
        String contractBody =
                contract(unique("BY-"), projectKey, itemKey).build().toString();
        Api.Reply contract = erp().put("service-contracts/by-external-id/" + contractKey, contractBody);
        assertThat(contract.status()).as(contract.toString()).isEqualTo(201);
        assertThat(contract.json()
                        .getJsonArray("equipmentItemIds")
                        .getJsonNumber(0)
                        .longValue())
                .isEqualTo(itemId);
        assertThat(contract.json().getJsonArray("equipmentExternalIds").getString(0))
                .isEqualTo(itemKey);
        long contractId = id(contract);
        long contractAudited = auditEntries("ServiceContract", contractId);
        Api.Reply contractAgain = erp().put("service-contracts/by-external-id/" + contractKey, contractBody);
        assertThat(contractAgain.status()).as(contractAgain.toString()).isEqualTo(200);
        assertThat(version(contractAgain)).isEqualTo(version(contract));
        assertThat(auditEntries("ServiceContract", contractId)).isEqualTo(contractAudited);
        assertThat(id(erp().get("service-contracts/by-external-id/" + contractKey)))
                .isEqualTo(contractId);

        Api.Reply moved = erp().put(
                        "equipment/by-external-id/" + itemKey,
                        item("B-101", storedProject(), supplierKey).build().toString());
        assertThat(moved.status()).as(moved.toString()).isEqualTo(422);
        assertThat(firstError(moved).getString("field")).isEqualTo("projectExternalId");
        assertThat(firstError(moved).getString("code")).isEqualTo("equipment.error.projectImmutable");
    }

    @Test
    @DisplayName("issue 17: POST /sync/owners is all or nothing — record 3 of 5 with a bad credit code is 422 with"
            + " index 2, field and code, and none of the five is stored; the corrected batch stores all five (200), the"
            + " same batch again creates nothing and bumps no version")
    void batchAllOrNothing() {
        List<String> keys = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        String prefix = unique("东莞水务");
        for (int i = 0; i < 5; i++) {
            keys.add(unique("ERP.O-") + "-" + i);
            codes.add(creditCode());
        }
        JsonArrayBuilder bad = Json.createArrayBuilder();
        JsonArrayBuilder good = Json.createArrayBuilder();
        for (int i = 0; i < 5; i++) {
            String code = i == 2 ? "91440300ABC" : codes.get(i);
            bad.add(owner(prefix + i + "有限公司", code, "东莞市", null).add("externalId", keys.get(i)));
            good.add(owner(prefix + i + "有限公司", codes.get(i), "东莞市", null).add("externalId", keys.get(i)));
        }

        Api.Reply refused = erp().post(
                        "sync/owners",
                        Json.createObjectBuilder().add("records", bad).build().toString());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        JsonObject error = firstError(refused);
        assertThat(error.getInt("index")).isEqualTo(2);
        assertThat(error.getString("field")).isEqualTo("creditCode");
        assertThat(error.getString("code")).isEqualTo("owner.error.creditCodeForm");
        assertThat(error.getString("message")).isNotBlank();
        for (String key : keys) {
            assertThat(erp().get("owners/by-external-id/" + key).status())
                    .as("owner " + key + " after the refused batch")
                    .isEqualTo(404);
        }

        String goodBody =
                Json.createObjectBuilder().add("records", good).build().toString();
        Api.Reply stored = erp().post("sync/owners", goodBody);

        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
        assertThat(stored.json().getInt("created")).isEqualTo(5);
        assertThat(stored.json().getJsonArray("items").getJsonObject(4).getString("externalId"))
                .isEqualTo(keys.get(4));
        long firstId = id(erp().get("owners/by-external-id/" + keys.get(0)));
        long firstVersion = version(erp().get("owners/by-external-id/" + keys.get(0)));
        long audited = auditEntries("Owner", firstId);

        Api.Reply again = erp().post("sync/owners", goodBody);

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().getInt("created")).isZero();
        assertThat(again.json().getInt("updated")).isEqualTo(5);
        assertThat(version(erp().get("owners/by-external-id/" + keys.get(0)))).isEqualTo(firstVersion);
        assertThat(auditEntries("Owner", firstId)).isEqualTo(audited);
    }

    @Test
    @DisplayName("issue 17: POST /sync/projects refuses record 3 of 5 naming an unknown owner by its key (index 2,"
            + " ownerExternalId) and stores none; a bad money string in a record is refused with its index too; more"
            + " than 1 000 records is 422 on records")
    void projectBatchRefusals() {
        String ownerKey = storedOwner();
        List<String> keys = new ArrayList<>();
        JsonArrayBuilder records = Json.createArrayBuilder();
        for (int i = 0; i < 5; i++) {
            String key = unique("ERP.P-") + "-" + i;
            keys.add(key);
            records.add(project(unique("WTP-B") + i, i == 2 ? "NO-SUCH-OWNER-" + key : ownerKey)
                    .add("externalId", key));
        }

        Api.Reply refused = erp().post(
                        "sync/projects",
                        Json.createObjectBuilder()
                                .add("records", records)
                                .build()
                                .toString());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(firstError(refused).getInt("index")).isEqualTo(2);
        assertThat(firstError(refused).getString("field")).isEqualTo("ownerExternalId");
        assertThat(firstError(refused).getString("code")).isEqualTo("externalId.error.unknown");
        for (String key : keys) {
            assertThat(erp().get("projects/by-external-id/" + key).status()).isEqualTo(404);
        }

        String moneyKey = unique("ERP.P-");
        Api.Reply badMoney = erp().post(
                        "sync/projects",
                        Json.createObjectBuilder()
                                .add(
                                        "records",
                                        Json.createArrayBuilder()
                                                .add(project(unique("WTP-B"), ownerKey)
                                                        .add("externalId", moneyKey))
                                                .add(project(unique("WTP-B"), ownerKey)
                                                        .add("externalId", moneyKey + "-2")
                                                        .add("settledContractPrice", "1,280,000")))
                                .build()
                                .toString());
        assertThat(badMoney.status()).as(badMoney.toString()).isEqualTo(422);
        assertThat(firstError(badMoney).getInt("index")).isEqualTo(1);
        assertThat(firstError(badMoney).getString("field")).isEqualTo("settledContractPrice");
        assertThat(erp().get("projects/by-external-id/" + moneyKey).status()).isEqualTo(404);

        JsonArrayBuilder tooMany = Json.createArrayBuilder();
        for (int i = 0; i <= 1000; i++) {
            tooMany.add(Json.createObjectBuilder().add("externalId", "X-" + i));
        }
        Api.Reply over = erp().inEnglish()
                .post(
                        "sync/projects",
                        Json.createObjectBuilder()
                                .add("records", tooMany)
                                .build()
                                .toString());
        assertThat(over.status()).as(over.toString()).isEqualTo(422);
        assertThat(firstError(over).getString("field")).isEqualTo("records");
        assertThat(over.json().getString("detail")).contains("1000").contains("1001");
    }

    @Test
    @DisplayName("issue 17: POST /sync/equipment and /sync/service-contracts store items and a contract named by the"
            + " other side's keys in one transaction; a contract whose item is unknown is refused at its index")
    void equipmentAndContractBatches() {
        String projectKey = storedProject();
        String first = unique("ERP.E-") + "-1";
        String second = unique("ERP.E-") + "-2";
        Api.Reply items = erp().post(
                        "sync/equipment",
                        Json.createObjectBuilder()
                                .add(
                                        "records",
                                        Json.createArrayBuilder()
                                                .add(item("P-201", projectKey, null)
                                                        .add("externalId", first))
                                                .add(item("P-202", projectKey, null)
                                                        .add("externalId", second)))
                                .build()
                                .toString());
        assertThat(items.status()).as(items.toString()).isEqualTo(200);
        assertThat(items.json().getInt("created")).isEqualTo(2);

        String contractKey = unique("ERP.C-");
        Api.Reply refused = erp().post(
                        "sync/service-contracts",
                        Json.createObjectBuilder()
                                .add(
                                        "records",
                                        Json.createArrayBuilder()
                                                .add(contract(unique("BY-"), projectKey, first)
                                                        .add("externalId", contractKey))
                                                .add(contract(unique("BY-"), projectKey, second, "NO-SUCH-ITEM")
                                                        .add("externalId", contractKey + "-2")))
                                .build()
                                .toString());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(firstError(refused).getInt("index")).isEqualTo(1);
        assertThat(firstError(refused).getString("field")).isEqualTo("equipmentExternalIds");
        assertThat(erp().get("service-contracts/by-external-id/" + contractKey).status())
                .isEqualTo(404);

        Api.Reply stored = erp().post(
                        "sync/service-contracts",
                        Json.createObjectBuilder()
                                .add(
                                        "records",
                                        Json.createArrayBuilder()
                                                .add(contract(unique("BY-"), projectKey, first, second)
                                                        .add("externalId", contractKey)))
                                .build()
                                .toString());
        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
        JsonObject contract =
                erp().get("service-contracts/by-external-id/" + contractKey).json();
        assertThat(contract.getJsonArray("equipmentExternalIds").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList())
                .containsExactlyInAnyOrder(first, second);
    }

    @Test
    @DisplayName("issue 17: the upserts and the batch need the kind's edit permission, as the other by-external-id"
            + " endpoints: Finance may read owners but is refused (403) an owner's upsert and a sync, and nothing is"
            + " stored; a project department sees only its own projects' owners")
    void permissions() {
        String key = unique("ERP.O-");
        String body = owner(unique("惠阳水务") + "有限公司", creditCode(), "惠阳区", null)
                .build()
                .toString();

        assertThat(as("finance").put("owners/by-external-id/" + key, body).status())
                .isEqualTo(403);
        assertThat(as("finance")
                        .post(
                                "sync/owners",
                                Json.createObjectBuilder()
                                        .add("records", Json.createArrayBuilder())
                                        .build()
                                        .toString())
                        .status())
                .isEqualTo(403);
        assertThat(as("finance").get("owners").status()).isEqualTo(200);
        assertThat(erp().get("owners/by-external-id/" + key).status()).isEqualTo(404);

        // A project department sees the owners of its own projects only (R-O1): not one no project of theirs has.
        String otherKey = storedOwner();
        long otherId = id(erp().get("owners/by-external-id/" + otherKey));
        assertThat(as("project").get("owners/" + otherId).status()).isEqualTo(404);
        assertThat(as("project")
                        .get("owners?q=" + otherKey)
                        .json()
                        .getJsonNumber("total")
                        .longValue())
                .isZero();
        assertThat(as("specialist").get("owners/" + otherId).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("issue 17: a full batch of 1 000 projects, each naming its owner by ownerExternalId, is stored in one"
            + " request (about 14 s on the test server); the same batch again updates all 1 000 and bumps no version")
    void fullProjectBatch() {
        String ownerKey = storedOwner();
        // Not handed over yet, and coded to sort last: a thousand projects in the planners and on the first pages of
        // the project lists would push the demo projects the other tests look for off their first pages.
        String prefix = unique("ZZ.ERP.FP-");
        JsonArrayBuilder records = Json.createArrayBuilder();
        for (int i = 0; i < 1000; i++) {
            records.add(project(prefix + "-" + i, ownerKey)
                    .remove("provisionalHandoverDate")
                    .remove("formalHandoverDate")
                    .add("externalId", prefix + "-" + i));
        }
        String body = Json.createObjectBuilder().add("records", records).build().toString();

        Api.Reply stored = erp().post("sync/projects", body);

        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
        assertThat(stored.json().getInt("created")).isEqualTo(1000);
        Api.Reply last = erp().get("projects/by-external-id/" + prefix + "-999");
        assertThat(last.json().getString("ownerExternalId")).isEqualTo(ownerKey);

        Api.Reply same = erp().post("sync/projects", body);

        assertThat(same.status()).as(same.toString()).isEqualTo(200);
        assertThat(same.json().getInt("updated")).isEqualTo(1000);
        assertThat(version(erp().get("projects/by-external-id/" + prefix + "-999")))
                .isEqualTo(version(last));
    }
}
