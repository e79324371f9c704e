package dev.crossfoot.read;

import dev.crossfoot.model.Failure;
import dev.crossfoot.model.Location;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Turns the paths a user named into documents: folders are walked recursively, each file goes
 * to the reader of its format, {@code .gz} files are unpacked first. A path that does not exist,
 * or a file named on its own that cannot be read at all, is an error of the run; a file inside a
 * folder that cannot be read is an input problem, and the rest go on. Only regular files are
 * read (a FIFO would block, a device never end), each no further than {@link #MAX_BYTES}.
 */
public final class Inputs {

    /** Larger inputs are refused rather than risking the memory of a CI runner. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Inputs.class);

    private final List<DocumentReader> readers;
    private final Failure.Trace trace;
    private final Selection selection;

    public Inputs(List<DocumentReader> readers) {
        this(readers, Failure.Trace.NONE, Selection.ALL);
    }

    private Inputs(List<DocumentReader> readers, Failure.Trace trace, Selection selection) {
        this.readers = List.copyOf(readers);
        this.trace = trace;
        this.selection = selection;
    }

    /**
     * Which files are read: the caller's choice ({@code --exclude}, files read already,
     * crossfoot's own reports in a folder). A file passed over is the caller's to account for.
     */
    public interface Selection {
        Selection ALL = (file, named) -> null;

        /** Why {@code file} is not to be read, or null to read it; {@code named} when the user named it on its own. */
        String passOver(Path file, boolean named);
    }

    /** The same inputs, reading only the files {@code newSelection} does not pass over. */
    public Inputs withSelection(Selection newSelection) {
        return new Inputs(readers, trace, newSelection);
    }

    /** Whether a reader takes files of this name (a {@code .gz} is judged by the name inside). */
    public boolean supports(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        String inner = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        return inner.endsWith(".zip") || readerFor(inner) != null;
    }

    /**
     * Whether the documents at these paths may hold text besides tables: not when every path is an
     * SEC Financial Statement Data Set (a quarter's zip or folder), whose filings are statements
     * only, so none of them can make a claim in words for another filing's tables to settle.
     */
    public static boolean mayHoldText(List<Path> paths) {
        return !paths.stream().allMatch(path -> Files.isDirectory(path) ? FsdsReader.isDataset(path)
                : path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip"));
    }

    public static Inputs standard() {
        return new Inputs(ReaderCatalogue.all());
    }

    /** A path the user named that does not exist or cannot be listed: the run cannot be done. */
    public static final class UnreadablePath extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadablePath(String message) {
            super(message);
        }
    }

    public ReadResult readAll(List<Path> paths) throws UnreadablePath {
        CollectedDocuments collected = new CollectedDocuments();
        stream(paths, collected);
        return collected.result();
    }

    /** The same inputs, telling {@code trace} the details of every failure they turn into a finding. */
    public Inputs withTrace(Failure.Trace newTrace) {
        return new Inputs(readers, newTrace, selection);
    }

    /** Reads every file under the paths, handing each document to the sink as it is read. */
    public void stream(List<Path> paths, DocumentSink sink) throws UnreadablePath {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                String dangling = danglingLink(path);
                throw new UnreadablePath(path + ": " + (dangling != null ? dangling : "no such file or folder"));
            }
            if (!Files.isDirectory(path) && !Files.isRegularFile(path)) {
                throw new UnreadablePath(path + ": " + NOT_REGULAR);
            }
            if (!Files.isReadable(path)) {
                throw new UnreadablePath(path + ": not readable (permission denied)");
            }
            if (!Files.isDirectory(path) || FsdsReader.isDataset(path)) {
                String passOver = selection.passOver(path, true);
                if (passOver != null) {
                    LOG.info("{}: not read: {}", path, passOver);
                    continue;
                }
                NamedFile named = new NamedFile(sink);
                streamFile(path, path.toString(), false, named);
                named.finish();
                continue;
            }
            for (FolderEntry entry : entriesUnder(path)) {
                if (entry.problem() != null) {
                    sink.problem(InputProblem.document(Location.ofLine(entry.path().toString(), 0), entry.problem()));
                } else {
                    String passOver = selection.passOver(entry.path(), false);
                    if (passOver != null) {
                        LOG.info("{}: not read: {}", entry.path(), passOver);
                    } else if (splitsItself(entry.path())) {
                        streamFile(entry.path(), entry.path().toString(), true, sink);
                    } else {
                        // A file of one document (a filing's HTML) is read on a checking thread as well.
                        sink.part(piece -> streamFile(entry.path(), entry.path().toString(), true, piece));
                    }
                }
            }
        }
    }

    private static final String NOT_REGULAR = "not a regular file (a FIFO, device or socket): crossfoot reads files and folders only";

    /**
     * What is wrong with a symbolic link whose target is not there ("a symbolic link to
     * ../data/q3.json, which does not exist"), or null when {@code path} is no such link: a link
     * is named by what it points at, never called a device.
     */
    private static String danglingLink(Path path) {
        if (!Files.isSymbolicLink(path) || Files.exists(path)) {
            return null;
        }
        try {
            return "a symbolic link to " + Files.readSymbolicLink(path) + ", which does not exist";
        } catch (IOException | UnsupportedOperationException unreadableLink) {
            return "a symbolic link whose target does not exist";
        }
    }

    /**
     * A file the user named on its own: if it yields no document at all, the run cannot be done;
     * inside a folder (a dataset) the same file would be one finding among the others.
     */
    private static final class NamedFile implements DocumentSink {
        private final DocumentSink sink;
        /**
         * The problems, held until the file is read, by their place in reading order: a number per
         * problem told here and per piece read elsewhere (whose problems the thread reading it adds).
         * Only places that have problems take memory: a dataset of a million clean lines holds none.
         */
        private final java.util.SortedMap<Long, List<InputProblem>> problems =
                java.util.Collections.synchronizedSortedMap(new java.util.TreeMap<>());
        private long places;
        private final java.util.concurrent.atomic.AtomicBoolean anyDocument = new java.util.concurrent.atomic.AtomicBoolean();

        NamedFile(DocumentSink sink) {
            this.sink = sink;
        }

        @Override
        public void document(dev.crossfoot.model.Document document) {
            anyDocument.set(true);
            sink.document(document);
        }

        @Override
        public void problem(InputProblem problem) {
            problems.put(places++, List.of(problem));
        }

        @Override
        public void skipped(dev.crossfoot.model.Skipped table) {
            sink.skipped(table);
        }

        @Override
        public void part(Part piece) {
            long place = places++;
            sink.part(target -> piece.readInto(new DocumentSink() {
                @Override
                public void document(dev.crossfoot.model.Document document) {
                    anyDocument.set(true);
                    target.document(document);
                }

                @Override
                public void problem(InputProblem problem) {
                    // Only this piece's thread adds to its place; the run's settle() publishes it.
                    problems.computeIfAbsent(place, key -> new ArrayList<>()).add(problem);
                }

                @Override
                public void skipped(dev.crossfoot.model.Skipped table) {
                    target.skipped(table);
                }
            }));
        }

        void finish() throws UnreadablePath {
            sink.settle();
            List<InputProblem> all = problems.values().stream().flatMap(List::stream).toList();
            if (!anyDocument.get() && !all.isEmpty()) {
                InputProblem first = all.get(0);
                throw new UnreadablePath(first.location() + ": " + Failure.oneLine(first.message()));
            }
            all.forEach(sink::problem);
        }
    }

    /** Whether a file hands its pieces to the sink itself (a data set by filing, JSON Lines by line), rather than being one piece. */
    private boolean splitsItself(Path file) {
        String lower = file.toString().toLowerCase(Locale.ROOT);
        if (Files.isDirectory(file) || lower.endsWith(".zip")) {
            return true;
        }
        DocumentReader reader = readerFor(lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower);
        return reader != null && reader.splitsIntoParts();
    }

    /** A file found in a folder, or a place in it that cannot be read (then {@code problem} says why). */
    private record FolderEntry(Path path, String problem) { }

    /**
     * Every regular file under a folder, in path order, and each sub-folder that is a Financial
     * Statement Data Set as one entry; a sub-folder that cannot be listed and
     * anything that is not a regular file (a FIFO, a device) are entries with a problem, and the
     * walk goes on. Symbolic links are followed to files, not to folders (no cycles).
     */
    private static List<FolderEntry> entriesUnder(Path folder) throws UnreadablePath {
        List<FolderEntry> entries = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                    if (!directory.equals(folder) && FsdsReader.isDataset(directory)) {
                        // A folder holding a Financial Statement Data Set is one input, not four text files.
                        entries.add(new FolderEntry(directory, null));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file)) {
                        entries.add(new FolderEntry(file, null));
                    } else if (!attributes.isSymbolicLink() || !Files.isDirectory(file)) {
                        String dangling = danglingLink(file);
                        entries.add(new FolderEntry(file, dangling != null ? dangling : NOT_REGULAR));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) {
                    entries.add(new FolderEntry(file, "cannot be read, passed over (" + describe(failure) + ")"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException failure) {
            throw new UnreadablePath(folder + ": cannot list the folder (" + describe(failure) + ")");
        }
        entries.sort(java.util.Comparator.comparing(FolderEntry::path));
        return entries;
    }

    private static String describe(IOException failure) {
        if (failure instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NoSuchFileException) {
            return "no longer there";
        }
        if (failure instanceof java.nio.file.FileSystemException system && system.getReason() != null) {
            return lowerFirst(system.getReason());
        }
        // The system's words ("Input/output error"), without the Java class that carried them.
        return failure.getMessage() == null ? "the system gave no reason" : lowerFirst(Failure.oneLine(failure.getMessage()));
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** Reads one file; in a folder, files of no known format are passed over quietly. */
    public ReadResult readFile(Path file, String name, boolean insideFolder) {
        CollectedDocuments collected = new CollectedDocuments();
        streamFile(file, name, insideFolder, collected);
        return collected.result();
    }

    /**
     * The one place where reading a file can fail: whatever its reader throws (a stack it
     * exhausts, memory it runs out of included) becomes an input problem on that file, and the
     * run goes on with the next. {@code name} is what locations call the file (the path the user
     * gave, or a copy's original name).
     */
    public void streamFile(Path file, String name, boolean insideFolder, DocumentSink sink) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (Files.isDirectory(file) || lower.endsWith(".zip")) {
            try {
                if (Files.isDirectory(file)) {
                    new FsdsReader().streamFolder(file, name, sink);
                } else {
                    new FsdsReader().streamZip(file, name, insideFolder, sink);
                }
            } catch (Throwable failure) {
                Failure.rethrowIfFatal(failure);
                trace.failed(name, failure);
                sink.problem(InputProblem.document(Location.ofLine(name, 0), "cannot be read: " + Failure.describe(failure)));
            }
            return;
        }
        String inner = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
        DocumentReader reader = readerFor(inner);
        if (reader == null) {
            LOG.debug("{}: not read: no reader for this format", name);
            if (!insideFolder) {
                sink.problem(InputProblem.document(Location.ofLine(name, 0),
                        "unknown input format (expected " + ReaderCatalogue.extensions() + ")"));
            }
            return;
        }
        try {
            long started = System.nanoTime();
            if (reader instanceof JsonLinesReader lines) {
                // A dataset is read a line at a time: its size does not bound the run's memory.
                try (InputStream raw = Files.newInputStream(file);
                     InputStream in = lower.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
                    lines.stream(file, name, in, MAX_BYTES, sink);
                } catch (java.util.zip.ZipException | java.io.EOFException corrupt) {
                    throw new IOException("not a valid gzip file (" + corrupt.getMessage() + ")", corrupt);
                }
                LOG.debug("{}: read line by line in {} ms", name, (System.nanoTime() - started) / 1_000_000);
                return;
            }
            byte[] content = readBounded(file, lower.endsWith(".gz"));
            reader.stream(file, name, content, sink);
            LOG.debug("{}: read {} bytes as {} in {} ms", name, content.length, reader.getClass().getSimpleName(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (TooLarge large) {
            sink.problem(InputProblem.document(Location.ofLine(name, 0), large.getMessage()));
        } catch (NoSuchFileException gone) {
            sink.problem(InputProblem.document(Location.ofLine(name, 0), "file disappeared while reading"));
        } catch (IOException failure) {
            sink.problem(InputProblem.document(Location.ofLine(name, 0), "cannot read: " + describe(failure)));
        } catch (Throwable failure) {
            Failure.rethrowIfFatal(failure);
            trace.failed(name, failure);
            sink.problem(InputProblem.document(Location.ofLine(name, 0), "cannot be read: " + Failure.describe(failure)));
        }
    }

    private DocumentReader readerFor(String lowerName) {
        for (DocumentReader reader : readers) {
            if (reader.accepts(lowerName)) {
                return reader;
            }
        }
        return null;
    }

    /** A file larger than crossfoot reads, found while reading it (what {@code stat} says is not trusted). */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    /**
     * A file's bytes as its reader was given them (unpacked when its name ends in {@code .gz}), for a
     * report that looks into the input again to say where a location stands in it.
     */
    public static byte[] content(Path file) throws IOException {
        return readBounded(file, file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz"));
    }

    /**
     * The file's bytes (unpacked when gzipped), read no further than {@link #MAX_BYTES}: a file
     * that grows while read, or a special file that lies about its size, is still bounded.
     */
    private static byte[] readBounded(Path file, boolean gzipped) throws IOException {
        try (InputStream raw = Files.newInputStream(file)) {
            // The size the file says it has sizes the buffer (a special file may say 0; the bound still holds): grown by
            // doubling from 32 bytes, a filing of several megabytes was copied a dozen times as it was read.
            int expected = (int) Math.min(MAX_BYTES, Math.max(0, sizeOf(file)));
            if (!gzipped) {
                return bounded(raw, expected, "file is more than the " + MAX_BYTES / (1024 * 1024) + " MB crossfoot reads");
            }
            byte[] packed = bounded(raw, expected, "file is more than the " + MAX_BYTES / (1024 * 1024) + " MB crossfoot reads");
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(packed))) {
                return bounded(in, unpackedSize(packed), "unpacks to more than the " + MAX_BYTES / (1024 * 1024) + " MB crossfoot reads");
            } catch (java.util.zip.ZipException | java.io.EOFException corrupt) {
                throw new IOException("not a valid gzip file (" + corrupt.getMessage() + ")", corrupt);
            }
        }
    }

    /**
     * The size a gzip file says its content has (its last four bytes, the size modulo 2^32 of its last member), no more
     * than deflate can unpack from its bytes (1,032 to 1) nor than the bound: only where the buffer starts, so a file
     * that says too little grows as before, and one that says too much costs at most that.
     */
    static int unpackedSize(byte[] packed) {
        if (packed.length < 18) {
            return 0;
        }
        int n = packed.length;
        long said = (packed[n - 4] & 0xffL) | (packed[n - 3] & 0xffL) << 8 | (packed[n - 2] & 0xffL) << 16 | (packed[n - 1] & 0xffL) << 24;
        return (int) Math.min(said, Math.min(MAX_BYTES, 1032L * n));
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException unknown) {
            return 0;
        }
    }

    private static byte[] bounded(InputStream in, int expected, String tooLarge) throws IOException {
        return bounded(in, expected, MAX_BYTES, tooLarge);
    }

    /**
     * The stream's bytes, at most {@code max} of them (more throw), read into an array of the {@code expected} size:
     * where the stream has exactly that many, the array itself, not a copy of a buffer (every file was held twice, an
     * HTML corpus pass allocating its 83 MB again); else grown as before from what was read.
     */
    static byte[] bounded(InputStream in, int expected, long max, String tooLarge) throws IOException {
        ByteArrayOutputStream out;
        if (expected > 0) {
            byte[] exact = new byte[expected];
            int filled = in.readNBytes(exact, 0, expected);
            if (filled < expected) {
                return java.util.Arrays.copyOf(exact, filled);
            }
            int next = in.read();
            if (next < 0) {
                return exact;
            }
            // More than the file said: the rest is read as before, after what was.
            out = new ByteArrayOutputStream(expected + 1 + 65536);
            out.write(exact);
            out.write(next);
            if (out.size() > max) {
                throw new TooLarge(tooLarge);
            }
        } else {
            out = new ByteArrayOutputStream(32);
        }
        byte[] buffer = new byte[65536];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            out.write(buffer, 0, n);
            if (out.size() > max) {
                throw new TooLarge(tooLarge);
            }
        }
        return out.toByteArray();
    }
}
