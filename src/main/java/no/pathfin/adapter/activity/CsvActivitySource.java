package no.pathfin.adapter.activity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import no.pathfin.application.batch.ActivitySource;
import no.pathfin.application.port.DataFileException;

/**
 * An activity CSV file on disk, read in chunks split where a pathway begins, each with positional reads of 1 MiB. A
 * line longer than that is a bad row; a blank line is skipped and does not end a pathway.
 */
public final class CsvActivitySource implements ActivitySource {

    private final Path file;
    private final long size;
    private final boolean demographic;

    private CsvActivitySource(Path file, long size, boolean demographic) {
        this.file = file;
        this.size = size;
        this.demographic = demographic;
    }

    /** Opens a file, refusing it (with line and column) if its header is not the activity header. */
    public static CsvActivitySource open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DataFileException(file.toString(), 0, 0, "the activity file does not exist (looked for "
                    + file.toAbsolutePath().normalize() + ")");
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(4096);
            channel.read(head, 0);
            String text = new String(head.array(), 0, head.position(), StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String header = (end < 0 ? text : text.substring(0, end)).replace("\r", "").replace("\uFEFF", "");
            boolean demographic = header.equals(ActivityFormat.HEADER_WITH_AGE);
            if (!header.equals(ActivityFormat.HEADER) && !demographic) {
                List<String> found = List.of(header.split(",", -1));
                int column = 0;
                while (column < found.size() && column < ActivityFormat.COLUMNS.size()
                        && found.get(column).equals(ActivityFormat.COLUMNS.get(column))) {
                    column++;
                }
                throw new DataFileException(file.toString(), 1, column + 1, "the header must be "
                        + ActivityFormat.HEADER + " (column " + (column + 1) + " differs), optionally followed by ,"
                        + String.join(",", ActivityFormat.DEMOGRAPHIC));
            }
            return new CsvActivitySource(file, channel.size(), demographic);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public List<Chunk> chunks(int parts) {
        List<Long> starts = new ArrayList<>();
        starts.add(0L);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            PathwayBoundaries boundaries = new PathwayBoundaries(channel, size);
            for (int i = 1; i < parts; i++) {
                long start = boundaries.after(size * i / parts);
                if (start > starts.get(starts.size() - 1) && start < size) {
                    starts.add(start);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Chunk> chunks = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            long end = i + 1 < starts.size() ? starts.get(i + 1) : size;
            chunks.add(new FileChunk(starts.get(i), end, i == 0));
        }
        return chunks;
    }

    /** Bytes [start, end) of the file; the first chunk starts with the header line. */
    private final class FileChunk implements Chunk {
        private final long start;
        private final long end;
        private final boolean first;
        /** The pathway ids the chunk held, once read. */
        private volatile ByteSet pathways = new ByteSet();

        FileChunk(long start, long end, boolean first) {
            this.start = start;
            this.end = end;
            this.first = first;
        }

        @Override
        public long read(Dictionaries dictionaries, RowHandler handler) {
            return read(dictionaries, handler, List.of());
        }

        @Override
        public boolean sharesPathwayWith(List<Chunk> earlier) {
            return earlier.stream().anyMatch(c -> pathways.meets(((FileChunk) c).pathways));
        }

        @Override
        public long reread(Dictionaries dictionaries, RowHandler handler, List<Chunk> earlier) {
            return read(dictionaries, handler, earlier.stream().map(c -> ((FileChunk) c).pathways).toList());
        }

        private long read(Dictionaries dictionaries, RowHandler handler, List<ByteSet> before) {
            RowParser parser = new RowParser(dictionaries, handler, demographic, before);
            byte[] buffer = new byte[ActivityFormat.LONGEST_LINE];
            int length = 0;
            long position = start;
            long line = 0;
            boolean skipping = false;
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                while (true) {
                    int want = (int) Math.min(buffer.length - length, end - position);
                    if (want > 0) {
                        int read = channel.read(ByteBuffer.wrap(buffer, length, want), position);
                        if (read < 0) {
                            break;
                        }
                        position += read;
                        length += read;
                    }
                    boolean last = position >= end;
                    int from = 0;
                    for (int i = 0; i < length; i++) {
                        if (buffer[i] == '\n') {
                            if (skipping) {
                                skipping = false;
                            } else {
                                line = row(parser, buffer, from, i, line + 1);
                            }
                            from = i + 1;
                        }
                    }
                    if (skipping) {
                        from = length;
                    } else if (from == 0 && length == buffer.length) {
                        // a line that does not fit: a bad row; what is left of it, up to its line break, is skipped
                        parser.tooLong(buffer, 0, length, ++line);
                        skipping = true;
                        from = length;
                    } else if (last && from < length) {
                        line = row(parser, buffer, from, length, line + 1);
                        from = length;
                    }
                    System.arraycopy(buffer, from, buffer, 0, length - from);
                    length -= from;
                    handler.progress(position - start - length);
                    if (last && length == 0) {
                        break;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            parser.finish();
            pathways = parser.pathways();
            return line;
        }

        private long row(RowParser parser, byte[] buffer, int from, int to, long line) {
            if (!(first && line == 1) && !ActivityFormat.blank(buffer, from, to)) {
                parser.row(buffer, from, to, line);
            }
            return line;
        }
    }
}
