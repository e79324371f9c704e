package dev.crossfoot.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text. Filings are UTF-8 or, when older, Windows-1252; a file that is
 * not valid UTF-8 is read as Windows-1252 so that every byte still becomes a character.
 */
final class Decoding {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Decoding() {
    }

    static String text(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf ? 3 : 0;
        // Decoded as the String constructor does (as Jsoup's parse floor reads a file): a malformed sequence becomes
        // U+FFFD there, so a text without one was valid UTF-8 and is what the reporting decoder gives, without its
        // buffer of two bytes a character and the copy made of it (a tenth of an HTML corpus pass's allocation). A text
        // with U+FFFD is decoded again by the reporting decoder: the file may hold the character or be Windows-1252.
        String decoded = new String(content, start, content.length - start, StandardCharsets.UTF_8);
        if (decoded.indexOf('\uFFFD') < 0) {
            return decoded;
        }
        return strictly(content, start);
    }

    /** The text as UTF-8 where it is valid UTF-8, else as Windows-1252. */
    static String strictly(byte[] content, int start) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, start, content.length - start, WINDOWS_1252);
        }
    }

    /** Whether the text looks like binary data rather than a document: many control characters. */
    static boolean looksBinary(String text) {
        int sample = Math.min(text.length(), 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return sample > 0 && control * 20 > sample;
    }

    /** The lines of a text, without their line ends; line N of the file is element N-1. */
    static String[] lines(String text) {
        return text.split("\r\n|\r|\n", -1);
    }

    /** The longest line of a text or markdown file read as part of a table: a statement's line has a few hundred characters. */
    static final int MAX_LINE_CHARS = 65_536;

    /**
     * The lines of a text, each longer than {@link #MAX_LINE_CHARS} left out (made blank, so it
     * ends any table around it and the line numbers stay) with a problem on its line.
     */
    static String[] boundedLines(String text, String name, java.util.List<InputProblem> problems) {
        String[] lines = lines(text);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].length() > MAX_LINE_CHARS) {
                problems.add(InputProblem.part(dev.crossfoot.model.Location.ofLine(name, i + 1), "a line of " + lines[i].length()
                        + " characters, more than the " + MAX_LINE_CHARS + " crossfoot reads in a line; left out"));
                lines[i] = "";
            }
        }
        return lines;
    }
}
