package org.mlatlas.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.mlatlas.domain.Node;

/**
 * What the steps of a plan (or the entries of a reading list) have read so far, work by work, and what that leaves of
 * another reading.
 *
 * <p>A reading is already read when an earlier one had the same {@linkplain #key key} (the same work and the same part
 * text, or the same work read whole), when it is a part of a work read whole earlier, or when its part's sections
 * ({@link PartSet}) all lie inside parts of the same work read earlier ("§2.1" after "§2"). It is partly read when
 * its sections meet parts read earlier without lying inside them ("§1, §3 and §4" after "§3"), or when it is a work
 * read whole after some of its parts: then only the rest counts, its minutes less the minutes the earlier parts took
 * (a part that reaches outside it counts for the share of its sections inside it; when that leaves nothing though
 * sections are left, the share of its own sections not read). A part label that does not parse meets only the same
 * text.
 */
final class ReadSoFar {
    /**
     * What earlier readings leave of one reading.
     *
     * @param readIn    the step (or entry, 1-based) that read all of it already, or 0
     * @param partlyIn  when it is partly read, every step that read some of it, ascending; else empty
     * @param rest      when partly read, the minutes of what is left
     */
    record Seen(int readIn, List<Integer> partlyIn, int rest) {
        static final Seen UNREAD = new Seen(0, List.of(), 0);

        static Seen read(int step) {
            return new Seen(step, List.of(), 0);
        }

        boolean isRead() {
            return readIn > 0;
        }

        boolean isPartlyRead() {
            return !partlyIn.isEmpty();
        }
    }

    /** A part read earlier: its sections (null when its label does not parse), the minutes it took, its step. */
    private record ReadPart(PartSet sections, int minutes, int step) {
    }

    private final PrerequisiteGraph graph;
    private final Map<Key, Integer> readings = new HashMap<>();
    private final Map<String, Integer> wholeWorks = new HashMap<>();
    private final Map<String, List<ReadPart>> parts = new HashMap<>();

    ReadSoFar(PrerequisiteGraph graph) {
        this.graph = graph;
    }

    /** A paper or resource asked about is its own reading, read whole however long it is. */
    static boolean isItself(Reading reading, Node node) {
        return reading.id().equals(node.id());
    }

    /** A reading as {@link Reading#sameReadingKey} tells readings apart: the work, and its part (null when read whole). */
    private record Key(String work, String part) {
    }

    /**
     * What makes a step's reading the same as another step's, as {@link Reading#sameReadingKey} says (null when it
     * cannot be told), or the node itself, read whole.
     */
    private static Key key(Reading reading, Node node) {
        if (isItself(reading, node) || reading.part() == null && reading.partMinutes() == null && !reading.isWholeLongWork()) {
            return new Key(reading.id(), null);
        }
        return reading.part() == null ? null : new Key(reading.id(), reading.part());
    }

    /** True for a named or unnamed part of a work, not the work read whole. */
    static boolean isPart(Reading reading) {
        return reading.part() != null || reading.partMinutes() != null;
    }

    /** True when nothing of the work has been read yet, neither whole nor any part. */
    boolean untouched(String work) {
        return !wholeWorks.containsKey(work) && !parts.containsKey(work);
    }

    /** What the readings so far leave of {@code reading}, read for {@code node}. */
    Seen seen(Reading reading, Node node) {
        Key key = key(reading, node);
        Integer step = key == null ? null : readings.get(key);
        if (step != null) {
            return Seen.read(step);
        }
        List<ReadPart> read = parts.get(reading.id());
        if (isPart(reading)) {
            Integer whole = wholeWorks.get(reading.id());
            if (whole != null) {
                return Seen.read(whole);
            }
            PartSet mine = graph.sections(reading.part()).orElse(null);
            return mine == null || read == null ? Seen.UNREAD : seenPart(mine, reading.minutes(), read);
        }
        Integer minutes = isItself(reading, node) || reading.isTimed() ? reading.minutes() : null;
        if (read == null || minutes == null) {
            return Seen.UNREAD;
        }
        int before = 0;
        int last = 0;
        for (ReadPart p : read) {
            before += p.minutes;
            last = Math.max(last, p.step);
        }
        if (before == 0) {
            return Seen.UNREAD;
        }
        return before >= minutes ? Seen.read(last) : new Seen(0, steps(read, null), minutes - before);
    }

    /** The steps, ascending and each once, of the parts read that meet {@code mine} (all of them when it is null). */
    private static List<Integer> steps(List<ReadPart> read, PartSet mine) {
        TreeSet<Integer> steps = new TreeSet<>();
        for (ReadPart p : read) {
            if (mine == null || p.sections != null && p.sections.intersects(mine)) {
                steps.add(p.step);
            }
        }
        return List.copyOf(steps);
    }

    private static Seen seenPart(PartSet mine, Integer minutes, List<ReadPart> read) {
        PartSet met = null;
        int last = 0;
        int containing = 0;
        double inside = 0;
        for (ReadPart p : read) {
            if (p.sections == null || !p.sections.intersects(mine)) {
                continue;
            }
            met = met == null ? p.sections : met.union(p.sections);
            last = Math.max(last, p.step);
            if (containing == 0 && p.sections.contains(mine)) {
                containing = p.step;
            }
            inside += mine.contains(p.sections) ? p.minutes : p.minutes * p.sections.shareMetBy(mine);
        }
        if (met == null) {
            return Seen.UNREAD;
        }
        if (met.contains(mine)) {
            return Seen.read(containing > 0 ? containing : last);
        }
        if (minutes == null) {
            return Seen.UNREAD;
        }
        long rest = Math.round(minutes - inside);
        if (rest <= 0) {
            rest = Math.max(1, Math.round(minutes * (1 - mine.shareMetBy(met))));
        }
        return rest >= minutes ? Seen.UNREAD : new Seen(0, steps(read, mine), (int) rest);
    }

    /**
     * Records that step {@code step} read {@code reading}, parts of one work made of {@code pieces} (a paper's
     * introduction and the step's own part), each counted for its own minutes.
     */
    void record(Reading reading, int step, List<Reading> pieces) {
        readings.putIfAbsent(new Key(reading.id(), reading.part()), step);
        for (Reading piece : pieces) {
            readings.putIfAbsent(new Key(piece.id(), piece.part()), step);
            parts.computeIfAbsent(piece.id(), k -> new ArrayList<>(2))
                    .add(new ReadPart(graph.sections(piece.part()).orElse(null), piece.minutes(), step));
        }
    }

    /** Records that step {@code step} read {@code reading} for {@code node}, adding {@code minutes} to the plan. */
    void record(Reading reading, Node node, int step, int minutes) {
        Key key = key(reading, node);
        if (key != null && readings.putIfAbsent(key, step) == null && key.part() == null) {
            wholeWorks.putIfAbsent(key.work(), step);
        }
        if (isPart(reading)) {
            parts.computeIfAbsent(reading.id(), k -> new ArrayList<>(2))
                    .add(new ReadPart(graph.sections(reading.part()).orElse(null), minutes, step));
        }
    }
}
