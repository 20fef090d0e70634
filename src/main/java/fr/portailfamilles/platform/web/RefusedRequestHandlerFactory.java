package fr.portailfamilles.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import org.primefaces.csp.CspException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A posted page Faces cannot trust: its view state expired or was forged, or its CSP nonce is missing or wrong.
 * That is the visitor's request, not a fault of the server: it answers 400 and the "Page expirée" page (an ajax
 * request reloads its page instead), never a 500.
 */
public class RefusedRequestHandlerFactory extends ExceptionHandlerFactory {

    public RefusedRequestHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new RefusedRequestHandler(getWrapped().getExceptionHandler());
    }

    static final class RefusedRequestHandler extends ExceptionHandlerWrapper {

        RefusedRequestHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        /** A refused page may fail more than once (a nonce is read by several scripts): one answer for them all. */
        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            boolean refused = false;
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                if (isRefusedRequest(events.next().getContext().getException())) {
                    if (!refused && faces.getExternalContext().isResponseCommitted()) {
                        break;
                    }
                    events.remove();
                    if (!refused) {
                        refuse(faces);
                        refused = true;
                    }
                }
            }
            getWrapped().handle();
        }

        static boolean isRefusedRequest(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof ViewExpiredException || cause instanceof CspException) {
                    return true;
                }
            }
            return false;
        }

        private static void refuse(FacesContext faces) {
            ExternalContext external = faces.getExternalContext();
            try {
                if (faces.getPartialViewContext().isAjaxRequest()) {
                    external.redirect(((HttpServletRequest) external.getRequest()).getRequestURI());
                } else {
                    external.responseSendError(400, "");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
