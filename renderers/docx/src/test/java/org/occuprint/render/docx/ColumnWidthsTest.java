package org.occuprint.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.occuprint.compose.Block.Column;
import org.occuprint.compose.Block.Table;

class ColumnWidthsTest {
    private static final int TOTAL = 10080;

    private static Table table(List<Column> columns, List<List<String>> rows) {
        return new Table("Caption", columns, rows, false, List.of());
    }

    @Test
    void widthsFillTheTextWidthExactly() {
        Table t = table(List.of(new Column("Area", false), new Column("Median", true), new Column("Openings", true)),
                List.of(List.of("United States", "$50,250", "14,200")));
        assertThat(Arrays.stream(ColumnWidths.of(t, TOTAL, 105, 200)).sum()).isEqualTo(TOTAL);
    }

    @Test
    void theLongTextColumnGetsMostOfTheRoom() {
        String task = "Compile and maintain patients' medical records to document condition and treatment.";
        Table t = table(List.of(new Column("Task", false), new Column("Sample skill", false)),
                List.of(List.of(task, "Writing"), List.of(task, "Judgment and Decision Making")));
        int[] w = ColumnWidths.of(t, TOTAL, 105, 200);
        assertThat(w[0]).isGreaterThan(2 * w[1]);
        assertThat(w[1]).isGreaterThanOrEqualTo(22 * 105 + 200); // "Judgment and Decision Making" up to 22 characters
    }

    @Test
    void shortCellsStayUnbrokenWhenThereIsRoom() {
        Table t = table(List.of(new Column("Area", false), new Column("Employment, 2024", true),
                new Column("Projected employment, 2034", true), new Column("Numeric change", true),
                new Column("Percent change", true), new Column("Openings each year", true)),
                List.of(List.of("United States", "194,800", "208,600", "13,800", "7.1%", "14,200")));
        int[] w = ColumnWidths.of(t, TOTAL, 105, 200);
        assertThat(w[0]).isGreaterThanOrEqualTo("United States".length() * 105 + 200);
    }

    @Test
    void figuresStayWholeWhenOnlyTheHeadersCanGiveWay() {
        Table t = table(List.of(new Column("Area", false), new Column("Employment, 2024", true),
                new Column("Projected employment, 2034", true), new Column("Numeric change", true),
                new Column("Percent change", true), new Column("Openings each year", true)),
                List.of(List.of("United States", "194,800", "208,600", "13,800", "7.1%", "14,200")));
        int a4LargePrint = 9746;
        int charWidth = 198;
        int[] w = ColumnWidths.of(t, a4LargePrint, charWidth, 200);
        assertThat(Arrays.stream(w).sum()).isEqualTo(a4LargePrint);
        assertThat(w[1]).isGreaterThanOrEqualTo(7 * charWidth + 200);
        assertThat(w[0]).isGreaterThanOrEqualTo(6 * charWidth + 200); // "States" whole, the area wraps between words
    }

    @Test
    void boldHeaderWordsGetMoreRoomThanFiguresOfTheSameLength() {
        // the wage table: "Median" over "$51.99" broke as "Media / n" in LibreOffice when counted like the figure
        Table t = table(List.of(new Column("Area", false), new Column("Pay period", false),
                new Column("25th percentile", true), new Column("Median", true), new Column("75th percentile", true)),
                List.of(List.of("Riverside–San Bernardino–Ontario", "Hourly", "$21.46", "$51.99", "$51.99"),
                        List.of("United States", "Hourly", "$16.94", "$23.33", "$41.09")));
        int charWidth = 110;
        int[] w = ColumnWidths.of(t, TOTAL, charWidth, 200);
        assertThat(w[3]).isGreaterThanOrEqualTo((int) Math.ceil("Median".length() * ColumnWidths.BOLD * charWidth) + 200);
    }

    @Test
    void tooManyColumnsStillSumToTheTotal() {
        List<Column> columns = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> new Column("Extraordinarily long header " + i, true)).toList();
        List<String> row = columns.stream().map(c -> "1,234,567,890").toList();
        int[] w = ColumnWidths.of(table(columns, List.of(row)), TOTAL, 180, 200);
        assertThat(Arrays.stream(w).sum()).isEqualTo(TOTAL);
        assertThat(Arrays.stream(w).min().orElseThrow()).isPositive();
    }
}
