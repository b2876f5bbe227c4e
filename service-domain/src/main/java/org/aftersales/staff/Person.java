package org.aftersales.staff;

/** A person to pick on a screen: the login that records keep, and the name the screen shows (issue 18 item 4). */
public record Person(String login, String name) implements java.io.Serializable {}
