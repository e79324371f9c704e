package dev.crossfoot.understand;

import dev.crossfoot.model.RowRole;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out each row's level, role and section path. When the input gives depths they are
 * trusted; otherwise a label ending in ':' (or any row without numbers) opens a section and a
 * "Total …" row closes the section it names, or the innermost one.
 */
public final class Hierarchy {

    private static final Pattern TOTAL = Pattern.compile("^(total\\b|net cash\\b.*\\bactivities\\b)");
    private static final Pattern ACTIVITIES = Pattern.compile("\\b(operating|investing|financing) activities\\b");

    /** One row's place: level (0 = top), role, and the labels of the headers it sits under. */
    public record Place(int level, RowRole role, List<String> sectionPath) {
        public Place {
            sectionPath = List.copyOf(sectionPath);
        }
    }

    /** What the hierarchy needs of a row: its label, whether it carries numbers, its given depth. */
    public record Line(String label, boolean hasNumbers, Integer depth) { }

    public static boolean isTotalLabel(String label) {
        return TOTAL.matcher(Labels.normalise(label)).find();
    }

    public List<Place> places(List<Line> lines) {
        boolean explicit = lines.stream().anyMatch(line -> line.depth() != null);
        return explicit ? fromDepths(lines) : inferred(lines);
    }

    private static RowRole roleOf(Line line) {
        if (!line.hasNumbers()) {
            return RowRole.HEADER;
        }
        return isTotalLabel(line.label()) ? RowRole.TOTAL : RowRole.ITEM;
    }

    private List<Place> fromDepths(List<Line> lines) {
        List<Place> places = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        List<Integer> headerLevels = new ArrayList<>();
        for (Line line : lines) {
            int level = line.depth() == null ? 0 : Math.max(0, line.depth());
            while (!headerLevels.isEmpty() && headerLevels.get(headerLevels.size() - 1) >= level) {
                headerLevels.remove(headerLevels.size() - 1);
                headers.remove(headers.size() - 1);
            }
            RowRole role = roleOf(line);
            places.add(new Place(level, role, headers));
            if (role == RowRole.HEADER) {
                headers.add(line.label());
                headerLevels.add(level);
            }
        }
        return places;
    }

    private List<Place> inferred(List<Line> lines) {
        List<Place> places = new ArrayList<>();
        List<OpenSection> open = new ArrayList<>();
        for (Line line : lines) {
            RowRole role = roleOf(line);
            List<String> path = open.stream().map(OpenSection::label).toList();
            switch (role) {
                case HEADER -> {
                    boolean colon = line.label().strip().endsWith(":");
                    if (colon && !open.isEmpty() && open.get(open.size() - 1).colon() && open.get(open.size() - 1).items > 0) {
                        open.remove(open.size() - 1);
                        path = open.stream().map(OpenSection::label).toList();
                    }
                    places.add(new Place(open.size(), role, path));
                    open.add(new OpenSection(line.label(), colon));
                }
                case TOTAL -> {
                    int closes = sectionNamedBy(line.label(), open);
                    if (closes < 0 && Labels.normalise(line.label()).equals("total") && !open.isEmpty()) {
                        closes = open.size() - 1;
                    }
                    if (closes >= 0) {
                        places.add(new Place(closes + 1, role, path));
                        open.subList(closes, open.size()).clear();
                    } else {
                        places.add(new Place(open.size(), role, path));
                    }
                    countItem(open);
                }
                default -> {
                    places.add(new Place(open.size(), role, path));
                    countItem(open);
                }
            }
        }
        return places;
    }

    private static void countItem(List<OpenSection> open) {
        if (!open.isEmpty()) {
            open.get(open.size() - 1).items++;
        }
    }

    /** The innermost open section whose header the total names, or -1. */
    private static int sectionNamedBy(String totalLabel, List<OpenSection> open) {
        String total = Labels.normalise(totalLabel);
        String named = total.replaceFirst("^total\\s*", "");
        Matcher activities = ACTIVITIES.matcher(total);
        for (int i = open.size() - 1; i >= 0; i--) {
            String header = Labels.normalise(open.get(i).label());
            if (!named.isEmpty() && (header.equals(named) || header.startsWith(named + " ") && named.length() > 3)) {
                return i;
            }
            if (total.startsWith("net cash") && activities.find(0) && header.contains(activities.group())) {
                return i;
            }
        }
        return -1;
    }

    private static final class OpenSection {
        private final String label;
        private final boolean colon;
        private int items;

        OpenSection(String label, boolean colon) {
            this.label = label;
            this.colon = colon;
        }

        String label() {
            return label;
        }

        boolean colon() {
            return colon;
        }
    }
}
