package org.aftersales.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aftersales.shared.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OwnerContactTest {

    @Test
    @DisplayName("R-F1 an owner contact needs a name; sign-off authority (R-S8) is granted and withdrawn explicitly")
    void ownerContactRules() {
        Project project = new Project("P-1", "城东污水处理厂", new Owner("城东水务"), 12);
        OwnerContact contact = new OwnerContact(project, "张经理");
        contact.describe("张经理", "运行主管");

        assertThat(contact.isSignOffAuthority()).isFalse();
        contact.grantSignOffAuthority();
        assertThat(contact.isSignOffAuthority()).isTrue();
        contact.withdrawSignOffAuthority();
        assertThat(contact.isSignOffAuthority()).isFalse();
        assertThatThrownBy(() -> new OwnerContact(project, null))
                .isInstanceOf(BusinessException.class)
                .hasMessage("ownerContact.error.nameRequired");
        assertThatThrownBy(() -> contact.changeContactDetails("1", "zhang@")).hasMessage("ownerContact.error.email");
    }
}
