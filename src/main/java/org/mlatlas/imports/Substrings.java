package org.mlatlas.imports;

import java.util.Arrays;

/**
 * A text that grows at its end and answers whether a string occurs in it, in time proportional to that string's
 * length however long the text has grown (a suffix automaton: appending is amortised constant time per character,
 * and it holds at most 2n states and 3n transitions for a text of n characters).
 *
 * <p>For a merged node's notes: a note is appended only when the notes do not already contain it, and a node that
 * thousands of items of a large import match must not rescan all its notes for each of them.
 */
final class Substrings {
    // states: the length of the longest string reaching the state, its suffix link, its first outgoing edge
    private int[] length = new int[16];
    private int[] link = new int[16];
    private int[] firstEdge = new int[16];
    private int states;
    // edges, as linked lists per state
    private char[] edgeChar = new char[16];
    private int[] edgeTarget = new int[16];
    private int[] nextEdge = new int[16];
    private int edges;
    /** The state of the whole text. */
    private int last;
    /** The first state's edges by ASCII characters, which it mostly has (-1: none); its others are in the lists. */
    private final int[] rootAscii = new int[128];

    Substrings() {
        Arrays.fill(rootAscii, -1);
        last = newState(0, -1);
    }

    /** Appends {@code text} at the end. */
    void append(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            extend(text.charAt(i));
        }
    }

    /** True when {@code s} occurs in the text (the empty string always does). */
    boolean contains(CharSequence s) {
        int state = 0;
        for (int i = 0; i < s.length() && state >= 0; i++) {
            state = target(state, s.charAt(i));
        }
        return state >= 0;
    }

    private void extend(char c) {
        int current = newState(length[last] + 1, 0);
        int p = last;
        while (p >= 0 && target(p, c) < 0) {
            addEdge(p, c, current);
            p = link[p];
        }
        if (p >= 0) {
            int q = target(p, c);
            if (length[p] + 1 == length[q]) {
                link[current] = q;
            } else {
                int clone = newState(length[p] + 1, link[q]);
                for (int e = firstEdge[q]; e >= 0; e = nextEdge[e]) {
                    addEdge(clone, edgeChar[e], edgeTarget[e]);
                }
                while (p >= 0 && redirect(p, c, q, clone)) {
                    p = link[p];
                }
                link[q] = clone;
                link[current] = clone;
            }
        }
        last = current;
    }

    /** The state reached from {@code state} by {@code c}, or -1. */
    private int target(int state, char c) {
        if (state == 0 && c < 128) {
            return rootAscii[c];
        }
        for (int e = firstEdge[state]; e >= 0; e = nextEdge[e]) {
            if (edgeChar[e] == c) {
                return edgeTarget[e];
            }
        }
        return -1;
    }

    /** Points {@code state}'s edge by {@code c} at {@code to} if it points at {@code from}; false if it does not. */
    private boolean redirect(int state, char c, int from, int to) {
        if (state == 0 && c < 128) {
            if (rootAscii[c] != from) {
                return false;
            }
            rootAscii[c] = to;
            return true;
        }
        for (int e = firstEdge[state]; e >= 0; e = nextEdge[e]) {
            if (edgeChar[e] == c) {
                if (edgeTarget[e] != from) {
                    return false;
                }
                edgeTarget[e] = to;
                return true;
            }
        }
        return false;
    }

    private int newState(int len, int suffixLink) {
        if (states == length.length) {
            int n = states * 2;
            length = Arrays.copyOf(length, n);
            link = Arrays.copyOf(link, n);
            firstEdge = Arrays.copyOf(firstEdge, n);
        }
        length[states] = len;
        link[states] = suffixLink;
        firstEdge[states] = -1;
        return states++;
    }

    private void addEdge(int state, char c, int to) {
        if (state == 0 && c < 128) {
            rootAscii[c] = to;
            return;
        }
        if (edges == edgeChar.length) {
            int n = edges * 2;
            edgeChar = Arrays.copyOf(edgeChar, n);
            edgeTarget = Arrays.copyOf(edgeTarget, n);
            nextEdge = Arrays.copyOf(nextEdge, n);
        }
        edgeChar[edges] = c;
        edgeTarget[edges] = to;
        nextEdge[edges] = firstEdge[state];
        firstEdge[state] = edges++;
    }
}
