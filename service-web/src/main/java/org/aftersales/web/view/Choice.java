package org.aftersales.web.view;

import java.io.Serializable;

/**
 * One record offered in a select or an auto-complete: its id and the text a person recognises it by. The getters are
 * for EL, which (Jakarta EL 5) does not see record components as properties.
 */
public record Choice(long id, String label) implements Serializable {

    public long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }
}
