package fr.portailfamilles.content.web;

import fr.portailfamilles.content.boundary.News;
import fr.portailfamilles.content.entity.NewsItem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The news of the day: the public home page's, and the families' home page's (theirs as well). */
@Named
@RequestScoped
public class NewsView {

    @Inject
    News news;

    private List<NewsItem> publicItems;
    private List<NewsItem> familyItems;

    public List<NewsItem> getPublicItems() {
        if (publicItems == null) {
            publicItems = news.shown(News.readBy(false));
        }
        return publicItems;
    }

    public List<NewsItem> getFamilyItems() {
        if (familyItems == null) {
            familyItems = news.shown(News.readBy(true));
        }
        return familyItems;
    }
}
