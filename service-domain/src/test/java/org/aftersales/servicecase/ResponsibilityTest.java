package org.aftersales.servicecase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ResponsibilityTest {

    @Test
    @DisplayName(
            "R-L5 provisional → formal handover: the specialist leads, the project department carries out, Engineering manages, the commissioning lead assists")
    void handoverPeriod() {
        Responsibility responsibility = Responsibility.forClass(ServiceClass.HANDOVER_DEFECT);

        assertThat(responsibility).isEqualTo(Responsibility.PROVISIONAL_HANDOVER);
        assertThat(responsibility.lead()).isEqualTo(CaseParty.AFTER_SALES_SPECIALIST);
        assertThat(responsibility.carriedOutBy()).containsExactly(CaseParty.PROJECT_DEPARTMENT);
        assertThat(responsibility.managedBy()).isEqualTo(CaseParty.ENGINEERING_DEPARTMENT);
        assertThat(responsibility.assistedBy()).containsExactly(CaseParty.COMMISSIONING_LEAD);
    }

    @Test
    @DisplayName("R-L5 warranty: after-sales staff lead, the Design and Engineering Departments carry out")
    void warranty() {
        Responsibility responsibility = Responsibility.forClass(ServiceClass.WARRANTY);

        assertThat(responsibility.lead()).isEqualTo(CaseParty.AFTER_SALES_STAFF);
        assertThat(responsibility.carriedOutBy())
                .containsExactly(CaseParty.ENGINEERING_DEPARTMENT, CaseParty.DESIGN_DEPARTMENT);
        assertThat(responsibility.managedBy()).isNull();
        assertThat(responsibility.assistedBy()).isEmpty();
    }

    @Test
    @DisplayName("R-L5 after the warranty, contract or paid: after-sales staff alone")
    void postWarranty() {
        for (ServiceClass serviceClass : new ServiceClass[] {ServiceClass.CONTRACT, ServiceClass.PAID}) {
            Responsibility responsibility = Responsibility.forClass(serviceClass);

            assertThat(responsibility).isEqualTo(Responsibility.POST_WARRANTY);
            assertThat(responsibility.lead()).isEqualTo(CaseParty.AFTER_SALES_STAFF);
            assertThat(responsibility.carriedOutBy()).containsExactly(CaseParty.AFTER_SALES_STAFF);
            assertThat(responsibility.managedBy()).isNull();
            assertThat(responsibility.assistedBy()).isEmpty();
        }
    }

    @Test
    @DisplayName("R-L5 a call during construction is the project department's (R-L3: forwarded to it)")
    void construction() {
        Responsibility responsibility = Responsibility.forClass(ServiceClass.CONSTRUCTION_PHASE);

        assertThat(responsibility.lead()).isEqualTo(CaseParty.PROJECT_DEPARTMENT);
        assertThat(responsibility.carriedOutBy()).containsExactly(CaseParty.PROJECT_DEPARTMENT);
        assertThat(responsibility.assistedBy()).isEmpty();
    }

    @Test
    @DisplayName("R-L5 every class has a responsibility with a lead and someone who carries out")
    void everyClassCovered() {
        for (ServiceClass serviceClass : ServiceClass.values()) {
            Responsibility responsibility = Responsibility.forClass(serviceClass);
            assertThat(responsibility.lead()).as(serviceClass.name()).isNotNull();
            assertThat(responsibility.carriedOutBy()).as(serviceClass.name()).isNotEmpty();
        }
    }
}
