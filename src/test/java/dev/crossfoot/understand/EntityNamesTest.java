package dev.crossfoot.understand;

import dev.crossfoot.model.Document;
import dev.crossfoot.model.Location;
import dev.crossfoot.model.Paragraph;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EntityNamesTest {

    private final EntityNames names = new EntityNames(ClaimWords.builtIn());

    private static Document withText(String entity, String... paragraphs) {
        List<Paragraph> read = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            read.add(Paragraph.at(paragraphs[i], Location.ofLine("n.txt", i + 1)));
        }
        return new Document("n", entity, "", "", "n.txt", List.of(), read);
    }

    @Test
    void theMetadataNamesTheCompanyWithoutTheWordsThatDoNotTellCompaniesApart() {
        assertEquals("sonus networks", names.key(withText("Sonus Networks, Inc.")));
        assertEquals("sonus networks", names.key(withText("SONUS NETWORKS INC")));
    }

    @Test
    void elseTheCoverPageNamesItAboveTheRegistrantCaption() {
        assertEquals("sonus networks", names.key(withText("", "PART I — REGISTRANT INFORMATION", "**Sonus Networks, Inc.**",
                "Full Name of Registrant")));
        assertEquals("gencorp", names.key(withText("", "GenCorp Inc.", "(Exact name of registrant as specified in its charter)")));
    }

    @Test
    void aDocumentThatDoesNotSayHasNoCompany() {
        assertEquals("", names.key(withText("", "Revenue was $66.4 million.")));
    }
}
