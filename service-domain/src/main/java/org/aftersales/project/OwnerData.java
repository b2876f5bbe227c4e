package org.aftersales.project;

/**
 * What the ERP sends about an owner (issue 17).
 *
 * @param creditCode 统一社会信用代码, 18 characters (GB 32100-2015); {@code null} when unknown
 * @param phone after-sales' own: taken when the owner is created, kept afterwards
 */
public record OwnerData(String name, String creditCode, String address, String phone) {}
