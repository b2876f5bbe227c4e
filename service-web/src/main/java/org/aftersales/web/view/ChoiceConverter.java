package org.aftersales.web.view;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts a {@link Choice} to its id and back, for auto-completes. It only knows the choices the page offered
 * ({@link #offer(List)}) or showed ({@link #remember(Choice)}), so a posted id that was never offered is no choice
 * at all — a person cannot pick a record by typing a number. Lives as long as its view-scoped backing bean.
 */
public class ChoiceConverter implements Converter<Choice>, Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Long, Choice> known = new HashMap<>();

    /** Remembers the choices about to be offered and returns them. */
    public List<Choice> offer(List<Choice> choices) {
        choices.forEach(this::remember);
        return choices;
    }

    public Choice remember(Choice choice) {
        if (choice != null) {
            known.put(choice.id(), choice);
        }
        return choice;
    }

    @Override
    public Choice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return known.get(Long.valueOf(value.strip()));
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Choice choice) {
        return choice == null ? "" : String.valueOf(choice.id());
    }
}
