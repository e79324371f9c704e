package dev.crossfoot.understand;

import dev.crossfoot.model.Document;
import dev.crossfoot.model.Location;
import dev.crossfoot.model.Paragraph;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClaimFinderTest {

    private static List<Claim> claims(String... paragraphs) {
        List<Paragraph> read = new java.util.ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            read.add(Paragraph.at(paragraphs[i], Location.ofFragment("t.json", "/paragraphs/" + i)));
        }
        return ClaimFinder.builtIn().find(new Document("d", "", "", "", "t.json", List.of(), read));
    }

    private static String described(String... paragraphs) {
        return claims(paragraphs).stream().map(Claim::describe).collect(Collectors.joining("\n"));
    }

    @Test
    void dump() {
        System.out.println(described(
                "SONUS NETWORKS REPORTS 2011 THIRD QUARTER RESULTS",
                "Sonus Networks, Inc. today announced results for the quarter ended September 30, 2011 and provided its outlook for the quarter and year ending December 31, 2011.",
                "Third Quarter Highlights",
                "- · Total revenue was \\$66.4 million",
                "- · SBC product revenue was \\$10.4 million, compared to \\$7.7 million in the second quarter of fiscal 2011 and \\$3.1 million in the third quarter of fiscal 2010",
                "Revenue for the third quarter of fiscal 2011 was \\$66.4 million, compared to \\$51.8 million in the second quarter of fiscal 2011 and \\$42.7 million in the third quarter of fiscal 2010. GAAP net income for the third quarter of fiscal 2011 was \\$1.9 million, or \\$0.01 per diluted share, compared to a net loss of \\$5.9 million, or \\$0.02 per share, in the second quarter of 2011 and a net loss of \\$22.3 million, or \\$0.08 per share, in the third quarter of 2010. Non-GAAP net income for the third quarter of fiscal 2011 was \\$4.1 million, or \\$0.01 per diluted share, compared to a net loss of \\$3.6 million, or \\$0.01 per share, for the second quarter of fiscal 2011 and a net loss of \\$14.3 million, or \\$0.05 per share, for the third quarter of fiscal 2010.",
                "Fourth Quarter and Fiscal 2011 Outlook",
                "For the fourth quarter and fiscal 2011, management provides the following outlook:",
                "- · Total company revenue of \\$70 million to \\$74 million for the fourth quarter and \\$255 million to \\$259 million for the full year",
                "- · GAAP gross margins between 62% and 63% for the fourth quarter and between 55% and 56% for the full year",
                "- · GAAP earnings per share between \\$0.00 and \\$0.02 for the fourth quarter and GAAP loss per share between \\$0.04 and \\$0.06 for the full year",
                "- · Year-end cash and investments of approximately \\$385 million",
                "Revenues for fiscal 2008 were $320.3 million, compared to $279.5 million for fiscal 2007, an increase of 15%. Gross margins are expected to be 58-62%. Cash was in excess of $390 million.",
                "Revenue increased 5% to $1,496.5 million in 2019 from $1,202.9 million in 2018."));
    }
}
