package org.aftersales.subcontractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aftersales.project.Owner;
import org.aftersales.project.Project;
import org.aftersales.shared.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SubcontractorTest {

    @Test
    @DisplayName(
            "R-B1 a subcontractor needs a name and a kind; contact details are normalised and an impossible e-mail is refused")
    void subcontractorRules() {
        Subcontractor supplier = new Subcontractor("  南方泵业股份有限公司 ", SubcontractorKind.EQUIPMENT_SUPPLIER);
        supplier.changeContactDetails(" 王工 ", "", "service@example.com", null);

        assertThat(supplier.getName()).isEqualTo("南方泵业股份有限公司");
        assertThat(supplier.getContactPerson()).isEqualTo("王工");
        assertThat(supplier.getPhone()).isNull();
        assertThatThrownBy(() -> supplier.changeContactDetails(null, null, "service at example", null))
                .isInstanceOf(BusinessException.class)
                .hasMessage("subcontractor.error.email");
        assertThatThrownBy(() -> new Subcontractor("", SubcontractorKind.EQUIPMENT_SUPPLIER))
                .hasMessage("subcontractor.error.nameRequired");
        assertThatThrownBy(() -> new Subcontractor("某公司", null)).hasMessage("subcontractor.error.kindRequired");
    }

    @Test
    @DisplayName("R-B1 a project register line names the project, the firm, its scope of supply and site contact")
    void registerLine() {
        Project project = new Project("P-1", "城东污水处理厂", new Owner("城东水务"), 12);
        Subcontractor firm = new Subcontractor("江苏环保设备有限公司", SubcontractorKind.EQUIPMENT_SUBCONTRACTOR);
        ProjectSubcontractor line = new ProjectSubcontractor(project, firm);
        line.describeSupply("粗细格栅、螺旋输送压榨机", "李工", "13800000000");

        assertThat(line.getSubcontractor()).isSameAs(firm);
        assertThat(line.getScopeOfSupply()).isEqualTo("粗细格栅、螺旋输送压榨机");
        assertThatThrownBy(() -> new ProjectSubcontractor(project, null))
                .hasMessage("subcontractor.error.subcontractorRequired");
    }
}
