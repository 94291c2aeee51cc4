package org.mlatlas.layout;

import java.util.Arrays;

/**
 * A Barnes-Hut quadtree over points, kept in flat arrays so that rebuilding it every iteration allocates
 * nothing once it has grown. Each cell stores its total mass and centre of mass; far cells act as one body.
 */
final class QuadTree {
    private static final int MAX_DEPTH = 40;
    private static final int EMPTY = -1;
    private static final int INTERNAL = -2;

    private double[] cx = new double[64];
    private double[] cy = new double[64];
    private double[] half = new double[64];
    private double[] mass = new double[64];
    private double[] mx = new double[64];
    private double[] my = new double[64];
    private int[] body = new int[64];
    private int[] firstChild = new int[64];
    private double[] px = new double[64];
    private double[] py = new double[64];
    private int cells;

    private double[] weight;

    /** Rebuilds the tree over the first {@code n} points, each of mass {@code m[i]} (all 1 when null). */
    void build(double[] x, double[] y, double[] m, int n) {
        weight = m;
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        cells = 0;
        if (n == 0) {
            return;
        }
        double size = Math.max(maxX - minX, maxY - minY) / 2 + 1e-6;
        newCell((minX + maxX) / 2, (minY + maxY) / 2, size);
        for (int i = 0; i < n; i++) {
            insert(i, x, y);
        }
        if (px.length < cells) {
            px = new double[cx.length];
            py = new double[cx.length];
        }
        for (int c = 0; c < cells; c++) {
            px[c] = mass[c] == 0 ? 0 : mx[c] / mass[c];
            py[c] = mass[c] == 0 ? 0 : my[c] / mass[c];
        }
    }

    private int newCell(double x, double y, double h) {
        if (cells == cx.length) {
            int cap = cells * 2;
            cx = Arrays.copyOf(cx, cap);
            cy = Arrays.copyOf(cy, cap);
            half = Arrays.copyOf(half, cap);
            mass = Arrays.copyOf(mass, cap);
            mx = Arrays.copyOf(mx, cap);
            my = Arrays.copyOf(my, cap);
            body = Arrays.copyOf(body, cap);
            firstChild = Arrays.copyOf(firstChild, cap);
        }
        int c = cells++;
        cx[c] = x;
        cy[c] = y;
        half[c] = h;
        mass[c] = 0;
        mx[c] = 0;
        my[c] = 0;
        body[c] = EMPTY;
        firstChild[c] = -1;
        return c;
    }

    private double m(int i) {
        return weight == null ? 1 : weight[i];
    }

    private void insert(int i, double[] x, double[] y) {
        int c = 0;
        double mi = m(i);
        for (int depth = 0; ; depth++) {
            mass[c] += mi;
            mx[c] += x[i] * mi;
            my[c] += y[i] * mi;
            if (body[c] == EMPTY) {
                body[c] = i;
                return;
            }
            if (depth >= MAX_DEPTH) {
                return; // coincident points: they share this leaf's mass
            }
            if (body[c] >= 0) {
                int old = body[c];
                body[c] = INTERNAL;
                split(c);
                int q = quadrant(c, x[old], y[old]);
                int child = firstChild[c] + q;
                double mo = m(old);
                mass[child] += mo;
                mx[child] += x[old] * mo;
                my[child] += y[old] * mo;
                body[child] = old;
            } else if (body[c] != INTERNAL) {
                return;
            }
            c = firstChild[c] + quadrant(c, x[i], y[i]);
        }
    }

    private void split(int c) {
        double h = half[c] / 2;
        double x = cx[c];
        double y = cy[c];
        int first = newCell(x - h, y - h, h);
        newCell(x + h, y - h, h);
        newCell(x - h, y + h, h);
        newCell(x + h, y + h, h);
        firstChild[c] = first;
    }

    private int quadrant(int c, double x, double y) {
        return (x >= cx[c] ? 1 : 0) + (y >= cy[c] ? 2 : 0);
    }

    /**
     * Adds to {@code out[0..1]} the repulsion on point {@code i} at (x, y): {@code k2 / d} per unit of mass
     * (the caller multiplies by point i's own mass),
     * treating a cell as one body when its width over its distance is below theta. Read-only on the tree, so
     * several threads may call it at once, each with its own {@code stack} (returned, grown if needed).
     */
    int[] repulsion(int i, double x, double y, double theta2, double k2, double[] out, int[] stack) {
        if (cells == 0) {
            return stack;
        }
        int top = 0;
        stack[top++] = 0;
        double fx = 0;
        double fy = 0;
        while (top > 0) {
            int c = stack[--top];
            if (mass[c] == 0 || body[c] == i) {
                continue;
            }
            double dx = x - px[c];
            double dy = y - py[c];
            double d2 = dx * dx + dy * dy;
            double width = 2 * half[c];
            if (body[c] >= 0 || body[c] == EMPTY || firstChild[c] < 0 || width * width < theta2 * d2) {
                if (d2 < 1e-4) {
                    dx = ((i * 7919) % 13 - 6) * 0.01 + 0.01;
                    dy = ((i * 104729) % 11 - 5) * 0.01 + 0.01;
                    d2 = dx * dx + dy * dy;
                }
                double f = k2 * mass[c] / d2; // (k^2 / d) * unit vector = k^2 * delta / d^2
                fx += dx * f;
                fy += dy * f;
            } else {
                if (top + 4 > stack.length) {
                    stack = Arrays.copyOf(stack, stack.length * 2);
                }
                int f = firstChild[c];
                stack[top++] = f;
                stack[top++] = f + 1;
                stack[top++] = f + 2;
                stack[top++] = f + 3;
            }
        }
        out[0] += fx;
        out[1] += fy;
        return stack;
    }
}
