package fr.portailfamilles.platform.web;

import fr.portailfamilles.platform.control.Euros;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.math.BigDecimal;

/** A field holding a price or a percentage, typed the French way ("8,50") or with a point; exact, never rounded. */
@FacesConverter("decimalInput")
public class DecimalInput implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return Euros.parse(value).orElse(null);
        } catch (NumberFormatException notANumber) {
            String text = Messages.text("decimal.invalid");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), notANumber);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return Euros.typed(value);
    }
}
