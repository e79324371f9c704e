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
        List<dev.crossfoot.model.Document> documents = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new UnreadablePath(path + ": no such file or folder");
            }
            if (!Files.isReadable(path)) {
                throw new UnreadablePath(path + ": not readable (permission denied)");
            }
            boolean folder = Files.isDirectory(path);
            for (Path file : filesUnder(path)) {
                ReadResult read = readFile(file, file.toString(), folder);
                if (!folder && read.documents().isEmpty() && !read.problems().isEmpty()) {
                    // A file the user named that cannot be read at all means the run cannot be
                    // done; inside a folder (a dataset) it is one finding among the others.
                    InputProblem first = read.problems().get(0);
                    throw new UnreadablePath(first.location() + ": " + first.message());
                }
                documents.addAll(read.documents());
                problems.addAll(read.problems());
            }
        }
        return new ReadResult(documents, problems);
    }

    private static List<Path> filesUnder(Path path) throws UnreadablePath {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException failure) {
            throw new UnreadablePath(path + ": cannot list the folder (" + failure.getMessage() + ")");
        }
    }

    /** Reads one file; in a folder, files of no known format are passed over quietly. */
    public ReadResult readFile(Path file, String name, boolean insideFolder) {
        String lower = name.toLowerCase(Locale.ROOT);
        String inner = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
        DocumentReader reader = readerFor(inner);
        if (reader == null) {
            if (insideFolder) {
                return new ReadResult(List.of(), List.of());
            }
            return ReadResult.failed(InputProblem.document(Location.ofLine(name, 0),
                    "unknown input format (expected " + ReaderCatalogue.extensions() + ")"));
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return ReadResult.failed(InputProblem.document(Location.ofLine(name, 0),
                        "file is " + size / (1024 * 1024) + " MB, more than the " + MAX_BYTES / (1024 * 1024) + " MB crossfoot reads"));
            }
            byte[] content = Files.readAllBytes(file);
            if (lower.endsWith(".gz")) {
                content = gunzip(content);
            }
            return reader.read(file, name, content);
        } catch (NoSuchFileException gone) {
            return ReadResult.failed(InputProblem.document(Location.ofLine(name, 0), "file disappeared while reading"));
        } catch (IOException failure) {
            return ReadResult.failed(InputProblem.document(Location.ofLine(name, 0), "cannot read: " + failure.getMessage()));
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
