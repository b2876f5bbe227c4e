package org.aftersales.shared;

/** The caller's role may not do this (R-O1); the API answers 403. */
public class AccessDeniedException extends BusinessException {

    public AccessDeniedException() {
        super("error.accessDenied");
    }
}
