package org.occuprint.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.occuprint.internal.Text;

/** The title block: title, other titles, specialties, codes, office lines, logo and counselor's note. */
final class TitleBlocks {
    /** Other titles printed in the summary handout. */
    static final int SUMMARY_ALSO_CALLED = 5;
    /** The logo's printed height, and its widest printed width, in points. */
    private static final float LOGO_HEIGHT = 40f;
    private static final float LOGO_MAX_WIDTH = 200f;

    private TitleBlocks() {
    }

    static TitleBlock compose(Composition c) {
        Messages m = c.m;
        List<String> lines = new ArrayList<>();
        List<String> also = Text.items(c.o.alsoCalled());
        if (c.summary && also.size() > SUMMARY_ALSO_CALLED) {
            also = also.subList(0, SUMMARY_ALSO_CALLED);
        }
        if (!also.isEmpty()) {
            lines.add(m.get("title.alsoCalled", String.join(m.get("list.separator"), also)));
        }
        List<String> specialties = Text.items(c.o.specialties());
        if (!specialties.isEmpty()) {
            lines.add(m.get("title.specialties", String.join(m.get("list.separator"), specialties)));
        }
        lines.add(m.get("title.codes", c.o.code(), c.o.socCode()));
        OutlookTerms.brightOutlookWords(c.o, m).ifPresent(lines::add);
        List<String> office = c.options.office().map(Text::lines).orElse(List.of()).stream()
                .filter(s -> !s.isEmpty()).toList();
        Optional<Image> logo = c.options.logo().map(l -> {
            float width = Math.min(LOGO_MAX_WIDTH, LOGO_HEIGHT * l.width() / l.height());
            float height = width * l.height() / l.width();
            String alt = c.agency != null ? m.get("logo.alt", c.agency) : m.get("logo.alt.none");
            return new Image(l, alt, width, height);
        });
        Optional<TitleBlock.Note> note = c.options.note().map(Text::lines).filter(l -> !l.isEmpty())
                .map(l -> new TitleBlock.Note(m.get("note.heading"), l));
        Optional<TitleBlock.Online> online = c.options.onlineProfile().filter(t -> !c.summary).map(t -> {
            String url = t.replace("{code}", c.o.code()).replace("{soc}", c.o.socCode());
            return new TitleBlock.Online(m.get("online.label"), url, m.get("online.alt", url));
        });
        return new TitleBlock(c.title, lines, office, logo, note, online);
    }
}
