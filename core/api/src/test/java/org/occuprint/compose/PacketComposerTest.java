package org.occuprint.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.occuprint.model.Occupation;
import org.occuprint.options.Detail;
import org.occuprint.options.InvalidOptionException;
import org.occuprint.options.RenderOptions;
import org.occuprint.options.SectionId;
import org.occuprint.testing.Fixtures;

class PacketComposerTest {
    private static Block.Table firstTable(PacketDocument p) {
        return (Block.Table) p.comparison().blocks().stream().filter(b -> b instanceof Block.Table).findFirst()
                .orElseThrow();
    }

    private static List<String> row(Block.Table t, String header) {
        return t.rows().stream().filter(r -> r.get(0).equals(header)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + header + " in " + t.rows()));
    }

    @Test
    void comparisonHasAColumnPerOccupationWithThePublishedFigures() {
        PacketDocument p = Fixtures.packet();
        Block.Table t = firstTable(p);
        List<Occupation> occupations = Fixtures.packetOccupations();
        assertThat(t.columns()).hasSize(1 + occupations.size());
        assertThat(t.columns().get(1).header()).isEqualTo("Medical Records Specialists");
        assertThat(row(t, "O*NET-SOC code")).containsExactly("O*NET-SOC code", "29-2072.00", "99-9999.02", "99-9999.01");
        // the flagship's figures as the profile publishes them (examples/profiles/29-2072.00.json)
        assertThat(row(t, "Median wage, Riverside–San Bernardino–Ontario").get(1)).isEqualTo("$53,460 a year");
        assertThat(row(t, "Median wage, United States").get(1)).isEqualTo("$50,250 a year");
        assertThat(row(t, "Projected growth, United States").get(1))
                .isEqualTo("Up 7.1% from 2024 to 2034: faster than average");
        assertThat(row(t, "Openings a year, United States").get(1)).isEqualTo("14,200");
        assertThat(row(t, "Typical education to enter").get(1)).isEqualTo("Postsecondary nondegree award");
        // no figure is ever printed as 0 or N/A
        assertThat(t.rows().stream().flatMap(List::stream)).noneMatch(c -> c.equals("0") || c.contains("N/A"));
    }

    @Test
    void officeLogoAndNotePrintOnceOnTheFirstPage() {
        PacketDocument p = Fixtures.packet();
        assertThat(p.titleBlock().note()).isPresent();
        assertThat(p.titleBlock().officeLines()).containsExactly("Riverside Job Center", "(951) 555-0100");
        assertThat(p.titleBlock().lines()).containsExactly("Prepared by EDD");
        for (PacketDocument.Handout h : p.handouts()) {
            assertThat(h.document().titleBlock().note()).isEmpty();
            assertThat(h.document().titleBlock().officeLines()).isEmpty();
            assertThat(h.document().titleBlock().logo()).isEmpty();
        }
    }

    @Test
    void everyAnchorIsUniqueAndEveryContentsEntryPointsAtOne() {
        PacketDocument p = Fixtures.packet();
        List<String> anchors = new ArrayList<>();
        p.allSections().forEach(s -> anchors.add(s.anchor()));
        p.handouts().forEach(h -> anchors.add(h.anchor()));
        assertThat(new HashSet<>(anchors)).hasSameSizeAs(anchors);
        assertThat(p.handouts().get(1).document().section(SectionId.WAGES).map(Section::anchor)).hasValue("o2-wages");
        assertThat(p.contents().entries()).extracting(PacketDocument.Entry::anchor).allMatch(anchors::contains)
                .startsWith("comparison", "o1", "o2", "o3").endsWith("sources", "about");
        assertThat(p.contents().entries().get(1).text()).isEqualTo("Medical Records Specialists (29-2072.00)");
    }

    @Test
    void handoutsLoseTheirSourcesAndClosingWhichPrintOnceAtTheEnd() {
        PacketDocument p = Fixtures.packet();
        for (PacketDocument.Handout h : p.handouts()) {
            assertThat(h.document().sections()).noneMatch(s -> s.id().isEmpty() || s.id().get() == SectionId.SOURCES);
        }
        assertThat(p.closing()).extracting(Section::anchor).containsExactly("sources", "about");
        List<Block> sources = p.closing().get(0).blocks();
        long disclaimers = sources.stream().filter(b -> b instanceof Block.Notice).count();
        assertThat(disclaimers).isEqualTo(1);
        assertThat(sources.stream().filter(b -> b instanceof Block.Subheading).map(b -> ((Block.Subheading) b).text()))
                .contains("Medical Records Specialists");
        // every paragraph of each handout's closing part is in the packet's, once
        Set<Block> about = Set.copyOf(p.closing().get(1).blocks());
        assertThat(about).hasSameSizeAs(p.closing().get(1).blocks());
        for (Occupation o : Fixtures.packetOccupations()) {
            ProfileDocument alone = new ProfileComposer().compose(o, Fixtures.options().toBuilder().agency("EDD").build());
            Section closing = alone.sections().get(alone.sections().size() - 1);
            assertThat(about).containsAll(closing.blocks());
        }
    }

    @Test
    void handoutsAreComposedAsTheyAreAloneWithTheSameDetail() {
        RenderOptions summary = Fixtures.options().toBuilder().detail(Detail.SUMMARY).build();
        PacketDocument p = new PacketComposer().compose(Fixtures.packetOccupations(), summary);
        ProfileDocument alone = new ProfileComposer().compose(Fixtures.flagship(), summary);
        ProfileDocument inPacket = p.handouts().get(0).document();
        assertThat(inPacket.titleBlock()).isEqualTo(alone.titleBlock());
        assertThat(inPacket.sections().stream().map(Section::blocks).toList())
                .isEqualTo(alone.sections().stream().filter(s -> s.id().isPresent() && s.id().get() != SectionId.SOURCES)
                        .map(Section::blocks).toList());
    }

    @Test
    void moreThanFourOccupationsSplitTheComparisonIntoTablesOfFour() {
        List<Occupation> six = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            six.add(Fixtures.flagship().toBuilder().code("29-2072.0" + i).title("Specialist " + i).build());
        }
        PacketDocument p = new PacketComposer().compose(six, Fixtures.options());
        List<Block.Table> tables = p.comparison().blocks().stream().filter(b -> b instanceof Block.Table)
                .map(b -> (Block.Table) b).toList();
        assertThat(tables).extracting(t -> t.columns().size()).containsExactly(5, 3);
        assertThat(tables).extracting(Block.Table::caption).containsExactly("The occupations compared, 1 to 4 of 6",
                "The occupations compared, 5 to 6 of 6");
        assertThat(tables.get(0).notes()).isEmpty();
        assertThat(tables.get(1).notes()).isNotEmpty();
    }

    @Test
    void tooFewTooManyOrTwiceTheSameAreRefusedNamingTheOption() {
        PacketComposer c = new PacketComposer();
        assertThatThrownBy(() -> c.compose(List.of(Fixtures.flagship()), Fixtures.options()))
                .isInstanceOf(InvalidOptionException.class).hasMessage("A packet holds 2 to 20 occupations; 1 was given.");
        List<Occupation> many = new ArrayList<>();
        for (int i = 10; i <= 30; i++) {
            many.add(Fixtures.flagship().toBuilder().code("29-2072." + i).build());
        }
        assertThatThrownBy(() -> c.compose(many, Fixtures.options())).isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("21 were given");
        assertThatThrownBy(() -> c.compose(List.of(Fixtures.flagship(), Fixtures.flagship()), Fixtures.options()))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessage("The occupation 29-2072.00 is in the packet twice.");
    }

    @Test
    void theComparisonUsesTheSameWordsAsTheHandoutsForMissingFigures() {
        PacketDocument p = Fixtures.packet();
        Set<String> cells = firstTable(p).rows().stream().flatMap(r -> r.stream().skip(1)).collect(Collectors.toSet());
        assertThat(cells).doesNotContain("", "—");
    }
}
