package org.aftersales.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, master data by the ERP's keys: {@code PUT /{projects|subcontractors}/by-external-id/{externalId}} creates
 * or updates a record idempotently, on Payara Micro and PostgreSQL.
 */
class ErpKeysIT extends AgainstDeployment {

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    private static String project(String code, String name) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"ownerName\":\"东江水务有限公司\","
                + "\"site\":\"惠州市博罗县园洲镇\",\"contractNumber\":\"HT-" + code + "\","
                + "\"settledContractPrice\":\"1280000.00\",\"provisionalHandoverDate\":\"2026-01-10\","
                + "\"formalHandoverDate\":\"2026-03-01\",\"warrantyMonths\":24}";
    }

    private static long auditEntries(long projectId) {
        try (Connection db = TestDatabase.connect();
                PreparedStatement count = db.prepareStatement(
                        "SELECT count(*) FROM audit_entry WHERE entity_type = 'Project' AND entity_id = ?")) {
            count.setLong(1, projectId);
            try (ResultSet found = count.executeQuery()) {
                found.next();
                return found.getLong(1);
            }
        } catch (SQLException failed) {
            throw new AssertionError(failed);
        }
    }

    @Test
    @DisplayName("R-L1 issue 17: PUT by the ERP's key creates the project (201, Location); the same body again is 200"
            + " and changes nothing — same version, no audit entry; GET by the key finds it")
    void createThenSameAgain() {
        String key = unique("ERP.P-");
        String code = unique("WTP-E");

        Api.Reply created = erp().put("projects/by-external-id/" + key, project(code, "园洲污水处理厂二期"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/projects/by-external-id/" + key);
        JsonObject first = created.json();
        assertThat(first.getString("externalId")).isEqualTo(key);
        long id = first.getJsonNumber("id").longValue();
        long audited = auditEntries(id);

        Api.Reply again = erp().put("projects/by-external-id/" + key, project(code, "园洲污水处理厂二期"));

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().getJsonNumber("version").longValue())
                .isEqualTo(first.getJsonNumber("version").longValue());
        assertThat(auditEntries(id)).isEqualTo(audited);
        assertThat(erp().get("projects/by-external-id/" + key)
                        .json()
                        .getJsonNumber("id")
                        .longValue())
                .isEqualTo(id);
    }

    @Test
    @DisplayName("R-L1 issue 17: the ERP's fields are last-write-wins without a version; the commissioning lead that"
            + " Aftersales set stays as it is")
    void erpFieldsOnly() {
        String key = unique("ERP.P-");
        String code = unique("WTP-E");
        long id = erp().put("projects/by-external-id/" + key, project(code, "园洲污水处理厂三期"))
                .json()
                .getJsonNumber("id")
                .longValue();
        JsonObject stored = erp().get("projects/" + id).json();
        JsonObject withLead =
                Json.createObjectBuilder(stored).add("commissioningLead", "王建国").build();
        Api.Reply led = as("specialist").put("projects/" + id, withLead.toString());
        assertThat(led.status()).as(led.toString()).isEqualTo(200);

        Api.Reply renamed = erp().put("projects/by-external-id/" + key, project(code, "园洲污水处理厂三期（扩建）"));

        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().getString("name")).isEqualTo("园洲污水处理厂三期（扩建）");
        assertThat(renamed.json().getString("commissioningLead")).isEqualTo("王建国");
    }

    @Test
    @DisplayName("R-L1 issue 17: a project entered before the ERP knew it is adopted by its code; a malformed key is"
            + " 422 naming externalId; an unknown key is 404; another code under a known key is refused")
    void adoptAndRefuse() {
        String code = unique("WTP-E");
        Api.Reply entered = as("specialist").post("projects", project(code, "龙岗再生水厂"));
        assertThat(entered.status()).as(entered.toString()).isEqualTo(201);
        long id = entered.json().getJsonNumber("id").longValue();
        String key = unique("ERP.P-");

        Api.Reply adopted = erp().put("projects/by-external-id/" + key, project(code, "龙岗再生水厂"));

        assertThat(adopted.status()).as(adopted.toString()).isEqualTo(200);
        assertThat(adopted.json().getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(adopted.json().getString("externalId")).isEqualTo(key);

        Api.Reply malformed = erp().put("projects/by-external-id/" + "two%20words", project(unique("WTP-E"), "x"));
        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(422);
        assertThat(malformed.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("externalId");
        assertThat(erp().get("projects/by-external-id/NO-SUCH-KEY-" + key).status())
                .isEqualTo(404);
        Api.Reply otherCode = erp().put("projects/by-external-id/" + key, project(unique("WTP-E"), "龙岗再生水厂"));
        assertThat(otherCode.status()).as(otherCode.toString()).isEqualTo(422);
        assertThat(otherCode.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("code");
    }

    private static String firm(String name, String address, String contact) {
        return "{\"name\":\"" + name + "\",\"kind\":\"EQUIPMENT_SUPPLIER\",\"address\":\"" + address + "\""
                + (contact == null ? "" : ",\"contactPerson\":\"" + contact + "\"") + "}";
    }

    @Test
    @DisplayName("R-B1 issue 17: a supplier by the ERP's key — created (201), the same body again changes nothing,"
            + " the ERP's address is last-write-wins and the contact person after-sales keeps stays")
    void supplierByKey() {
        String key = unique("ERP.S-");
        String name = unique("南方泵业") + "有限公司";

        Api.Reply created = erp().put("subcontractors/by-external-id/" + key, firm(name, "杭州市余杭区", "钱工"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject first = created.json();
        assertThat(first.getString("externalId")).isEqualTo(key);
        assertThat(first.getString("contactPerson")).isEqualTo("钱工");

        Api.Reply again = erp().put("subcontractors/by-external-id/" + key, firm(name, "杭州市余杭区", "钱工"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().getJsonNumber("version").longValue())
                .isEqualTo(first.getJsonNumber("version").longValue());

        Api.Reply moved = erp().put("subcontractors/by-external-id/" + key, firm(name, "杭州市临平区", "孙工"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().getString("address")).isEqualTo("杭州市临平区");
        assertThat(moved.json().getString("contactPerson")).isEqualTo("钱工");
        assertThat(erp().get("subcontractors/by-external-id/" + key)
                        .json()
                        .getJsonNumber("id")
                        .longValue())
                .isEqualTo(first.getJsonNumber("id").longValue());
    }
}
