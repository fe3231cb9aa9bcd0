package org.occuprint.data;

import java.nio.file.Path;

/**
 * Measures what loading a data set and finding one occupation adds to a cold JVM: run it in a fresh JVM with
 * a data set and a code, and without arguments for the baseline (see docs/data-import.md). Not a test.
 */
final class DataSetColdStart {
    private DataSetColdStart() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        String title = "none";
        if (args.length == 2) {
            title = DataSet.load(Path.of(args[0])).find(args[1]).orElseThrow().title();
        }
        System.out.println(title + " " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }
}
