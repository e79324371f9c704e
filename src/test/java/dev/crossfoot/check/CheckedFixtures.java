package dev.crossfoot.check;

import dev.crossfoot.SharedData;
import dev.crossfoot.model.Document;
import dev.crossfoot.read.Inputs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The documents the tests of "same checks with and without a shortcut" run over. */
public final class CheckedFixtures {

    private CheckedFixtures() {
    }

    /** The fixture cases, both Sonus filings (the release's depth variants in its folder), the FSDS fixtures and the earnings releases. */
    public static List<Document> documents() throws Exception {
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> cases = Files.list(Path.of("fixtures/cases"))) {
            cases.filter(Files::isDirectory).sorted().forEach(folder -> inputs.add(folder.resolve("input.json")));
        }
        inputs.add(Path.of("fixtures/sonus-2011q3"));
        inputs.add(Path.of("fixtures/sonus-2007-late-filing"));
        inputs.add(Path.of("fixtures/fsds"));
        inputs.add(SharedData.require("corpus/earnings-releases"));
        return Inputs.standard().readAll(inputs).documents();
    }
}
