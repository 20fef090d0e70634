package fr.portailfamilles.account.web;

import fr.portailfamilles.account.boundary.Captchas;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/** The security code image of the login page; opens no session. */
@WebServlet("/cryptogramme")
public class CaptchaServlet extends HttpServlet {

    @Inject
    Captchas captchas;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<byte[]> image = captchas.image(request.getParameter("t"));
        if (image.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("image/png");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(image.get().length);
        response.getOutputStream().write(image.get());
    }
}
