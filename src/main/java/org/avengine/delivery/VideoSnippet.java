package org.avengine.delivery;

import org.springframework.web.util.HtmlUtils;

/**
 * An entity's media as HTML a page can embed: one {@code <video controls preload="metadata">} per
 * asset, with its poster and a {@code <source>} per link in the order browsers should try them, every
 * value escaped.
 */
final class VideoSnippet {

    private VideoSnippet() {
    }

    static String of(EntityLinks.EntityMediaList list) {
        StringBuilder html = new StringBuilder();
        for (EntityLinks.Media media : list.media()) {
            html.append("<video controls preload=\"metadata\"");
            if (media.poster() != null) {
                html.append(" poster=\"").append(escape(media.poster())).append('"');
            }
            if (media.width() != null && media.height() != null) {
                html.append(" width=\"").append(media.width()).append("\" height=\"").append(media.height()).append('"');
            }
            if (media.title() != null) {
                html.append(" title=\"").append(escape(media.title())).append('"');
            }
            html.append(">\n");
            for (EntityLinks.Source source : media.sources()) {
                html.append("  <source src=\"").append(escape(source.src())).append("\" type=\"")
                        .append(escape(source.type())).append("\">\n");
            }
            html.append("</video>\n");
        }
        return html.toString();
    }

    private static String escape(String value) {
        return HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
