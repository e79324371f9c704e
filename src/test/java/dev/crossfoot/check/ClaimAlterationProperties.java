package dev.crossfoot.check;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Paragraph;
import dev.crossfoot.model.Severity;
import dev.crossfoot.read.JsonReader;
import dev.crossfoot.read.ReadResult;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The law of the claim ties on the Sonus release: change any figure of a sentence that agrees
 * with its table by two or more units of its last digit (beyond what the rounding of the figure
 * and of the cell can explain) and the run fails with an error finding citing that sentence.
 */
@Label("A figure of the text changed beyond rounding is caught")
class ClaimAlterationProperties {

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    private static final Document CLEAN = read();
    private static final List<Figure> FIGURES = agreeingFigures();

    /** A number of a figure that agrees with its table: where it stands in which paragraph. */
    record Figure(int paragraph, int start, int end) { }

    record Change(Figure figure, int units, boolean up) { }

    @Property(tries = 40)
    @Label("the changed sentence is an error finding")
    void changeIsCaught(@ForAll("changes") Change change) {
        Paragraph paragraph = CLEAN.paragraphs().get(change.figure().paragraph());
        String digits = paragraph.text().substring(change.figure().start(), change.figure().end());
        BigDecimal value = new BigDecimal(digits.replace(",", ""));
        BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(0, value.scale()));
        BigDecimal altered = change.up() ? value.add(unit.multiply(BigDecimal.valueOf(change.units())))
                : value.subtract(unit.multiply(BigDecimal.valueOf(change.units())));
        Assume.that(altered.signum() >= 0);
        String alteredText = paragraph.text().substring(0, change.figure().start()) + altered.toPlainString()
                + paragraph.text().substring(change.figure().end());
        List<Paragraph> paragraphs = new ArrayList<>(CLEAN.paragraphs());
        paragraphs.set(change.figure().paragraph(), Paragraph.at(alteredText, paragraph.location()));
        Document changed = new Document(CLEAN.id(), CLEAN.entity(), CLEAN.form(), CLEAN.source(), CLEAN.file(), CLEAN.tables(),
                paragraphs);
        CheckRun run = Crossfoot.standard().check(List.of(CLEAN.file()), new ReadResult(List.of(changed), List.of()));
        List<Finding> errors = run.findings().stream()
                .filter(f -> f.rule().equals("TEXT.claim-ties") && f.severity() == Severity.ERROR
                        && f.primaryLocation().equals(paragraph.location()) && f.cells().get(0).text().contains(altered.toPlainString()))
                .toList();
        assertTrue(!errors.isEmpty(), () -> "'" + digits + "' changed to " + altered.toPlainString() + " in \"" + alteredText
                + "\" was not caught: " + SonusClaimsTest.claims(run).stream().filter(c -> c.status() != CheckStatus.PASSED)
                .map(CheckOutcome::detail).toList());
    }

    @Provide
    Arbitrary<Change> changes() {
        return Combinators.combine(Arbitraries.of(FIGURES), Arbitraries.integers().between(2, 9), Arbitraries.of(true, false))
                .as(Change::new);
    }

    private static Document read() {
        try {
            Path path = Path.of(SonusClaimsTest.WITH_TEXT);
            return new JsonReader().read(path, path.toString(), Files.readAllBytes(path)).documents().get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every number of every figure that agrees with its table in the clean release. */
    private static List<Figure> agreeingFigures() {
        CheckRun run = Crossfoot.standard().check(List.of(CLEAN.file()), new ReadResult(List.of(CLEAN), List.of()));
        Set<Figure> figures = new LinkedHashSet<>();
        for (CheckOutcome claim : SonusClaimsTest.claims(run)) {
            if (claim.status() != CheckStatus.PASSED) {
                continue;
            }
            String pointer = claim.cells().get(0).location().fragment();
            int index = Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1));
            String text = CLEAN.paragraphs().get(index).text();
            String figure = claim.cells().get(0).text();
            // The figure as written: "$70 million to $74 million" is "$70 million to $74 million" in the text.
            for (int at = text.indexOf(figure); at >= 0; at = text.indexOf(figure, at + 1)) {
                for (Matcher m = NUMBER.matcher(figure); m.find(); ) {
                    figures.add(new Figure(index, at + m.start(), at + m.end()));
                }
            }
        }
        if (figures.isEmpty()) {
            throw new IllegalStateException("no figure of the release agrees with its table");
        }
        return List.copyOf(figures);
    }
}
