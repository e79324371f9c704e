package dev.crossfoot.read;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.io.IOException;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A file's bytes read into an array of the size it says it has are its bytes, whatever size it says (none, too few,
 * exactly, too many) and however its stream hands them over (a gzip stream a few at a time); more than the bound throw.
 */
class BoundedReadProperties {

    @Property(tries = 5000)
    @Label("the bytes read are the stream's, whatever size was expected; past the bound they throw")
    void bytesAreTheStreams(@ForAll("contents") byte[] content, @ForAll @IntRange(min = 0, max = 300) int expected,
                            @ForAll @IntRange(min = 1, max = 7) int chunk, @ForAll @IntRange(min = 0, max = 300) int max) {
        if (content.length > max) {
            assertThrows(IOException.class, () -> Inputs.bounded(new Chunked(content, chunk), Math.min(expected, max), max, "too large"));
            return;
        }
        try {
            assertArrayEquals(content, Inputs.bounded(new Chunked(content, chunk), Math.min(expected, max), max, "too large"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Provide
    Arbitrary<byte[]> contents() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(260);
    }

    /** A stream handing over at most {@code chunk} bytes a read. */
    private static final class Chunked extends InputStream {
        private final byte[] content;
        private final int chunk;
        private int at;

        Chunked(byte[] content, int chunk) {
            this.content = content;
            this.chunk = chunk;
        }

        @Override
        public int read() {
            return at < content.length ? content[at++] & 0xff : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (at >= content.length) {
                return -1;
            }
            int n = Math.min(Math.min(length, chunk), content.length - at);
            System.arraycopy(content, at, into, offset, n);
            at += n;
            return n;
        }
    }
}
