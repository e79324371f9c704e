package dev.crossfoot;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one place that decides where the shared seeds and corpus are: {@code ../shared} beside the
 * checkout (Maven runs tests in the project folder), or {@code -Dcrossfoot.shared=DIR}. A test
 * that needs a file that is not there is skipped with the reason, never passed silently.
 */
public final class SharedData {

    private static final Path ROOT = Path.of(System.getProperty("crossfoot.shared", "../shared")).toAbsolutePath().normalize();

    private SharedData() {
    }

    /** The shared file or folder at {@code relative} ("seeds/001_….txt", "corpus/html-10k-10q"). */
    public static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    /** {@link #path}, after skipping the calling test when it is missing. */
    public static Path require(String relative) {
        Path path = path(relative);
        Assumptions.assumeTrue(Files.exists(path), () -> "the shared data " + path + " is not there: "
                + "check out the project beside ../shared or pass -Dcrossfoot.shared=DIR");
        return path;
    }
}
