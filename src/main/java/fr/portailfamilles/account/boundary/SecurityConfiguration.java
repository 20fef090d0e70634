package fr.portailfamilles.account.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/** Form login on our own Faces page; protected pages send the visitor there and back. */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/connexion.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"PARENT", "STAFF", "IT"})
public class SecurityConfiguration {
}
