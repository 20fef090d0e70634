package fr.portailfamilles.platform.web;

import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** A stylesheet, script or image Faces does not have: the portal's 404 page, not an empty answer. */
public class MissingResources extends ResourceHandlerWrapper {

    public MissingResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handleResourceRequest(FacesContext context) throws IOException {
        super.handleResourceRequest(context);
        ExternalContext external = context.getExternalContext();
        if (((HttpServletResponse) external.getResponse()).getStatus() == HttpServletResponse.SC_NOT_FOUND
                && !external.isResponseCommitted()) {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
        }
    }
}
