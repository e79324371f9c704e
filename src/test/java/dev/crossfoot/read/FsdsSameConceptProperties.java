package dev.crossfoot.read;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two lines of {@code pre.txt} present the same concept ({@link FsdsPresentation#sameConcept}) exactly when their joined
 * concept keys are equal: fields of a tab-separated file hold no tab, and tags and versions one character apart, or
 * split at another place ("ab" + "c" against "a" + "bc"), are other concepts.
 */
class FsdsSameConceptProperties {

    @Property(tries = 3000)
    @Label("same concept exactly where the joined keys are equal")
    void sameConceptIsTheJoinedKeysEquality(@ForAll("fields") String tag, @ForAll("fields") String version,
                                            @ForAll("fields") String otherTag, @ForAll("fields") String otherVersion) {
        FsdsPresentation line = line(tag, version);
        FsdsPresentation other = line(otherTag, otherVersion);
        assertEquals(line.concept().equals(other.concept()), line.sameConcept(other));
        assertEquals(true, line.sameConcept(line(tag, version)));
    }

    private static FsdsPresentation line(String tag, String version) {
        return new FsdsPresentation(1, 1, "BS", false, tag, version, "Cash", false, 2);
    }

    @Provide
    Arbitrary<String> fields() {
        return Arbitraries.strings().withChars("abAB/-0").ofMaxLength(3);
    }
}
