package org.occuprint.compose;

import java.util.ArrayList;
import java.util.List;

import org.occuprint.compose.Block.Paragraph;
import org.occuprint.compose.Block.Subheading;
import org.occuprint.internal.Text;

/** "How to get ready": typical education, experience, training, job zone, then the written parts. */
final class EducationSection {
    private EducationSection() {
    }

    static List<Block> compose(Composition c) {
        Messages m = c.m;
        List<Block> out = new ArrayList<>();
        c.o.typicalEducation().map(Text::line).filter(s -> !s.isEmpty())
                .ifPresent(s -> out.add(new Paragraph(m.get("education.typical", s))));
        if (!c.summary) {
            c.o.workExperience().map(Text::line).filter(s -> !s.isEmpty())
                    .ifPresent(s -> out.add(new Paragraph(m.get("education.experience", s))));
            c.o.onTheJobTraining().map(Text::line).filter(s -> !s.isEmpty())
                    .ifPresent(s -> out.add(new Paragraph(m.get("education.training", s))));
        }
        if (!out.isEmpty()) {
            c.o.preparationGroup().ifPresent(g -> out.add(new Paragraph(
                    m.get("education.note.aggregate", Text.line(g.title()), g.code()))));
        }
        if (c.summary) {
            return out.isEmpty() ? List.of(new Paragraph(m.get("education.none", c.title))) : out;
        }
        c.o.jobZone().ifPresent(z -> out.add(new Paragraph(m.get("education.jobZone", Integer.toString(z), m.get("jobZone." + z)))));
        addTitled(m, out, "education.heading.training", c.o.education());
        addTitled(m, out, "education.heading.licensing", c.o.licensing());
        addTitled(m, out, "education.heading.certification", c.o.certification());
        if (out.isEmpty()) {
            out.add(new Paragraph(m.get("education.none", c.title)));
        }
        return out;
    }

    private static void addTitled(Messages m, List<Block> out, String headingKey, List<String> texts) {
        List<Block> paragraphs = Composition.paragraphs(texts);
        if (!paragraphs.isEmpty()) {
            out.add(new Subheading(m.get(headingKey)));
            out.addAll(paragraphs);
        }
    }
}
