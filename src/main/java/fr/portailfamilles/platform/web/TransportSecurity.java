package fr.portailfamilles.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * HTTPS-only protections. HSTS is sent on every request that arrived over HTTPS (directly or, behind a load
 * balancer, as X-Forwarded-Proto), error pages included. The session cookie is marked Secure when
 * PORTAIL_HTTPS=true: the cookie's settings are fixed when the application starts, so the site's scheme is a
 * deployment fact.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
@WebListener
public class TransportSecurity extends HttpFilter implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (Boolean.parseBoolean(System.getenv().getOrDefault("PORTAIL_HTTPS", "false"))) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
