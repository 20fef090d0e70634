package fr.portailfamilles.content.web;

import fr.portailfamilles.content.boundary.News;
import fr.portailfamilles.platform.web.StoredFileResponse;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * A news item's picture, to whoever may read the item today: anyone for public news, a signed-in family for the
 * families' news, staff for every item (the editor shows it). Anything else is answered as not found.
 */
@WebServlet("/actualites/image")
public class NewsPictureServlet extends HttpServlet {

    @Inject
    News news;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException | NullPointerException notAnId) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean staff = request.isUserInRole("STAFF");
        boolean family = request.isUserInRole("PARENT");
        Optional<News.Picture> found = news.picture(id, News.readBy(family), staff);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        News.Picture picture = found.get();
        StoredFileResponse.send(request, response, picture.mediaType(), picture.content(), picture.digest(), picture.forEveryone());
    }
}
