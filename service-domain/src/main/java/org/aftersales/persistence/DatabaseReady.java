package org.aftersales.persistence;

/** Fired once at start-up after the schema migrations have run. */
public record DatabaseReady() {}
