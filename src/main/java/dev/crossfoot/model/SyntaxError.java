package dev.crossfoot.model;

/** A rule or concept file that cannot be read, pointing at {@code file:line:column}. */
public final class SyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;

    public SyntaxError(String file, int line, int column, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String where() {
        return file + ":" + line + ":" + column;
    }

    @Override
    public String toString() {
        return where() + ": " + getMessage();
    }
}
