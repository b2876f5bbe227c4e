package org.aftersales.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.aftersales.shared.BaseEntity;

/** The owner (业主): the customer who operates the plant, calls in problems and signs off work. */
@Entity
@Table(name = "owner")
public class Owner extends BaseEntity {

    public static final int NAME_LENGTH = 200;
    public static final int ADDRESS_LENGTH = 300;
    public static final int PHONE_LENGTH = 40;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, unique = true, length = NAME_LENGTH)
    private String name;

    @Size(max = ADDRESS_LENGTH)
    @Column(length = ADDRESS_LENGTH)
    private String address;

    @Size(max = PHONE_LENGTH)
    @Column(length = PHONE_LENGTH)
    private String phone;

    protected Owner() {}

    public Owner(String name) {
        rename(name);
    }

    public void rename(String newName) {
        this.name = newName == null ? null : newName.strip();
    }

    public void changeContactDetails(String newAddress, String newPhone) {
        this.address = newAddress;
        this.phone = newPhone;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }
}
