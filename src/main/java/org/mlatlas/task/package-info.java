/**
 * Slow work off the UI thread without any UI toolkit: {@link org.mlatlas.task.Background} runs database,
 * planner and layout work on worker threads and hands results to whatever executor the UI gives it
 * ({@code Platform::runLater} in the window, the calling thread in tests).
 */
package org.mlatlas.task;
