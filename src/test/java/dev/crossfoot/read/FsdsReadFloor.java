package dev.crossfoot.read;

import dev.crossfoot.model.Document;
import dev.crossfoot.model.Skipped;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * The floor a data-set run is measured against (BENCHMARKS.md): the time to read the four files of a quarter
 * with the same line parser and do nothing else, then the time to build its documents as well (no checking).
 * In one JVM, after a warm-up pass:
 * {@code mvn -q -Pbench test-compile exec:exec -Dbench.main=dev.crossfoot.read.FsdsReadFloor -Dbench.args="2009q3.zip 2010q2.zip"}
 */
public final class FsdsReadFloor {

    private FsdsReadFloor() {
    }

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            Path zip = Path.of(arg);
            parseOnly(zip);
            documents(zip);
            long[] parse = timed(() -> parseOnly(zip));
            long[] read = timed(() -> documents(zip));
            System.out.printf("%s: parse the four files %d ms wall, %d ms CPU; build the documents %d ms wall, %d ms CPU%n",
                    zip.getFileName(), parse[0], parse[1], read[0], read[1]);
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static long[] timed(Work work) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        work.run();
        return new long[] {(System.nanoTime() - wall) / 1_000_000, (os.getProcessCpuTime() - cpu) / 1_000_000};
    }

    private static final DocumentSink NOWHERE = new DocumentSink() {
        @Override
        public void document(Document document) {
        }

        @Override
        public void problem(InputProblem problem) {
        }

        @Override
        public void skipped(Skipped skipped) {
        }
    };

    /** Every line of the four files split into its fields by the header, nothing kept. */
    static void parseOnly(Path zip) throws Exception {
        try (FsdsFiles files = FsdsFiles.zip(zip, zip.toString())) {
            long[] fields = {0};
            for (String file : FsdsFiles.ALL) {
                if (files.has(file)) {
                    new FsdsLines(files, file, NOWHERE).read(List.of(), header -> line -> fields[0] += line.get(0).length());
                }
            }
            if (fields[0] == 0) {
                throw new IllegalStateException("nothing read from " + zip);
            }
        }
    }

    /** The quarter's documents built by the reader and dropped one by one (no checking). */
    static void documents(Path zip) {
        new FsdsReader().streamZip(zip, zip.toString(), false, NOWHERE);
    }
}
