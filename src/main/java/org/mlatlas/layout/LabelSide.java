package org.mlatlas.layout;

/**
 * Chooses whether a label goes under its node or over it, in a drawing with straight edges: on the side that
 * fewer of the node's own edges cross (under when tied). Screen pixels, no JavaFX.
 */
public final class LabelSide {
    private LabelSide() {
    }

    /**
     * True when a label of {@code w x h}, centred on the node at (cx, cy) and {@code gap} from its centre, should go
     * under the node rather than over it, given the far ends (ex[k], ey[k]) of the node's first {@code count} edges.
     */
    public static boolean below(double cx, double cy, double w, double h, double gap, double[] ex, double[] ey,
                                int count) {
        int under = 0;
        int over = 0;
        for (int k = 0; k < count; k++) {
            if (hitsBox(cx, cy, ex[k], ey[k], cx - w / 2, cy + gap, cx + w / 2, cy + gap + h)) {
                under++;
            }
            if (hitsBox(cx, cy, ex[k], ey[k], cx - w / 2, cy - gap - h, cx + w / 2, cy - gap)) {
                over++;
            }
        }
        return under <= over;
    }

    /** True when the segment (ax, ay)-(bx, by) passes through the box [x0, x1] x [y0, y1] (Liang-Barsky). */
    public static boolean hitsBox(double ax, double ay, double bx, double by, double x0, double y0, double x1,
                                  double y1) {
        double t0 = 0;
        double t1 = 1;
        double[] p = {-(bx - ax), bx - ax, -(by - ay), by - ay};
        double[] q = {ax - x0, x1 - ax, ay - y0, y1 - ay};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else if (p[i] < 0) {
                t0 = Math.max(t0, q[i] / p[i]);
            } else {
                t1 = Math.min(t1, q[i] / p[i]);
            }
        }
        return t0 < t1;
    }
}
