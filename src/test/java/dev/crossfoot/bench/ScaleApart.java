package dev.crossfoot.bench;

import dev.crossfoot.model.Finding;

/**
 * Whether an error finding's reported and expected figures are a power of 1,000 apart: the
 * expected figure, scaled by it, agrees with the reported one within the rounding the finding
 * allows (or half a unit of the reported figure's last digit). The trace of a figure filed in the
 * wrong scale (a share count tagged in thousands as shares), which the held-out tables count apart
 * from misreadings. Every such finding the tuning half's review looked at was a scale error in the
 * data set itself.
 */
final class ScaleApart {

    private ScaleApart() {
    }

    static boolean of(Finding finding) {
        Double actual = number(finding.actual());
        Double expected = number(finding.expected());
        if (actual == null || expected == null || actual == 0 || expected == 0) {
            return false;
        }
        long thousands = Math.round(Math.log10(Math.abs(actual / expected)) / 3);
        if (thousands == 0) {
            return false;
        }
        double scaled = expected * Math.pow(1000, thousands);
        Double allowed = number(finding.allowed());
        double margin = Math.max(allowed == null ? 0 : Math.abs(allowed * Math.pow(1000, thousands)), halfLastDigit(finding.actual()));
        return Math.abs(scaled - actual) <= margin;
    }

    private static double halfLastDigit(String text) {
        int point = text.indexOf('.');
        int decimals = point < 0 ? 0 : (int) text.substring(point + 1).chars().filter(Character::isDigit).count();
        return 0.5 * Math.pow(10, -decimals);
    }

    private static Double number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.replaceAll("[$€£,\\s]", "");
        boolean negative = plain.startsWith("(") && plain.endsWith(")");
        plain = negative ? plain.substring(1, plain.length() - 1) : plain;
        try {
            double value = Double.parseDouble(plain);
            return negative ? -value : value;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
