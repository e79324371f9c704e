package dev.crossfoot.read;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files of one SEC Financial Statement Data Set (a quarter, or one of the daily zips): {@code sub.txt},
 * {@code pre.txt}, {@code num.txt} and {@code tag.txt}, in a {@code .zip} as the SEC publishes them or
 * in a folder they were unpacked into. Each file is opened as a stream of lines when it is read, never
 * loaded whole. {@code name} is how the data set is cited in every location ({@code 2009q3.zip}).
 */
abstract class FsdsFiles implements Closeable {

    static final String SUB = "sub.txt";
    static final String PRE = "pre.txt";
    static final String NUM = "num.txt";
    static final String TAG = "tag.txt";
    static final List<String> ALL = List.of(SUB, PRE, NUM, TAG);

    private final String name;

    FsdsFiles(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    /** How one of the files is cited: {@code 2009q3.zip/num.txt}. */
    String cite(String file) {
        return name + "/" + file;
    }

    abstract boolean has(String file);

    /** The file's lines; only called for a file the data set {@link #has}. */
    abstract BufferedReader open(String file) throws IOException;

    @Override
    public void close() throws IOException {
    }

    /**
     * Whether a folder is a data set rather than a folder of text files: it holds at least two of the
     * four files. One of them missing is then a finding of the data set, not four unknown text files.
     */
    static boolean isDatasetFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        return ALL.stream().filter(file -> Files.isRegularFile(folder.resolve(file))).count() >= 2;
    }

    static boolean isZip(String lowerName) {
        return lowerName.endsWith(".zip");
    }

    static FsdsFiles folder(Path folder, String name) {
        return new Folder(folder, name);
    }

    /** Opens a zip; a zip holding none of the four files is no data set (the caller says so). */
    static FsdsFiles zip(Path zip, String name) throws IOException {
        return new Zip(new ZipFile(zip.toFile(), StandardCharsets.UTF_8), name);
    }

    private static BufferedReader lines(java.io.InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    private static final class Folder extends FsdsFiles {
        private final Path folder;

        Folder(Path folder, String name) {
            super(name);
            this.folder = folder;
        }

        @Override
        boolean has(String file) {
            return Files.isRegularFile(folder.resolve(file));
        }

        @Override
        BufferedReader open(String file) throws IOException {
            return lines(Files.newInputStream(folder.resolve(file)));
        }
    }

    /** A zip, its four files found by name at its top level or in one folder inside it. */
    private static final class Zip extends FsdsFiles {
        private final ZipFile zip;
        private final Map<String, ZipEntry> entries = new HashMap<>();

        Zip(ZipFile zip, String name) {
            super(name);
            this.zip = zip;
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                String base = entry.getName().substring(entry.getName().lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
                if (!entry.isDirectory() && ALL.contains(base)) {
                    entries.putIfAbsent(base, entry);
                }
            }
        }

        @Override
        String cite(String file) {
            ZipEntry entry = entries.get(file);
            return name() + "/" + (entry == null ? file : entry.getName());
        }

        @Override
        boolean has(String file) {
            return entries.containsKey(file);
        }

        @Override
        BufferedReader open(String file) throws IOException {
            return lines(zip.getInputStream(entries.get(file)));
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }
}
