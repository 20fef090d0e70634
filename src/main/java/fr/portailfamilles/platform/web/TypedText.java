package fr.portailfamilles.platform.web;

import fr.portailfamilles.platform.control.BidiControls;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/** Every text typed in a form of the portal reaches the application without Unicode direction controls. */
@FacesConverter(forClass = String.class)
public class TypedText implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        return BidiControls.stripped(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
