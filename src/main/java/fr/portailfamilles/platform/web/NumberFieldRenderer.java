package fr.portailfamilles.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputnumber.InputNumberRenderer;

/**
 * PrimeFaces' number field (p:inputNumber), registered in faces-config.xml in place of its own renderer: its hidden
 * field carries the number, and a hand-made request putting text there made the form fail with a 500. The field is
 * refused in French instead, and nothing is saved.
 */
public class NumberFieldRenderer extends InputNumberRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        try {
            super.decode(context, component);
        } catch (FacesException notANumber) {
            if (!(notANumber.getCause() instanceof NumberFormatException)) {
                throw notANumber;
            }
            UIInput input = (UIInput) component;
            input.setSubmittedValue(null);
            input.setValid(false);
            Object label = input.getAttributes().get("label");
            Messages.error(input.getClientId(context), "number.invalid", label == null ? "" : label);
            context.validationFailed();
            context.renderResponse();
        }
    }
}
