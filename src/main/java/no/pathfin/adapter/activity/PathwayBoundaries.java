package no.pathfin.adapter.activity;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * Where a chunk of an activity file may begin: at a line that begins another pathway than the last line before it
 * that is not blank. Blank lines never end a pathway, here as in the reader ({@link RowParser}), and a line's
 * pathway id is read by the same rule ({@link ActivityFormat#pathwayEnd}), so a pathway is never cut in two by the
 * number of chunks.
 */
final class PathwayBoundaries {

    private static final int PIECE = 64 * 1024;

    private final FileChannel channel;
    private final long size;
    private final ByteBuffer buffer = ByteBuffer.allocate(PIECE);

    PathwayBoundaries(FileChannel channel, long size) {
        this.channel = channel;
        this.size = size;
    }

    /** The first line that begins a pathway, after the line holding the byte at {@code position}. */
    long after(long position) throws IOException {
        long at = nextLine(position);
        if (at <= 0 || at >= size) {
            return at;
        }
        byte[] before = idBefore(at);
        while (at < size) {
            Line line = line(at);
            if (!line.blank() && !Arrays.equals(line.id(), before)) {
                return at;
            }
            at = nextLine(at);
        }
        return at;
    }

    /** A line's pathway id, and whether it is blank. */
    private record Line(byte[] id, boolean blank) {
    }

    /** The pathway id of the last line before {@code lineStart} that is not blank (null if none). */
    private byte[] idBefore(long lineStart) throws IOException {
        long at = lineStart;
        while (at > 0) {
            long start = startOfLineBefore(at - 1);
            Line line = line(start);
            if (!line.blank()) {
                return line.id();
            }
            at = start;
        }
        return null;
    }

    /** The start of the line that holds the byte at {@code position}. */
    private long startOfLineBefore(long position) throws IOException {
        long end = position;
        while (end > 0) {
            long from = Math.max(0, end - PIECE);
            buffer.clear().limit((int) (end - from));
            int read = readFully(from);
            for (int i = read - 1; i >= 0; i--) {
                if (buffer.get(i) == '\n') {
                    return from + i + 1;
                }
            }
            end = from;
        }
        return 0;
    }

    /** The line at {@code start}: its first {@link ActivityFormat#LONGEST_LINE} bytes at most, up to a comma. */
    private Line line(long start) throws IOException {
        byte[] content = new byte[64];
        int n = 0;
        long at = start;
        boolean comma = false;
        reading:
        while (n < ActivityFormat.LONGEST_LINE) {
            buffer.clear();
            int read = channel.read(buffer, at);
            if (read <= 0) {
                break;
            }
            for (int i = 0; i < read && n < ActivityFormat.LONGEST_LINE; i++) {
                byte c = buffer.get(i);
                if (c == '\n') {
                    break reading;
                }
                if (n == content.length) {
                    content = Arrays.copyOf(content, n * 2);
                }
                content[n++] = c;
                if (c == ',') {
                    comma = true;
                    break reading;
                }
            }
            at += read;
        }
        boolean blank = !comma && ActivityFormat.blank(content, 0, n);
        return new Line(Arrays.copyOf(content, ActivityFormat.pathwayEnd(content, 0, n)), blank);
    }

    /** The start of the line after the one holding the byte at {@code from}. */
    private long nextLine(long from) throws IOException {
        long position = from;
        while (true) {
            buffer.clear();
            int read = channel.read(buffer, position);
            if (read <= 0) {
                return size;
            }
            for (int i = 0; i < read; i++) {
                if (buffer.get(i) == '\n') {
                    return position + i + 1;
                }
            }
            position += read;
        }
    }

    private int readFully(long from) throws IOException {
        int total = 0;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, from + total);
            if (read <= 0) {
                break;
            }
            total += read;
        }
        return total;
    }
}
