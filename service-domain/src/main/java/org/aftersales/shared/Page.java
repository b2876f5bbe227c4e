package org.aftersales.shared;

import java.util.List;

/** One page of a list, with the number of all matching rows (for lazy tables and the API). */
public record Page<T>(List<T> items, long total) {}
