package dev.crossfoot.read;

import dev.crossfoot.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A quarter's statement values wait on disk in partitions of filings: each filing gets back every
 * value it has, in num.txt's order, with the same number, scale, text and line, however many
 * partitions the quarter is split into.
 */
class FsdsValuesTest {

    @Test
    void eachFilingGetsTheSameValuesInTheSameOrderWhateverThePartitions() throws Exception {
        Path quarter = SharedData.require("corpus/secfsds/tests/_testdata/zip/2009q3.zip");
        Map<String, List<FsdsValue>> whole = taken(quarter, 1);
        int values = whole.values().stream().mapToInt(List::size).sum();
        assertTrue(whole.size() > 100 && values > 10_000, whole.size() + " filings, " + values + " values");
        for (int partitions : List.of(3, FsdsValues.PARTITIONS)) {
            assertEquals(whole, taken(quarter, partitions), partitions + " partitions");
        }
    }

    @Test
    void aHandMadeDataSetsValuesIncludingTextThatIsNoNumberComeBackAsRead() throws Exception {
        Path data = Path.of("fixtures/fsds/layout-2009/data");
        Map<String, List<FsdsValue>> whole = taken(data, 1);
        assertTrue(whole.values().stream().flatMap(List::stream).anyMatch(value -> value.value() == null && !value.text().isEmpty()),
                "the data set has a value that is no number, shown as its text");
        assertEquals(whole, taken(data, FsdsValues.PARTITIONS));
    }

    /** Every filing's values, taken in the index's order, checking that each value read is handed over once. */
    private static Map<String, List<FsdsValue>> taken(Path dataSet, int partitions) throws Exception {
        CollectedDocuments problems = new CollectedDocuments();
        try (FsdsFiles files = dataSet.toString().endsWith(".zip") ? FsdsFiles.zip(dataSet, dataSet.toString())
                : FsdsFiles.folder(dataSet, dataSet.toString())) {
            FsdsIndex index = new FsdsIndex();
            assertTrue(index.read(files, problems));
            List<String> filings = index.filings();
            Map<String, List<FsdsValue>> taken = new LinkedHashMap<>();
            try (FsdsValues values = new FsdsValues(filings, partitions)) {
                assertTrue(values.read(files, index, problems));
                for (String adsh : filings) {
                    taken.put(adsh, new ArrayList<>(values.take(adsh)));
                }
                assertEquals(values.kept(), taken.values().stream().mapToInt(List::size).sum(), "each value handed over once");
            }
            return taken;
        }
    }
}
