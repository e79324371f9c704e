package dev.crossfoot.read;

import dev.crossfoot.model.Location;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Turns the paths a user named into documents: folders are walked recursively, each file goes
 * to the reader of its format, {@code .gz} files are unpacked first. A path that does not exist,
 * or a file named on its own that cannot be read at all, is an error of the run; a file inside a
 * folder that cannot be read is an input problem, and the rest go on.
 */
public final class Inputs {

    /** Larger inputs are refused rather than risking the memory of a CI runner. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private final List<DocumentReader> readers;

    public Inputs(List<DocumentReader> readers) {
        this.readers = List.copyOf(readers);
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

    /** Reads every file under the paths, handing each document to the sink as it is read. */
    public void stream(List<Path> paths, DocumentSink sink) throws UnreadablePath {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new UnreadablePath(path + ": no such file or folder");
            }
            if (!Files.isReadable(path)) {
                throw new UnreadablePath(path + ": not readable (permission denied)");
            }
            if (Files.isDirectory(path) && !FsdsReader.isDataset(path)) {
                for (Path file : filesUnder(path)) {
                    streamFile(file, file.toString(), true, sink);
                }
                continue;
            }
            NamedFile named = new NamedFile(sink);
            streamFile(path, path.toString(), false, named);
            named.finish();
        }
    }

    /**
     * A file the user named on its own: if it yields no document at all, the run cannot be done;
     * inside a folder (a dataset) the same file would be one finding among the others.
     */
    private static final class NamedFile implements DocumentSink {
        private final DocumentSink sink;
        private final List<InputProblem> problems = new ArrayList<>();
        private boolean anyDocument;

        NamedFile(DocumentSink sink) {
            this.sink = sink;
        }

        @Override
        public void document(dev.crossfoot.model.Document document) {
            anyDocument = true;
            sink.document(document);
        }

        @Override
        public void problem(InputProblem problem) {
            problems.add(problem);
        }

        @Override
        public void skipped(dev.crossfoot.model.Skipped table) {
            sink.skipped(table);
        }

        void finish() throws UnreadablePath {
            if (!anyDocument && !problems.isEmpty()) {
                InputProblem first = problems.get(0);
                throw new UnreadablePath(first.location() + ": " + first.message());
            }
            problems.forEach(sink::problem);
        }
    }

    /**
     * The inputs under a folder: its files, and its sub-folders that are Financial Statement Data Sets
     * (one input each: their four files are one data set, not four text files).
     */
    private static List<Path> filesUnder(Path path) throws UnreadablePath {
        try (Stream<Path> walk = Files.walk(path)) {
            List<Path> all = walk.sorted().toList();
            List<Path> datasets = all.stream().filter(Files::isDirectory).filter(FsdsReader::isDataset).toList();
            List<Path> inputs = new ArrayList<>(datasets);
            for (Path file : all) {
                if (Files.isRegularFile(file) && !(FsdsReader.belongsToDataset(file) && datasets.contains(file.getParent()))) {
                    inputs.add(file);
                }
            }
            inputs.sort(null);
            return inputs;
        } catch (IOException | java.io.UncheckedIOException failure) {
            throw new UnreadablePath(path + ": cannot list the folder (" + failure.getMessage() + ")");
        }
    }

    /** Reads one file; in a folder, files of no known format are passed over quietly. */
    public ReadResult readFile(Path file, String name, boolean insideFolder) {
        CollectedDocuments collected = new CollectedDocuments();
        streamFile(file, name, insideFolder, collected);
        return collected.result();
    }

    private void streamFile(Path file, String name, boolean insideFolder, DocumentSink sink) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (Files.isDirectory(file)) {
            new FsdsReader().streamFolder(file, name, sink);
            return;
        }
        if (lower.endsWith(".zip")) {
            new FsdsReader().streamZip(file, name, insideFolder, sink);
            return;
        }
        String inner = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
        DocumentReader reader = readerFor(inner);
        if (reader == null) {
            if (!insideFolder) {
                sink.problem(InputProblem.document(Location.ofLine(name, 0),
                        "unknown input format (expected " + ReaderCatalogue.extensions() + ")"));
            }
            return;
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                sink.problem(InputProblem.document(Location.ofLine(name, 0),
                        "file is " + size / (1024 * 1024) + " MB, more than the " + MAX_BYTES / (1024 * 1024) + " MB crossfoot reads"));
                return;
            }
            byte[] content = Files.readAllBytes(file);
            if (lower.endsWith(".gz")) {
                content = gunzip(content);
            }
            reader.stream(file, name, content, sink);
        } catch (NoSuchFileException gone) {
            sink.problem(InputProblem.document(Location.ofLine(name, 0), "file disappeared while reading"));
        } catch (IOException failure) {
            sink.problem(InputProblem.document(Location.ofLine(name, 0), "cannot read: " + failure.getMessage()));
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

    private static byte[] gunzip(byte[] packed) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(packed))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[65536];
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_BYTES) {
                    throw new IOException("unpacks to more than " + MAX_BYTES / (1024 * 1024) + " MB");
                }
            }
            return out.toByteArray();
        } catch (java.util.zip.ZipException corrupt) {
            throw new IOException("not a valid gzip file (" + corrupt.getMessage() + ")", corrupt);
        }
    }

}
