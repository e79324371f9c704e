package dev.crossfoot.bench;

import dev.crossfoot.Reproducers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the reproducers of issue 12 into a folder, one sub-folder per case, so that the
 * robustness benchmark can time the command line on each (see BENCHMARKS.md):
 * {@code java -cp target/test-classes:target/classes dev.crossfoot.bench.ReproducerFiles target/repro}.
 */
public final class ReproducerFiles {

    private ReproducerFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/repro");
        for (Reproducers.Case reproducer : Reproducers.all()) {
            Path dir = folder.resolve(reproducer.name());
            Files.createDirectories(dir);
            Files.write(dir.resolve(reproducer.fileName()), reproducer.content());
        }
    }
}
