package fr.portailfamilles.content.control;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.regex.Pattern;

/**
 * The news' text as staff format it in the editor, kept to what a news item needs: paragraphs, bold, italics,
 * underline, lists and links (http, https, mailto, tel, opened with rel="noopener nofollow"). Scripts, event
 * handlers, styles, images and frames are dropped before anything is stored, whoever posted it. A link typed as people
 * write it ("www.mairie.fr", "accueil@mairie.fr") gets its scheme rather than being dropped as a relative address.
 */
public final class RichText {

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "br", "strong", "b", "em", "i", "u", "s", "ul", "ol", "li", "a", "blockquote")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .addEnforcedAttribute("a", "rel", "noopener nofollow");

    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)www\\.[^\\s/:@]+\\.[^\\s]+");
    private static final Pattern MAIL_ADDRESS = Pattern.compile("[^\\s/:@]+@[^\\s/:@]+\\.[a-zA-Z]{2,}");

    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private RichText() {
    }

    public static String cleaned(String html) {
        if (html == null) {
            return "";
        }
        Document typed = Jsoup.parseBodyFragment(html);
        typed.select("a[href]").forEach(link -> link.attr("href", withScheme(link.attr("href").strip())));
        typed.select("ol").forEach(RichText::listsOfTheirKind);
        Document clean = new Cleaner(ALLOWED).clean(typed);
        clean.outputSettings(COMPACT);
        return clean.body().html().strip();
    }

    /**
     * The editor writes every list as {@code <ol>}, each item saying its kind (Quill 2): a bulleted list would be read
     * out and printed as numbered. Each run of items of one kind becomes the list it is; the editor reads both back.
     */
    private static void listsOfTheirKind(Element list) {
        Element current = null;
        for (Element item : list.children().stream().filter(child -> child.nameIs("li")).toList()) {
            String kind = "bullet".equals(item.attr("data-list")) ? "ul" : "ol";
            if (current == null || !current.nameIs(kind)) {
                current = new Element(kind);
                list.before(current);
            }
            current.appendChild(item.removeAttr("data-list"));
        }
        list.remove();
    }

    private static String withScheme(String href) {
        if (WEB_ADDRESS.matcher(href).matches()) {
            return "https://" + href;
        }
        if (MAIL_ADDRESS.matcher(href).matches()) {
            return "mailto:" + href;
        }
        return href;
    }

    /** The words a reader sees, without markup: what the length and emptiness rules count. */
    public static String text(String html) {
        return html == null ? "" : Jsoup.parse(html).text().strip();
    }
}
