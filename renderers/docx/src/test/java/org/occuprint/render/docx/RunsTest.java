package org.occuprint.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.occuprint.render.docx.Runs.Segment;

class RunsTest {
    @Test
    void leftToRightTextIsOneSegment() {
        assertThat(Runs.segments("Plain text, 42.")).containsExactly(new Segment("Plain text, 42.", false));
        assertThat(Runs.segments("")).containsExactly(new Segment("", false));
    }

    @Test
    void rightToLeftStretchesKeepTheirInnerSpacesAndLeaveThePunctuationOut() {
        assertThat(Runs.segments("Right to left: \u05e2\u05d5\u05d1\u05d3 \u05e8\u05e9\u05d5\u05de\u05d5\u05ea and "
                + "\u0645\u062e\u062a\u0635; done")).containsExactly(
                        new Segment("Right to left: ", false),
                        new Segment("\u05e2\u05d5\u05d1\u05d3 \u05e8\u05e9\u05d5\u05de\u05d5\u05ea", true),
                        new Segment(" and ", false),
                        new Segment("\u0645\u062e\u062a\u0635", true),
                        new Segment("; done", false));
    }

    @Test
    void textThatIsAllRightToLeftIsOneSegment() {
        assertThat(Runs.segments("\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd"))
                .containsExactly(new Segment("\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd", true));
    }
}
