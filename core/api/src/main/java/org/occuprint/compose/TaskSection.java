package org.occuprint.compose;

import java.util.ArrayList;
import java.util.List;

import org.occuprint.compose.Block.BulletList;
import org.occuprint.compose.Block.Column;
import org.occuprint.compose.Block.ListItem;
import org.occuprint.compose.Block.Paragraph;
import org.occuprint.compose.Block.Table;
import org.occuprint.internal.Text;
import org.occuprint.model.Task;

/** "Tasks": a table of tasks with a sample skill each, or a list when no task has a skill. */
final class TaskSection {
    /** Tasks printed in the summary handout. */
    static final int SUMMARY_TASKS = 5;

    private TaskSection() {
    }

    static List<Block> compose(Composition c) {
        Messages m = c.m;
        List<List<String>> rows = new ArrayList<>();
        boolean anySkill = false;
        for (Task t : c.o.tasks()) {
            String task = Text.line(t.task());
            if (task.isEmpty()) {
                continue;
            }
            String skill = t.skill().map(Text::line).orElse("");
            anySkill |= !skill.isEmpty();
            rows.add(List.of(task, skill));
            if (c.summary && rows.size() == SUMMARY_TASKS) {
                break;
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Block> out = new ArrayList<>();
        if (anySkill) {
            out.add(new Paragraph(m.get(c.summary ? "tasks.intro.summary" : "tasks.intro", c.title)));
            out.add(new Table(m.get("tasks.caption"),
                    List.of(new Column(m.get("tasks.column.task"), false), new Column(m.get("tasks.column.skill"), false)),
                    rows, false, List.of()));
        } else {
            out.add(new Paragraph(m.get(c.summary ? "tasks.intro.summary" : "tasks.intro.plain", c.title)));
            out.add(new BulletList(rows.stream().map(r -> ListItem.of(r.get(0))).toList()));
        }
        return out;
    }
}
