package org.warta.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * A checksum of every 64 KB block of an input, taken as it is read once, against which a second
 * reading is checked block by block before any of the block's bytes are handed on: so that a
 * file read twice (once to check it, once to cut it) gives nothing of a version it did not have
 * the first time. A block that differs, or a different length, ends the second reading with an
 * {@link IOException} saying the file changed. Four bytes a block: 64 KB for a 1 GB file.
 */
final class BlockFingerprints {

    private static final int BLOCK = 1 << 16;

    private int[] checksums = new int[16];
    private int blocks;
    private long length = -1;

    /** A stream that reads {@code in} and remembers its blocks' checksums and its length. */
    InputStream recording(InputStream in) {
        return new BlockStream(in) {
            private final CRC32C checksum = new CRC32C();
            private int inBlock;
            private long read;

            @Override
            public int read(byte[] buffer, int offset, int count) throws IOException {
                int n = in.read(buffer, offset, Math.min(count, BLOCK - inBlock));
                if (n < 0) {
                    if (inBlock > 0) {
                        add((int) checksum.getValue());
                        inBlock = 0;
                    }
                    length = read;
                    return n;
                }
                checksum.update(buffer, offset, n);
                read += n;
                inBlock += n;
                if (inBlock == BLOCK) {
                    add((int) checksum.getValue());
                    checksum.reset();
                    inBlock = 0;
                }
                return n;
            }
        };
    }

    /** A stream that reads {@code in} again, a block at a time, handing on only blocks that match the first reading. */
    InputStream verifying(InputStream in) {
        if (length < 0) {
            throw new IllegalStateException("the first reading did not reach the end");
        }
        return new BlockStream(in) {
            private final byte[] block = new byte[BLOCK];
            private final CRC32C checksum = new CRC32C();
            private int filled;
            private int served;
            private int index;
            private long read;

            @Override
            public int read(byte[] buffer, int offset, int count) throws IOException {
                if (served == filled && !nextBlock()) {
                    return -1;
                }
                int n = Math.min(count, filled - served);
                System.arraycopy(block, served, buffer, offset, n);
                served += n;
                return n;
            }

            private boolean nextBlock() throws IOException {
                filled = in.readNBytes(block, 0, BLOCK);
                served = 0;
                read += filled;
                if (filled == 0) {
                    if (read != length) {
                        throw changed();
                    }
                    return false;
                }
                checksum.reset();
                checksum.update(block, 0, filled);
                if (index >= blocks || checksums[index++] != (int) checksum.getValue() || read > length
                        || filled < BLOCK && read != length) {
                    throw changed();
                }
                return true;
            }
        };
    }

    /** A stream whose reading, byte by byte or in bulk, goes through its {@code read(byte[], int, int)}. */
    private abstract static class BlockStream extends FilterInputStream {

        BlockStream(InputStream in) {
            super(in);
        }

        @Override
        public final int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public abstract int read(byte[] buffer, int offset, int count) throws IOException;
    }

    private void add(int checksum) {
        if (blocks == checksums.length) {
            checksums = Arrays.copyOf(checksums, blocks * 2);
        }
        checksums[blocks++] = checksum;
    }

    /** The error that says a file changed between two readings. */
    static IOException changed() {
        return new IOException("the file changed while it was read; read it again once it is complete");
    }
}
