package org.occuprint.render.docx;

import java.util.function.LongSupplier;

import org.occuprint.compose.Drawing.Fill;
import org.occuprint.compose.Drawing.Rect;
import org.occuprint.compose.Drawing.Stroke;
import org.occuprint.compose.QrCode;

/**
 * A QR code as a DrawingML group, vectors like the PDF's and the HTML's: a white square, the code with its quiet
 * zone; and one shape for the dark modules, whose custom geometry counts in modules. One shape, so that it moves
 * and scales as one in Word and prints crisp at any size.
 *
 * <p>The shape's sub-paths are the outlines of the dark areas, traced along the edges between dark and light
 * modules with the dark on the right of each edge: clockwise around an area, anticlockwise around a light hole
 * in one. So the nonzero and the even-odd rule fill the same modules, whichever an application uses. An outline
 * names only its corners: about two thirds of the points of a rectangle for each run of dark modules, and the
 * code is the largest drawing of a handout.
 */
final class QrCodes {
    // the directions of an edge, as bits of a corner's outgoing edges; turning right is the next one
    private static final int RIGHT = 0;
    private static final int DOWN = 1;
    private static final int LEFT = 2;
    private static final int UP = 3;
    private static final int[] DX = {1, 0, -1, 0};
    private static final int[] DY = {0, 1, 0, -1};

    private QrCodes() {
    }

    /** The {@code wpg:wgp} group of the code, {@code size} points square with its quiet zone. */
    static String group(QrCode code, float size, LongSupplier ids) {
        int modules = code.modules();
        float unit = size / (modules + 2 * QrCode.QUIET_ZONE);
        float quiet = QrCode.QUIET_ZONE * unit;
        StringBuilder x = new StringBuilder(256 + 100 * code.runs().size());
        ChartWriter.openGroup(x, size, size);
        ChartWriter.rect(x, new Rect(0, 0, size, size, Fill.WHITE, Stroke.NONE), ids.getAsLong());
        ChartWriter.start(x, ids.getAsLong(), "QR modules", false);
        ChartWriter.xfrm(x, quiet, quiet, modules * unit, modules * unit, false, false);
        ChartWriter.customGeometry(x, modules, modules, "");
        outlines(code, x);
        x.append("</a:path></a:pathLst></a:custGeom>");
        ChartWriter.fill(x, Fill.INK.rgb());
        x.append("<a:ln><a:noFill/></a:ln></wps:spPr>");
        ChartWriter.shapeBody(x);
        return x.append("</wpg:wgp>").toString();
    }

    /**
     * Appends the outlines of the code's dark areas as closed sub-paths. Every module corner (a point of the
     * grid of {@code modules + 1} by {@code modules + 1}) keeps the directions of the edges that leave it; where
     * two dark modules touch only at a corner, the outline coming in turns right, so that each area is traced on
     * its own and every edge belongs to one outline.
     */
    private static void outlines(QrCode code, StringBuilder x) {
        int n = code.modules();
        boolean[] dark = new boolean[n * n];
        for (QrCode.Run r : code.runs()) {
            for (int i = 0; i < r.length(); i++) {
                dark[r.y() * n + r.x() + i] = true;
            }
        }
        int side = n + 1;
        byte[] edges = new byte[side * side];
        for (int y = 0; y < n; y++) {
            for (int c = 0; c < n; c++) {
                if (!dark[y * n + c]) {
                    continue;
                }
                if (y == 0 || !dark[(y - 1) * n + c]) {
                    edges[y * side + c] |= 1 << RIGHT;
                }
                if (c == n - 1 || !dark[y * n + c + 1]) {
                    edges[y * side + c + 1] |= 1 << DOWN;
                }
                if (y == n - 1 || !dark[(y + 1) * n + c]) {
                    edges[(y + 1) * side + c + 1] |= 1 << LEFT;
                }
                if (c == 0 || !dark[y * n + c - 1]) {
                    edges[(y + 1) * side + c] |= 1 << UP;
                }
            }
        }
        byte[] left = edges.clone();
        for (int start = 0; start < left.length; start++) {
            while (left[start] != 0) {
                // Every outline through a corner scanned earlier is traced already, so this corner is the outline's
                // first in reading order, which is always one where it turns: the sub-path starts there.
                int first = Integer.numberOfTrailingZeros(left[start]);
                int at = start;
                int dir = first;
                int previous = -1;
                boolean moved = false;
                do {
                    left[at] &= (byte) ~(1 << dir);
                    if (dir != previous) {
                        point(x, moved ? "lnTo" : "moveTo", at % side, at / side);
                        moved = true;
                    }
                    previous = dir;
                    at += DY[dir] * side + DX[dir];
                    dir = next(edges[at], dir);
                } while (at != start || dir != first);
                x.append("<a:close/>");
            }
        }
    }

    /** The edge that leaves a corner after one that arrived going {@code dir}: right, else straight on, else left. */
    private static int next(byte edges, int dir) {
        int right = (dir + 1) & 3;
        if ((edges & (1 << right)) != 0) {
            return right;
        }
        return (edges & (1 << dir)) != 0 ? dir : (dir + 3) & 3;
    }

    private static void point(StringBuilder x, String op, int px, int py) {
        x.append("<a:").append(op).append("><a:pt x=\"").append(px).append("\" y=\"").append(py).append("\"/></a:")
                .append(op).append('>');
    }
}
