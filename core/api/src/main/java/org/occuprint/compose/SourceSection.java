package org.occuprint.compose;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.occuprint.compose.Block.LinkItem;
import org.occuprint.compose.Block.LinkList;
import org.occuprint.compose.Block.Notice;
import org.occuprint.internal.Text;
import org.occuprint.model.Link;

/** "Other sources of information": the links, then the disclaimer that names the agency. */
final class SourceSection {
    private static final Pattern URL_PARTS =
            Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):(?://([^/?#]*))?([^?#]*)(?:\\?([^#]*))?(?:#(.*))?");

    private SourceSection() {
    }

    static List<Block> compose(Composition c) {
        List<LinkItem> items = new ArrayList<>();
        for (Link l : c.o.sources()) {
            String text = Text.line(l.title());
            String url = Text.line(l.url());
            if (!text.isEmpty() && !url.isEmpty()) {
                items.add(new LinkItem(text, url, safeHref(url)));
            }
        }
        if (items.isEmpty()) {
            return List.of();
        }
        return List.of(new LinkList(items), new Notice(c.agency != null ? c.m.get("sources.disclaimer", c.agency)
                : c.m.get("sources.disclaimer.noAgency")));
    }

    /**
     * The address as a link target, only for http, https and mailto addresses; others print as text.
     * Characters not allowed in a URI (spaces, angle brackets, non-ASCII) are percent-encoded.
     */
    static Optional<String> safeHref(String url) {
        Matcher mt = URL_PARTS.matcher(url.trim());
        if (!mt.matches()) {
            return Optional.empty();
        }
        String scheme = mt.group(1).toLowerCase(Locale.ROOT);
        try {
            if (scheme.equals("http") || scheme.equals("https")) {
                String host = mt.group(2);
                if (host == null || host.isEmpty() || host.contains("@")) {
                    return Optional.empty();
                }
                URI uri = new URI(scheme, host, mt.group(3), mt.group(4), mt.group(5));
                return Optional.of(uri.toASCIIString());
            }
            if (scheme.equals("mailto") && mt.group(2) == null && mt.group(3).contains("@")) {
                URI uri = new URI(scheme, mt.group(3) + (mt.group(4) == null ? "" : "?" + mt.group(4)), null);
                return Optional.of(uri.toASCIIString());
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
