package dev.crossfoot.report;

import java.io.IOException;
import java.io.Writer;

/**
 * A writer that replaces each unpaired surrogate with U+FFFD on its way out: a label holding one
 * ({@code "Total \ud800"}) made the UTF-8 encoder of a report file fail, and the report was lost.
 * A surrogate pair split across two writes is kept whole.
 */
public final class WellFormedWriter extends Writer {

    private final Writer out;
    private char pendingHigh;

    public WellFormedWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            char c = buffer[i];
            if (pendingHigh != 0) {
                if (Character.isLowSurrogate(c)) {
                    out.write(pendingHigh);
                    out.write(c);
                    pendingHigh = 0;
                    continue;
                }
                out.write('\uFFFD');
                pendingHigh = 0;
            }
            if (Character.isHighSurrogate(c)) {
                pendingHigh = c;
            } else if (Character.isLowSurrogate(c)) {
                out.write('\uFFFD');
            } else {
                out.write(c);
            }
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** A high surrogate left at the end has no partner any more. */
    @Override
    public void close() throws IOException {
        if (pendingHigh != 0) {
            out.write('\uFFFD');
            pendingHigh = 0;
        }
        out.close();
    }
}
