package dev.crossfoot.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * {@code crossfoot check} on Apache Spark, for datasets past one machine: reads JSON Lines
 * datasets, SEC Financial Statement Data Set quarters (zips or folders of the four files) and any
 * other input crossfoot reads, from any Hadoop-compatible path (local, HDFS, S3, GCS, ...), checks
 * the documents on the executors with the core library, and writes under the output folder
 * {@code findings/} and {@code skipped/} (JSON Lines, each object as the {@code json} report
 * writes it) and {@code summary.json} (the report's {@code summary}: counts, and per rule).
 * <p>
 * The lines of a JSON Lines file are split between tasks; every other file is read whole by one
 * task (a data-set quarter is one task: quarters are checked side by side).
 * <pre>
 * spark-submit --class dev.crossfoot.spark.SparkCheck crossfoot-spark.jar --output OUT INPUT...
 * </pre>
 */
public final class SparkCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USAGE = "usage: SparkCheck --output FOLDER INPUT...";

    private SparkCheck() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || !args[0].equals("--output")) {
            System.err.println(USAGE);
            System.exit(2);
        }
        List<String> inputs = List.of(args).subList(2, args.length);
        SparkSession spark = SparkSession.builder().appName("crossfoot check").getOrCreate();
        try {
            JsonNode summary = run(spark, inputs, args[1]);
            System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(summary));
        } catch (FileNotFoundException missing) {
            System.err.println("crossfoot: " + missing.getMessage());
            System.exit(2);
        } finally {
            spark.stop();
        }
    }

    /** Checks the inputs, writes the findings, skipped tables and summary under {@code output}, and returns the summary. */
    public static JsonNode run(SparkSession spark, List<String> inputs, String output) throws IOException {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = context.hadoopConfiguration();
        Plan plan = new Plan();
        for (String input : inputs) {
            plan.add(input, conf);
        }
        int parallelism = context.defaultParallelism();
        JavaRDD<PartResult> results = context.emptyRDD();
        for (Plan.Dataset dataset : plan.datasets) {
            String name = dataset.name();
            String fileName = new Path(dataset.path()).getName();
            JavaRDD<DatasetLine> lines = context.textFile(dataset.path(), 4 * parallelism).zipWithIndex()
                    .map(line -> new DatasetLine(name, fileName, Math.toIntExact(line._2() + 1), line._1()));
            results = results.union(lines.mapPartitions(PartitionCheck::lines));
        }
        if (!plan.files.isEmpty()) {
            SerializableConfiguration shared = new SerializableConfiguration(conf);
            results = results.union(context.parallelize(plan.files, plan.files.size())
                    .mapPartitions(units -> PartitionCheck.files(units, shared)));
        }
        results = results.cache();
        results.flatMap(result -> result.findings().iterator()).saveAsTextFile(output + "/findings");
        results.flatMap(result -> result.skipped().iterator()).saveAsTextFile(output + "/skipped");
        JsonNode summary = summed(results.map(PartResult::summary).collect());
        Path summaryFile = new Path(output, "summary.json");
        try (FSDataOutputStream out = summaryFile.getFileSystem(conf).create(summaryFile, true)) {
            out.write((JSON.writerWithDefaultPrettyPrinter().writeValueAsString(summary) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        results.unpersist();
        return summary;
    }

    /** The partitions' summaries added up: every count, and every rule's count of each outcome. */
    static JsonNode summed(List<String> summaries) throws IOException {
        ObjectNode total = JSON.createObjectNode();
        for (String text : summaries) {
            add(total, (ObjectNode) JSON.readTree(text));
        }
        return total;
    }

    private static void add(ObjectNode total, ObjectNode part) {
        Iterator<String> names = part.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            JsonNode value = part.get(name);
            if (value.isObject()) {
                add(total.has(name) ? (ObjectNode) total.get(name) : total.putObject(name), (ObjectNode) value);
            } else {
                total.put(name, total.path(name).asLong() + value.asLong());
            }
        }
    }

    /** Which inputs are JSON Lines datasets (split by line) and which are files read whole, in the order given. */
    private static final class Plan {
        record Dataset(String path, String name) { }

        private static final List<String> DATA_SET_FILES = List.of("sub.txt", "pre.txt", "num.txt", "tag.txt");

        private final List<Dataset> datasets = new ArrayList<>();
        private final List<WorkUnit> files = new ArrayList<>();

        void add(String input, Configuration conf) throws IOException {
            String given = input.length() > 1 && input.endsWith("/") ? input.substring(0, input.length() - 1) : input;
            Path path = new Path(given);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus status;
            try {
                status = fs.getFileStatus(path);
            } catch (FileNotFoundException missing) {
                throw new FileNotFoundException(given + ": no such file or folder");
            }
            if (status.isFile() || isDataSetFolder(fs, path)) {
                add(status.getPath(), given, false);
                return;
            }
            walk(fs, status.getPath(), status.getPath().toUri().getPath(), given);
        }

        /** Every file under a folder, and each sub-folder that is a data set as one input, as the CLI reads a folder. */
        private void walk(FileSystem fs, Path folder, String root, String given) throws IOException {
            FileStatus[] children = fs.listStatus(folder);
            java.util.Arrays.sort(children, (a, b) -> a.getPath().toString().compareTo(b.getPath().toString()));
            for (FileStatus child : children) {
                String name = given + child.getPath().toUri().getPath().substring(root.length());
                if (child.isFile() || isDataSetFolder(fs, child.getPath())) {
                    add(child.getPath(), name, true);
                } else if (child.isDirectory()) {
                    walk(fs, child.getPath(), root, given);
                }
            }
        }

        private void add(Path path, String name, boolean insideFolder) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".jsonl.gz")) {
                datasets.add(new Dataset(path.toString(), name));
            } else {
                files.add(new WorkUnit(path.toString(), name, insideFolder));
            }
        }

        /** A folder holding two or more of the four files of an SEC data set is one input, as in the CLI. */
        private static boolean isDataSetFolder(FileSystem fs, Path folder) throws IOException {
            if (!fs.getFileStatus(folder).isDirectory()) {
                return false;
            }
            int found = 0;
            for (String file : DATA_SET_FILES) {
                Path path = new Path(folder, file);
                found += fs.exists(path) && fs.getFileStatus(path).isFile() ? 1 : 0;
            }
            return found >= 2;
        }
    }
}
