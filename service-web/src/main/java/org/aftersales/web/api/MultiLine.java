package org.aftersales.web.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field of a request body that may run over several lines — a description, a reason, an answer, notes: it may
 * hold TAB, LF and CR. Every other text field is one line and refuses them ({@link StrictInput}); no text field takes
 * any other control character.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface MultiLine {}
