package org.mlatlas.imports;

/** Told how a long import advances; the command line draws it as a progress bar. */
public interface ImportProgress {
    /** Progress that nobody watches. */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void start(String phase, long total) {
        }

        @Override
        public void step(long done) {
        }

        @Override
        public void end() {
        }
    };

    /** A phase begins ("reading", "writing"); {@code total} is in the phase's units, or -1 when unknown. */
    void start(String phase, long total);

    /** {@code done} units of the current phase are finished. */
    void step(long done);

    /** The current phase is over. */
    void end();
}
