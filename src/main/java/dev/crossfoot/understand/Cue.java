package dev.crossfoot.understand;

import java.util.Locale;

/**
 * The label cues the structure inference asks about. Which words give a cue is data: each
 * language's {@code rules/lexicon/*.lexicon} lists them; this list only names what the code asks.
 * A cue whose entries must capture a part of the label says how many groups its regexes need.
 */
public enum Cue {
    TOTAL("a line that totals the lines of its section; what follows the word names the section"),
    SUBTOTAL("a subtotal: it closes the innermost open section"),
    NAMED_TOTAL("a line named as the total of its own concept (\"Property, plant and equipment, net, total\"): a total whose parts the table need not show"),
    ACTIVITY_NET_CASH("the net cash of an operating, investing or financing activity: the total of its section"),
    DISCONTINUED_PART("the part of an activity's cash (or of a result) of discontinued operations: a line of its own beside the continuing activities, never the activity's total"),
    OPERATING_ACTIVITY("the operating activities, named by a cash-flow section or its total (\"operations\" too)"),
    INVESTING_ACTIVITY("the investing activities, named by a cash-flow section or its total"),
    FINANCING_ACTIVITY("the financing activities, named by a cash-flow section or its total"),
    RECONCILIATION("a header of lines that reconcile one figure to another, closed by no activity total"),
    COMMITMENTS_CAPTION("a balance-sheet caption for items without an amount: it heads no lines"),
    COMPREHENSIVE_RESULT("comprehensive income: net income and other comprehensive income together, a total of the lines above it"),
    BALANCE("a balance a roll-forward starts or ends with (opening or closing)"),
    OPENING_BALANCE("an opening balance: it starts a roll-forward, it never closes one"),
    PERIOD_START("a balance at the start of the period (\"Cash at beginning of period\"), whichever line it stands on"),
    DEDUCTION("a line or header of lines subtracted from what is above it"),
    EXCLUDING("a result named as an earlier line without what follows it; group 1 is the earlier line", 1),
    NET("a net amount: an amount less its deduction"),
    AMOUNT_KIND("a word naming what kind of amount a line is, not what it is of (\"gains\", \"losses\", \"unrealized\"): two lines sharing only such words are of different things"),
    PART_OF("a header whose lines are parts of lines shown elsewhere (\"Includes stock-based compensation of:\", \"Of which:\"): each line names the whole it is a part of, not itself"),
    SPANNING_TOTAL("a grand total joining sections; group 1 is the label of the first section's total", 1),
    SIDE_TOTAL("a grand total naming the balance sheet's second side as a whole (\"Summe Passiva\", \"Total du passif\"): the sum of the sections between the assets' total and it, where no spanning-total phrase names its first section"),
    AVERAGE_VALUE("a weighted average of a price or a value: it never adds (an average count of shares does)"),
    PER_SHARE("an amount per share or per unit: not scaled, not added"),
    SHARES("a label naming shares: a count of them, unless other words make it an amount"),
    SHARE_COUNT_WORDS("words that say a line counts shares wherever they stand (\"shares outstanding\", \"number of shares\"), even in a label that quotes terms"),
    NOT_A_SHARE_COUNT("words that make a label naming shares an amount of money (proceeds, price, cost)"),
    SHARE_CLASS("a label that names a class of shares and nothing else (\"Common shares\", \"Treasury shares\"): the instrument's amount, not a count of it"),
    SHARE_COUNT_HEADER("a header whose lines are counts of shares"),
    SHARE_COUNT("a label that counts shares even where it names the per-share amount"),
    PAR_VALUE("a label naming a par or stated value and no figure (\"Common stock, par value\"): an amount per share"),
    COUNT_OF_INSTRUMENT("words after an instrument's name that say which count of it a line states (\"Common stock, issued\", \"Preferred shares authorized\"); the match is those words"),
    STOCK_INSTRUMENT("a word naming a stock or share instrument (\"stock\", \"units\"), whose count a table of terms states"),
    TREASURY_STOCK("a label naming the stock held in treasury (\"Treasury stock, at cost\", \"Common stock in treasury\"), whose count a table of terms states"),
    TERMS_TITLE("a title of a table of the terms of another statement's lines (a parenthetical statement): par values, counts of shares, allowances"),
    QUOTED_TERMS("a figure a label quotes for the terms of what its line states (\"$0.12 per share\", \"10,000 shares authorized\"): the line measures what the rest of the label says"),
    SCALE_THOUSANDS("a unit caption's word for thousands (\"in thousands\", \"in Tausend EUR\", \"en milliers d'euros\")"),
    SCALE_MILLIONS("a unit caption's word for millions"),
    SCALE_BILLIONS("a unit caption's word for billions"),
    UNIT_EXCEPTION("where a unit caption starts naming the lines its scale leaves out (\"except per share data\")"),
    UNIT_PER_SHARE("the amounts per share a unit caption's exception names, which no caption scales anyway"),
    UNIT_SHARE("share counts a unit caption's exception names (\"except share and per share data\")"),
    SHARES_OWN_SCALE("a unit caption stating the share counts' own scale (\"shares in thousands\"); its scale word is theirs"),
    PERCENT("a percentage, margin, rate or ratio line"),
    PERCENT_SAID("a label that says its figures are percentages (\"%\", \"percent\"), where a margin or a rate may be an amount"),
    PERCENT_HEADER("a header whose lines are percentages"),
    PERCENT_COLUMN("a column header of percentages"),
    RATIO_COLUMN("a column header of ratios beside amounts: percentages, changes, rates"),
    COMPARISON_COLUMN("a column header of comparisons of other columns: never footed"),
    REPORTED_COLUMN("words that say a column reports the period as the statements do"),
    NON_GAAP("a non-GAAP (adjusted) measure or column"),
    ADJUSTMENT("an adjustment column between a reported and an adjusted measure"),
    GAAP("a reported (GAAP) measure or column"),
    BALANCE_TOTAL("a total of assets or liabilities: a balance at a date"),
    BALANCE_LINE("a line that states a balance held at a date"),
    FLOW_LINE("a line that states a flow of a period: a result, a revenue or cost, a cash flow"),
    BALANCE_WORDS("words that make a line a balance whatever flow it is named after"),
    TEMPORARY_EQUITY("redeemable stock or interests: temporary (mezzanine) equity"),
    EQUITY("equity or its deficit, as a total names it"),
    LIABILITIES("liabilities, as a grand total with the equity names them"),
    INCOME_WORD("a word of income: a line with it adds to income as shown"),
    EXPENSE_WORD("a word of expense or loss: a line with it is deducted unless shown signed"),
    RUNNING_RESULT("a line that states the running result of the statement of operations"),
    RESULT_SO_FAR("a result part-way down the statement of operations"),
    PROSE_TITLE("a title that is a sentence of the notes, not a statement heading"),
    EXHIBIT_INDEX("a title or column of the exhibit index: document numbers, not amounts"),
    OUTLOOK_TITLE("a title of an outlook or guidance table"),
    NON_GAAP_TITLE("a title of a table of non-GAAP measures"),
    RECONCILIATION_TITLE("a title of a reconciliation: one of GAAP to non-GAAP measures only where it says so"),
    GAAP_TITLE("words of a reconciliation's title that make it one of GAAP to non-GAAP (or adjusted) measures"),
    SUPPLEMENTAL_TITLE("a title of supplemental information"),
    OWNERSHIP_TITLE("a title of a table of securities owned (Forms 3, 4 and 5)"),
    CASH_FLOW_TITLE("a title of a statement of cash flows"),
    FUTURE_FLOWS_TITLE("words of a title that make cash flows a schedule of expected or future flows, not a statement"),
    BALANCE_SHEET_TITLE("a title of a balance sheet (statement of financial position or condition)"),
    EQUITY_TITLE("words of a title naming equity: a statement of it where the title also says statement"),
    STATEMENT_WORD("the word a title calls a statement by"),
    INCOME_TITLE("a title of a statement of operations (income, earnings)"),
    GAAP_LINE("a line of a reported (GAAP) measure in a reconciliation"),
    NON_GAAP_LINE("a line of a non-GAAP measure in a reconciliation"),
    TOTAL_ASSETS_LINE("the line of total assets: a balance sheet has one"),
    CURRENT_ASSETS_TOTAL_LINE("the line of total current assets: with a total of liabilities, a balance sheet that closes its sides with \"Total\" alone"),
    NET_CASH_LINE("a line of net cash: a statement of cash flows has one"),
    ACTIVITY_LINE("a line naming an operating or investing activity: a schedule of expected cash flows has none"),
    REVENUE_LINE("a line of revenue or sales"),
    TOTAL_REVENUE_LINE("the line of total revenue or sales"),
    NET_INCOME_LINE("the line of net income or loss"),
    PROSE_START("how a title that is a sentence or the discussion's heading begins or ends, not a statement heading"),
    ORDINAL("a cell that is a rank written as an ordinal number (\"94th\"): text, never an amount"),
    MONTH("a month's name or its abbreviation (\"March\", \"März\", \"Mär.\", \"déc.\"); its number is the month of the year", Kind.VALUED),
    DATE_FORM("how a column header writes a date: day, month (a name, or mm for its number) and year in the order the form gives", Kind.FORM),
    PERIOD_COUNT("a number of months, weeks or quarters written as a word (\"three\", \"drei\", \"trois\"); its number is the count", Kind.VALUED),
    MONTHS_UNIT("the word a period's length in months is counted in (\"months\", \"Monate\", \"mois\")"),
    WEEKS_UNIT("the word a period's length in weeks is counted in (\"weeks\", \"Wochen\", \"semaines\")"),
    QUARTERS_UNIT("the word a period's length in quarters is counted in (\"quarters\", \"Quartale\", \"trimestres\")"),
    YEAR_PERIOD("a column header naming a year's period (\"year ended\", \"Geschäftsjahr\", \"exercice clos\"): twelve months"),
    QUARTER_PERIOD("a column header naming a quarter's period (\"quarter ended\", \"third quarter\", \"trimestre clos\"): three months"),
    FISCAL_YEAR("the word before a year that makes it a fiscal year (\"fiscal 2023\", \"Geschäftsjahr 2023\", \"exercice 2023\")"),
    DAY_SUFFIX("what a date writes right after the day's number (\"1er janvier\"): the day is the number"),
    RANGE_TO("the word between the first and the last day of a period written as a range (\"January 1 – December 31, 2023\", \"1. Januar bis 31. Dezember 2023\", \"du 1er janvier au 31 décembre 2023\")"),
    UNIT_CAPTION("a unit caption as a text writes it (\"(in thousands, except per share data)\", \"(in Millionen EUR)\", \"en milliers d'euros\"): a regex, the caption its match"),
    HEADER_PERIOD("words of a column header or of the header rows' stub that say it names a period (\"years ended\", \"as of\", \"Geschäftsjahr zum\", \"exercice clos le\"); read in the document's own language"),
    YEAR_END("a fiscal year-end as a text names it (\"for the years ended June 30\", \"Geschäftsjahr zum 30. Juni\"): a regex with the groups month (its name) and day; read in the document's own language", 2);

    /** What an entry of the cue gives: a phrase, a phrase with the number it stands for, or a date form. */
    public enum Kind {
        PHRASE, VALUED, FORM
    }

    private final String meaning;
    private final int groups;
    private final Kind kind;

    Cue(String meaning) {
        this(meaning, 0);
    }

    Cue(String meaning, int groups) {
        this.meaning = meaning;
        this.groups = groups;
        this.kind = Kind.PHRASE;
    }

    Cue(String meaning, Kind kind) {
        this.meaning = meaning;
        this.groups = 0;
        this.kind = kind;
    }

    /** What each entry of the cue gives: phrases, phrases each with a number ({@code words 3 "drei"}), or date forms. */
    public Kind kind() {
        return kind;
    }

    /** What the cue means, in a sentence. */
    public String meaning() {
        return meaning;
    }

    /** How many capturing groups each regex of this cue must have. */
    public int groups() {
        return groups;
    }

    /** The name a lexicon file uses: {@code opening-balance}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The cue a lexicon file names, or null. */
    public static Cue byFileName(String name) {
        for (Cue cue : values()) {
            if (cue.fileName().equals(name)) {
                return cue;
            }
        }
        return null;
    }
}
