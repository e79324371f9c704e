package dev.crossfoot.cli;

import java.nio.file.Path;

/**
 * GitHub's job summary file ({@code $GITHUB_STEP_SUMMARY}): every step appends to it, so a
 * report written there is appended, never written over another step's summary.
 */
final class StepSummary {

    private StepSummary() {
    }

    static boolean is(Path file) {
        String summary = System.getenv("GITHUB_STEP_SUMMARY");
        return summary != null && !summary.isBlank()
                && Path.of(summary).toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize());
    }
}
