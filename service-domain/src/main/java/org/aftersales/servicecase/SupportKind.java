package org.aftersales.servicecase;

/** Work that cannot be done on site (R-S9; 第三章2(4)): return to the factory for repair, replacement, other support. */
public enum SupportKind {
    FACTORY_RETURN,
    REPLACEMENT,
    OTHER_SUPPORT
}
