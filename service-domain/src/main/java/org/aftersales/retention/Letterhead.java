package org.aftersales.retention;

/** The company's letterhead on the retention letters (R-C8), from configuration ({@code aftersales.company.*}). */
public record Letterhead(String name, String address, String phone) {

    public Letterhead {
        address = address == null ? "" : address;
        phone = phone == null ? "" : phone;
    }
}
