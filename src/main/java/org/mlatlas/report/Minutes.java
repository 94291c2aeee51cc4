package org.mlatlas.report;

/** Formats reading times: {@code 45 min}, {@code 2 h 05 min}. */
public final class Minutes {
    private Minutes() {
    }

    /** A duration for people, in hours and minutes. */
    public static String format(int minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        return String.format("%d h %02d min", minutes / 60, minutes % 60);
    }
}
