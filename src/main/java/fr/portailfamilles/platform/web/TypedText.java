package fr.portailfamilles.platform.web;

import fr.portailfamilles.platform.control.BidiControls;
import jakarta.faces.component.UIInput;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

import java.util.Arrays;

/**
 * Every text typed in a form of the portal, by a parent or by staff, reaches the application without Unicode
 * direction controls: taken out of each input's submitted value just before it is converted and validated, whatever
 * the value is bound to (a String property, an entry of a map of refusal reasons, a number), so no field escapes.
 * Registered in faces-config.xml for {@link jakarta.faces.event.PreValidateEvent} (which an immediate input skips:
 * the portal has none).
 */
public class TypedText implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIInput;
    }

    @Override
    public void processEvent(SystemEvent event) {
        UIInput input = (UIInput) event.getSource();
        Object submitted = input.getSubmittedValue();
        if (submitted instanceof String text) {
            input.setSubmittedValue(BidiControls.stripped(text));
        } else if (submitted instanceof String[] texts) {
            input.setSubmittedValue(Arrays.stream(texts).map(BidiControls::stripped).toArray(String[]::new));
        }
    }
}
