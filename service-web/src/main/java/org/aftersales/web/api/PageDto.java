package org.aftersales.web.api;

import java.util.List;

/** One page of a list: the items and the number of all matching items. */
public record PageDto<T>(List<T> items, long total, int offset, int size) {}
