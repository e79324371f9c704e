package dev.crossfoot.read;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A file's text decoded by the String constructor where that shows no malformed sequence is what the reporting
 * decoder gives (UTF-8 where valid, else Windows-1252), on bytes of every kind: valid sequences of one to four bytes
 * (U+FFFD itself among them), overlong forms, encoded surrogates, code points past U+10FFFF, cut sequences, stray
 * continuation bytes and a byte-order mark.
 */
class DecodingProperties {

    @Property(tries = 20000)
    @Label("the text is what the reporting decoder gives")
    void decodedAsTheReportingDecoder(@ForAll("contents") byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf ? 3 : 0;
        assertEquals(Decoding.strictly(content, start), Decoding.text(content), () -> java.util.HexFormat.of().formatHex(content));
    }

    @Example
    @Label("a file holding U+FFFD itself, or Windows-1252 bytes, is read as before")
    void replacementCharacterAndWindows1252() {
        assertEquals("a\uFFFDb", Decoding.text("a\uFFFDb".getBytes(StandardCharsets.UTF_8)));
        assertEquals("caf\u00e9 \u20ac", Decoding.text(new byte[] {'c', 'a', 'f', (byte) 0xe9, ' ', (byte) 0x80}));
        assertEquals("x", Decoding.text(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'x'}));
    }

    @Provide
    Arbitrary<byte[]> contents() {
        Arbitrary<byte[]> piece = Arbitraries.oneOf(
                Arbitraries.of("a", " ", "<td>", "\u00e9", "\u20ac", "\uFFFD", "\ud83d\ude00", "\u00a0", "\u2003", "\u0800", "\uffff")
                        .map(text -> text.getBytes(StandardCharsets.UTF_8)),
                // Malformed: overlong, surrogates, past U+10FFFF, cut, stray continuation, bytes UTF-8 never uses.
                Arbitraries.of(List.of(new byte[] {(byte) 0xc0, (byte) 0xaf}, new byte[] {(byte) 0xe0, (byte) 0x80, (byte) 0xaf},
                        new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                        new byte[] {(byte) 0xe2, (byte) 0x82}, new byte[] {(byte) 0xf0, (byte) 0x9f, (byte) 0x98},
                        new byte[] {(byte) 0x80}, new byte[] {(byte) 0xbf}, new byte[] {(byte) 0xff}, new byte[] {(byte) 0xfe},
                        new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, new byte[] {(byte) 0xe9}, new byte[] {(byte) 0x93})),
                Arbitraries.bytes().map(b -> new byte[] {b}));
        return piece.list().ofMaxSize(8).map(pieces -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pieces.forEach(out::writeBytes);
            return out.toByteArray();
        });
    }
}
