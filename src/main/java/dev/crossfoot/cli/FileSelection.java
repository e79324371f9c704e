package dev.crossfoot.cli;

import dev.crossfoot.read.Inputs;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which files a folder run reads: each file once (by its real path, however often it is named or
 * found), none matching an {@code --exclude} glob, and none of crossfoot's own reports or
 * baselines. Keeps count of what it passed over and why, for the run's closing note.
 *
 * <p>A glob is matched against the path as crossfoot shows it ({@code data/q1/a.csv}), the path
 * below the folder named on the command line ({@code q1/a.csv}) and the file name ({@code a.csv}),
 * with {@code java.nio} glob syntax: {@code *} within a folder, {@code **} across folders.
 */
final class FileSelection implements Inputs.Selection {

    private final List<String> globs;
    private final List<PathMatcher> matchers = new ArrayList<>();
    private final List<Path> roots;
    private final Inputs inputs;
    private final Set<Path> seen = new HashSet<>();
    private final Map<String, Integer> passedOver = new LinkedHashMap<>();
    private int unsupported;

    FileSelection(List<String> globs, List<Path> roots, Inputs inputs) {
        this.globs = List.copyOf(globs);
        for (String glob : globs) {
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        }
        this.roots = List.copyOf(roots);
        this.inputs = inputs;
    }

    @Override
    public String passOver(Path file, boolean named) {
        if (!seen.add(real(file))) {
            return count("named or found more than once, read once");
        }
        if (named) {
            return null; // what the user named on its own is read as named
        }
        String glob = excludedBy(file);
        if (glob != null) {
            return count("excluded by --exclude " + glob);
        }
        if (java.nio.file.Files.isDirectory(file)) {
            return null; // a Financial Statement Data Set folder
        }
        if (!inputs.supports(file)) {
            unsupported++;
            return null; // the reader passes it over quietly, as before
        }
        String own = OwnReports.recognise(file);
        if (own != null) {
            return count("crossfoot's own output (" + own + ")");
        }
        return null;
    }

    private String excludedBy(Path file) {
        List<Path> forms = new ArrayList<>();
        forms.add(file);
        forms.add(file.getFileName());
        for (Path root : roots) {
            if (file.startsWith(root) && !file.equals(root)) {
                forms.add(root.relativize(file));
            }
        }
        for (int i = 0; i < matchers.size(); i++) {
            for (Path form : forms) {
                if (form != null && matchers.get(i).matches(form)) {
                    return globs.get(i);
                }
            }
        }
        return null;
    }

    private String count(String reason) {
        passedOver.merge(reason, 1, Integer::sum);
        return reason;
    }

    private static Path real(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException | SecurityException gone) {
            return file.toAbsolutePath().normalize();
        }
    }

    /** Files passed over, by reason: {@code "excluded by --exclude *.tmp" → 3}. */
    Map<String, Integer> passedOver() {
        return passedOver;
    }

    /** Files in the folders that no reader takes (PDFs, images…). */
    int unsupported() {
        return unsupported;
    }
}
