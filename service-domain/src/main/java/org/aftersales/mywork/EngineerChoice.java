package org.aftersales.mywork;

/** An after-sales engineer the calendar can be filtered by. */
public record EngineerChoice(String username, String displayName) {}
