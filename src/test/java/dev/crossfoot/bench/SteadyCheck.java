package dev.crossfoot.bench;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.check.RuleBook;
import dev.crossfoot.read.Inputs;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Checking at steady state (BENCHMARKS.md, "Issue 14, seventh round"): the same inputs checked
 * PASSES times in one JVM on one job, the CPU time of the checking thread per pass. The first
 * passes pay for the JIT (whose compiler threads took as much CPU as the checking in a run of a
 * thousand documents); the later ones say what checking costs, and compare with the parse floor
 * ({@link ParseFloor}) the same way.
 * {@code java -cp target/test-classes:target/crossfoot.jar dev.crossfoot.bench.SteadyCheck 4 dataset.jsonl}
 * <p>Each pass also prints the bytes the checking thread allocated (with one job). With {@code -Dcrossfoot.bench.jobs=N} the passes run on N checking threads (the run's own thread reads and
 * records): then the wall time and the process's CPU per pass say what a second core gains once the JIT is done.
 */
public final class SteadyCheck {

    private SteadyCheck() {
    }

    public static void main(String[] args) throws Exception {
        int passes = Integer.parseInt(args[0]);
        List<Path> paths = Arrays.stream(args).skip(1).map(Path::of).toList();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int jobs = Integer.getInteger("crossfoot.bench.jobs", 1);
        var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int pass = 1; pass <= passes; pass++) {
            Crossfoot crossfoot = new Crossfoot(RuleBook.builtIn(), Inputs.standard(), false,
                    (where, failure) -> { }, jobs, false);
            long[] findings = {0};
            long cpu = threads.getCurrentThreadCpuTime();
            long allocated = allocatedBytes(threads);
            long processCpu = process.getProcessCpuTime();
            long wall = System.nanoTime();
            crossfoot.stream(paths, Crossfoot.Progress.NONE, part -> findings[0] += part.findings().size());
            System.out.printf("%s pass %d: %d findings, %d ms CPU of the %s thread, %d ms CPU of the process, %d ms wall (%d jobs), %d MB allocated by this thread%n", java.time.LocalTime.now(java.time.ZoneOffset.UTC).withNano(0), pass,
                    findings[0], (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000, jobs == 1 ? "checking" : "reading and recording",
                    (process.getProcessCpuTime() - processCpu) / 1_000_000, (System.nanoTime() - wall) / 1_000_000, jobs,
                    (allocatedBytes(threads) - allocated) / 1_000_000);
        }
    }

    /**
     * The bytes this thread has allocated so far: nearly deterministic for one jar and input (its passes agree to
     * 0.01 % once warm), so it shows work removed whatever the machine's load does to the times.
     */
    private static long allocatedBytes(ThreadMXBean threads) {
        return threads instanceof com.sun.management.ThreadMXBean counting ? counting.getCurrentThreadAllocatedBytes() : 0;
    }
}
