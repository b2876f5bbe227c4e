package org.aftersales.project;

/** What a person enters about one contact on a project's owner contact list (R-F1). */
public record OwnerContactData(
        String name, String title, String phone, String email, String note, boolean signOffAuthority) {}
