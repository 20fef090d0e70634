package fr.portailfamilles.content.control;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The news' text as staff format it in the editor, kept to what a news item needs: paragraphs, bold, italics,
 * underline, lists and links (http, https, mailto, opened with rel="noopener nofollow"). Scripts, event handlers,
 * styles, images and frames are dropped before anything is stored, whoever posted it.
 */
public final class RichText {

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "br", "strong", "b", "em", "i", "u", "s", "ul", "ol", "li", "a", "blockquote")
            .addAttributes("a", "href")
            // The editor writes every list as <ol>, each item saying its kind (Quill 2).
            .addAttributes("li", "data-list")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener nofollow");

    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private RichText() {
    }

    public static String cleaned(String html) {
        return html == null ? "" : Jsoup.clean(html, "", ALLOWED, COMPACT).strip();
    }

    /** The words a reader sees, without markup: what the length and emptiness rules count. */
    public static String text(String html) {
        return html == null ? "" : Jsoup.parse(html).text().strip();
    }
}
