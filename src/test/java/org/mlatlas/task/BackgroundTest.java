package org.mlatlas.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackgroundTest {
    /**
     * The explorer's poll for changes outlives a failed round: a LinkageError (a jar rebuilt under the running
     * window) once ended the schedule silently, and the window never saw the store again.
     */
    @Test
    void aRepeatedTaskKeepsRunningAfterARoundThatFailed() throws Exception {
        Background background = new Background(Runnable::run);
        AtomicInteger rounds = new AtomicInteger();
        CountDownLatch afterFailures = new CountDownLatch(1);
        try {
            background.every(Duration.ofMillis(5), () -> {
                int round = rounds.incrementAndGet();
                if (round == 1) {
                    throw new IllegalStateException("the database went away");
                }
                if (round == 2) {
                    throw new NoClassDefFoundError("org/mlatlas/SomethingRebuilt");
                }
                afterFailures.countDown();
            });
            assertThat(afterFailures.await(60, TimeUnit.SECONDS)).as("a round ran after two failed ones").isTrue();
        } finally {
            background.close();
        }
    }
}
