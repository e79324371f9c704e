package dev.crossfoot.read;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.check.RuleBook;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Issue 11's ratio, measured at steady state (BENCHMARKS.md, "SEC Financial Statement Data Sets"): what
 * checking a quarter costs against only reading it with the same reader, in one JVM, on one thread.
 *
 * <p>For each quarter: {@code WARMUPS} passes of each kind, then {@code PASSES} measured passes of each,
 * alternated (split, read, read + check, split, read, …) so that a change of the machine's load falls on
 * all three alike. Each pass is timed by the CPU time of the thread that does all of it ({@code --jobs 1}:
 * the run reads and checks on the calling thread), so the JIT's compiler threads and the collector's are
 * not in it, and by wall time.
 * <ul>
 *   <li><b>split</b>: every line of the four files split into its fields by {@link FsdsLines}, nothing kept;</li>
 *   <li><b>read</b>: the four files parsed into the quarter's {@code Document}s by {@link FsdsReader}, each dropped
 *       as it is built (what {@code crossfoot extract} does short of writing);</li>
 *   <li><b>read + check</b>: the same reading inside a run of {@link Crossfoot} (understand, check, diagnose, one
 *       part per document handed to a consumer that counts the findings), as {@code crossfoot check --jobs 1}
 *       does short of writing a report.</li>
 * </ul>
 * Checking alone is read + check − read of the same pass number. Prints each pass, then the median and the
 * range of each kind and the ratios. With {@code -Dfsds.jfr=FILE} the measured passes (not the warm-up) are
 * recorded by Flight Recorder with its {@code profile} settings, so the profile is of the steady state.
 * {@code java -cp target/crossfoot.jar:target/test-classes dev.crossfoot.read.FsdsCheckVsRead 3 5 2009q3.zip 2010q2.zip}
 */
public final class FsdsCheckVsRead {

    private FsdsCheckVsRead() {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int warmups = Integer.parseInt(args[0]);
        int passes = Integer.parseInt(args[1]);
        for (String arg : Arrays.asList(args).subList(2, args.length)) {
            Path zip = Path.of(arg);
            long[] findings = {0};
            for (int pass = 1; pass <= warmups; pass++) {
                FsdsReadFloor.parseOnly(zip);
                FsdsReadFloor.documents(zip);
                findings[0] = check(zip);
            }
            Recording recording = steadyStateRecording();
            List<Long> split = new ArrayList<>();
            List<Long> read = new ArrayList<>();
            List<Long> checked = new ArrayList<>();
            for (int pass = 1; pass <= passes; pass++) {
                long[] s = timed(() -> FsdsReadFloor.parseOnly(zip));
                long[] r = timed(() -> FsdsReadFloor.documents(zip));
                long[] c = timed(() -> findings[0] = check(zip));
                split.add(s[0]);
                read.add(r[0]);
                checked.add(c[0]);
                System.out.printf("%s pass %d: split %d ms CPU (%d wall); read %d ms CPU (%d wall); read + check %d ms CPU"
                        + " (%d wall), %d findings%n", zip.getFileName(), pass, s[0], s[1], r[0], r[1], c[0], c[1], findings[0]);
            }
            if (recording != null) {
                recording.dump(Path.of(System.getProperty("fsds.jfr").replace(".jfr", "-" + zip.getFileName() + ".jfr")));
                recording.close();
            }
            List<Long> alone = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < passes; i++) {
                alone.add(checked.get(i) - read.get(i));
                ratios.add((double) checked.get(i) / read.get(i));
            }
            System.out.printf("%s, %d warm-up and %d measured passes, thread CPU, median [range] in ms:%n", zip.getFileName(),
                    warmups, passes);
            System.out.printf("  split the four files  %s%n  read to documents     %s%n  read + check          %s%n"
                            + "  checking alone        %s%n  read + check ÷ read   %.2f [%.2f–%.2f] (median of the pairs)%n"
                            + "  checking alone ÷ read %.2f (of the medians); read ÷ split %.1f%n",
                    spread(split), spread(read), spread(checked), spread(alone), median(ratios), ratios.stream().mapToDouble(d -> d).min().orElse(0),
                    ratios.stream().mapToDouble(d -> d).max().orElse(0), (double) median(alone) / median(read),
                    (double) median(read) / median(split));
        }
    }

    /** A Flight Recorder recording with the {@code profile} settings, started now, when {@code -Dfsds.jfr} asks for one. */
    private static Recording steadyStateRecording() throws Exception {
        if (System.getProperty("fsds.jfr") == null) {
            return null;
        }
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.start();
        return recording;
    }

    /** Reads and checks the quarter on this thread, as {@code crossfoot check --jobs 1}; the number of findings. */
    private static long check(Path zip) throws Exception {
        Crossfoot crossfoot = new Crossfoot(RuleBook.builtIn(), Inputs.standard(), false, (where, failure) -> { }, 1, false);
        long[] findings = {0};
        crossfoot.stream(List.of(zip), Crossfoot.Progress.NONE, part -> findings[0] += part.findings().size());
        return findings[0];
    }

    private interface Work {
        void run() throws Exception;
    }

    /** The work's CPU time on this thread and its wall time, in ms. */
    private static long[] timed(Work work) throws Exception {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        work.run();
        return new long[] {(THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000, (System.nanoTime() - wall) / 1_000_000};
    }

    private static String spread(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return String.format("%,6d [%,d–%,d]", median(values), sorted.get(0), sorted.get(sorted.size() - 1));
    }

    private static <T extends Comparable<T>> T median(List<T> values) {
        List<T> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
