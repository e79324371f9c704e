package dev.crossfoot.report;

/**
 * Text that came from an input, made inert for a reader that interprets characters: control
 * characters (ESC sequences would drive a terminal), line and paragraph separators (a new line
 * could start a workflow command) and the bidirectional controls (which reorder what a reviewer
 * sees) are written as {@code \\uXXXX}; an unpaired surrogate, which no encoder can write, becomes
 * U+FFFD.
 */
final class InputText {

    private InputText() {
    }

    /** {@code text} with every character a consumer would act on written out visibly. */
    static String visible(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = null;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                replacement = "\uFFFD";
            } else if (interpreted(c)) {
                replacement = String.format("\\u%04X", (int) c);
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** C0 and C1 controls, DEL, the line and paragraph separators, and the bidi controls. */
    static boolean interpreted(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029'
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'
                || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }
}
