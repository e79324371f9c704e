package dev.crossfoot.read;

/**
 * One filing of {@code sub.txt}: its accession number ({@code adsh}), the company, the form and the
 * fiscal period it reports ({@code fy}, {@code fp}: "2009", "Q2"), and its balance-sheet date ({@code period}).
 */
record FsdsSubmission(String adsh, String name, String form, String period, String fiscalYear, String fiscalPeriod) {

    /** "10-Q, fiscal 2009 Q2, period 20090630": what a reader of the report needs to place the filing. */
    String describe() {
        StringBuilder text = new StringBuilder(form);
        if (!fiscalYear.isEmpty() || !fiscalPeriod.isEmpty()) {
            text.append(", fiscal ").append((fiscalYear + " " + fiscalPeriod).strip());
        }
        if (!period.isEmpty()) {
            text.append(", period ").append(period);
        }
        return text.toString();
    }
}
