package dev.crossfoot.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A file's bytes are read into a buffer of the size the file, or its gzip trailer, says: the bytes read are the file's
 * whatever it says, and a trailer that says more than deflate can unpack from the file's bytes is not believed.
 */
class FileBufferTest {

    @TempDir
    Path dir;

    @Test
    void aFileReadsToItsBytesPlainOrGzipped() throws Exception {
        byte[] content = new byte[300_000];
        new Random(20261206).nextBytes(content);
        for (int i = 0; i < content.length; i += 3) {
            content[i] = 'a';
        }
        Path plain = dir.resolve("filing.htm");
        Files.write(plain, content);
        assertArrayEquals(content, Inputs.content(plain));
        Path packed = dir.resolve("filing.htm.gz");
        Files.write(packed, gzip(content));
        assertArrayEquals(content, Inputs.content(packed));
        Path empty = dir.resolve("empty.htm");
        Files.write(empty, new byte[0]);
        assertArrayEquals(new byte[0], Inputs.content(empty));
    }

    @Test
    void theGzipTrailerSizesTheBufferWithinWhatDeflateCanUnpack() throws Exception {
        byte[] content = "Total revenues 1,234 5,678\n".repeat(1000).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] packed = gzip(content);
        assertEquals(content.length, Inputs.unpackedSize(packed));
        byte[] lying = packed.clone();
        lying[lying.length - 1] = (byte) 0x7f;
        assertEquals(1032 * lying.length, Inputs.unpackedSize(lying));
        assertEquals(0, Inputs.unpackedSize(new byte[10]));
        // Saying too much or too little changes only where the buffer starts, not the bytes read.
        Path file = dir.resolve("lying.txt.gz");
        byte[] saysLittle = packed.clone();
        saysLittle[saysLittle.length - 4] = 1;
        saysLittle[saysLittle.length - 3] = 0;
        Files.write(file, saysLittle);
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> Inputs.content(file),
                "a trailer that does not match the content is a corrupt gzip file, as before");
    }

    private static byte[] gzip(byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(content);
        }
        return out.toByteArray();
    }
}
