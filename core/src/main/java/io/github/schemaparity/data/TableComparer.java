package io.github.schemaparity.data;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Compares the rows of one table held by both sides: digests per key range, bisection of the ranges
 * that differ, row hashes of the small ranges left, and per-column hashes of just the changed rows.
 */
final class TableComparer {
    private static final int MAX_DEPTH = 12;
    private static final int KEYS_PER_FETCH = 100;
    /** The most pieces a first scan is cut into (each a statement per side). */
    private static final int MAX_SLICES = 256;

    private final SidePair sides;
    private final DataDialect dialect;
    private final TableShape expectedShape;
    private final TableShape actualShape;
    private final String filter;
    private final DataParityConfig config;
    private final DataLog log;
    private final String table;
    private final RowDiff diff;
    private long rowsExpected;
    private long rowsActual;

    TableComparer(SidePair sides, DataDialect dialect, TableShape expectedShape, TableShape actualShape,
            DataParityConfig config, DataLog log) {
        this.sides = sides;
        this.dialect = dialect;
        this.expectedShape = expectedShape;
        this.actualShape = actualShape;
        this.table = expectedShape.qualifiedName();
        this.filter = config.filterOf(table);
        this.config = config;
        this.log = log;
        this.diff = new RowDiff(config.maxRows());
    }

    /** Compares the table. */
    TableResult compare() {
        long start = System.nanoTime();
        String note = null;
        if (expectedShape.keyKind() == KeyKind.NONE) {
            note = compareWithoutKey();
        } else {
            compareByKey();
        }
        List<RowChange> rows = namedRows();
        double seconds = (System.nanoTime() - start) / 1e9;
        boolean differs = diff.missing() + diff.unexpected() + diff.changed() > 0 || rowsExpected != rowsActual;
        if (Math.max(rowsExpected, rowsActual) >= config.progressRows()) {
            log.info(String.format("%s: %,d rows per side checked in %.1f s (%,.0f rows/s)", table,
                    Math.max(rowsExpected, rowsActual), seconds, (rowsExpected + rowsActual) / Math.max(seconds, 1e-3)));
        }
        return new TableResult(table, expectedShape.key(), differs ? TableStatus.DIFFERENT : TableStatus.EQUAL,
                rowsExpected, rowsActual, diff.missing(), diff.unexpected(), diff.changed(), rows,
                diff.truncated(), seconds, note, false);
    }

    private TableShape shapeOf(DataSide side) {
        return side == sides.expected() ? expectedShape : actualShape;
    }

    private void compareByKey() {
        List<ColumnShape> key = expectedShape.keyColumns();
        if (key.size() == 1 && key.get(0).kind() == ValueKind.INTEGER) {
            SidePair.Both<List<String[]>> extremes = sides.both(side -> side.rows(
                    dialect.keyExtremes(shapeOf(side), filter), "reading the key range of " + table, table));
            BigInteger low = null;
            BigInteger high = null;
            for (List<String[]> rows : List.of(extremes.expected(), extremes.actual())) {
                String[] row = rows.get(0);
                if (row[0] != null) {
                    BigInteger min = new BigInteger(row[0]);
                    BigInteger max = new BigInteger(row[1]).add(BigInteger.ONE);
                    low = low == null || min.compareTo(low) < 0 ? min : low;
                    high = high == null || max.compareTo(high) > 0 ? max : high;
                }
            }
            if (low == null) {
                return;
            }
            long hint = Math.max(expectedShape.rowEstimate(), 0);
            hint = hint > 0 ? hint : high.subtract(low).min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
            KeyRange all = new KeyRange(List.of(low.toString()), List.of(high.toString()));
            level(all, RangeSplitter.integerBounds(low, high, firstPieces(hint)), 0, true, diff);
        } else {
            long hint = Math.max(expectedShape.rowEstimate(), 0);
            int pieces = firstPieces(hint);
            List<List<String>> bounds = pieces > 1 ? sampledBounds(sides.expected(), KeyRange.ALL, hint, pieces)
                    : List.of();
            level(KeyRange.ALL, bounds, 0, true, diff);
        }
    }

    /**
     * Digests the buckets of a range on both sides and descends into the ones that differ, into {@code found}.
     * The differing ranges of the first scan are narrowed down at the same time, each into a diff of its own
     * (added in key order, so the listed rows do not depend on which finished first); below, in turn.
     */
    private void level(KeyRange range, List<List<String>> bounds, int depth, boolean top, RowDiff found) {
        SidePair.Both<Map<Integer, Digest>> digests = top ? firstScan(bounds)
                : sides.both(side -> digests(side, range, bounds, filter));
        List<CompletableFuture<RowDiff>> narrowed = new ArrayList<>();
        for (int i = 0; i <= bounds.size(); i++) {
            Digest expected = digests.expected().getOrDefault(i, Digest.EMPTY);
            Digest actual = digests.actual().getOrDefault(i, Digest.EMPTY);
            if (top) {
                rowsExpected += expected.rows();
                rowsActual += actual.rows();
            }
            if (expected.equals(actual)) {
                continue;
            }
            KeyRange bucket = RangeSplitter.bucket(range, bounds, i);
            long rows = Math.max(expected.rows(), actual.rows());
            DataSide bigger = expected.rows() >= actual.rows() ? sides.expected() : sides.actual();
            if (top) {
                narrowed.add(sides.narrow(() -> {
                    RowDiff part = new RowDiff(config.maxRows());
                    narrow(bucket, rows, bigger, depth + 1, part);
                    return part;
                }));
            } else {
                narrow(bucket, rows, bigger, depth + 1, found);
            }
        }
        for (CompletableFuture<RowDiff> part : narrowed) {
            found.add(SidePair.join(part));
        }
        if (top && Math.max(rowsExpected, rowsActual) >= config.progressRows() && !narrowed.isEmpty()) {
            log.info(String.format("%s: %,d of %d ranges differ, narrowed down to the rows", table, narrowed.size(),
                    bounds.size() + 1));
        }
    }

    private void narrow(KeyRange bucket, long rows, DataSide bigger, int depth, RowDiff found) {
        if (rows <= RangeSplitter.LEAF_ROWS || depth > MAX_DEPTH) {
            leaf(bucket, found);
        } else {
            split(bucket, rows, bigger, depth, found);
        }
    }

    /**
     * The first scan of a table. A long table (from {@link DataParityConfig#progressRows()} rows) is scanned
     * in pieces, with a progress line (rows, rows/s, ETA) after each, whatever the parallelism: in physical
     * slices where the engine can cut them (PostgreSQL's {@code ctid} ranges, run at once on each side's
     * sessions, which stand in for the parallel workers a TID range scan does not get), else in runs of the
     * first-level key ranges. A short table is one statement, which the server may run with its own parallel workers.
     */
    private SidePair.Both<Map<Integer, Digest>> firstScan(List<List<String>> bounds) {
        // The first scan covers every row (a whole-number key's range is the extent of both sides), so it
        // states no key range: a per-row range test is pure cost (on MySQL/MariaDB a DECIMAL comparison).
        KeyRange range = KeyRange.ALL;
        long estimate = Math.max(expectedShape.rowEstimate(), actualShape.rowEstimate());
        if (estimate < config.progressRows()) {
            return sides.both(side -> digests(side, range, bounds, filter));
        }
        int count = progressPieces(estimate);
        List<String> expectedSlices = dialect.scanSlices(expectedShape, count);
        List<String> actualSlices = dialect.scanSlices(actualShape, count);
        List<Piece> pieces = new ArrayList<>();
        if (!expectedSlices.isEmpty() && !actualSlices.isEmpty()) {
            for (int i = 0; i < count; i++) {
                pieces.add(new Piece(range, bounds, 0, expectedSlices.get(i), actualSlices.get(i)));
            }
        } else if (!bounds.isEmpty()) {
            int buckets = bounds.size() + 1;
            int runs = Math.min(count, buckets);
            for (int i = 0; i < runs; i++) {
                int first = (int) ((long) i * buckets / runs);
                int last = (int) ((long) (i + 1) * buckets / runs) - 1;
                KeyRange run = new KeyRange(RangeSplitter.bucket(range, bounds, first).low(),
                        RangeSplitter.bucket(range, bounds, last).high());
                pieces.add(new Piece(run, bounds.subList(first, last), first, null, null));
            }
        } else {
            return sides.both(side -> digests(side, range, bounds, filter));
        }
        return scanInPieces(pieces, estimate);
    }

    /** First-level ranges: enough to be narrowed down, and at least a piece per progress line of a long table. */
    private int firstPieces(long rows) {
        int pieces = RangeSplitter.firstPieces(rows);
        return rows >= config.progressRows() ? Math.max(pieces, progressPieces(rows)) : pieces;
    }

    /**
     * Pieces of a long table's first scan: about half the progress threshold each, at least two per session, and
     * a multiple of the sessions (slices are of a size, so the last round keeps every session busy too).
     */
    private int progressPieces(long rows) {
        long pieceRows = Math.max(1, config.progressRows() / 2);
        int sessions = Math.min(sides.expected().sessions(), sides.actual().sessions());
        long pieces = Math.max(2L * sessions, Math.max(2, (rows + pieceRows - 1) / pieceRows));
        pieces = (pieces + sessions - 1) / sessions * sessions;
        return (int) Math.min(MAX_SLICES, pieces);
    }

    /** One piece of a first scan: a key range cut at its bounds (bucket numbers from {@code offset}), or a slice. */
    private record Piece(KeyRange range, List<List<String>> bounds, int offset, String expectedSlice,
            String actualSlice) {
    }

    /**
     * Runs the pieces on each side's own threads, as many at once as the side has sessions (all in its one
     * snapshot), and prints a progress line as each piece is in from both sides, in order.
     */
    private SidePair.Both<Map<Integer, Digest>> scanInPieces(List<Piece> pieces, long estimate) {
        Map<Integer, Digest> expected = new LinkedHashMap<>();
        Map<Integer, Digest> actual = new LinkedHashMap<>();
        long start = System.nanoTime();
        long doneExpected = 0;
        long doneActual = 0;
        List<CompletableFuture<Map<Integer, Digest>>> onExpected = new ArrayList<>();
        List<CompletableFuture<Map<Integer, Digest>>> onActual = new ArrayList<>();
        for (Piece piece : pieces) {
            onExpected.add(sides.expected().submit(() -> pieceDigests(sides.expected(), piece, piece.expectedSlice())));
            onActual.add(sides.actual().submit(() -> pieceDigests(sides.actual(), piece, piece.actualSlice())));
        }
        try {
            for (int i = 0; i < pieces.size(); i++) {
                // each side's slices cut its own heap, so rows are counted per side, never per slice
                doneExpected += add(expected, SidePair.join(onExpected.get(i)));
                doneActual += add(actual, SidePair.join(onActual.get(i)));
                long done = Math.max(doneExpected, doneActual);
                double seconds = (System.nanoTime() - start) / 1e9;
                double rate = done / Math.max(seconds, 1e-3);
                log.info(String.format(java.util.Locale.ROOT, "%s: %,d of ~%,d rows hashed per side (%,.0f rows/s, ETA %.0f s)",
                        table, done, Math.max(estimate, done), rate, Math.max(0, estimate - done) / Math.max(rate, 1)));
            }
        } finally {
            // after a failure, the pieces not started yet are not run
            onExpected.forEach(f -> f.cancel(false));
            onActual.forEach(f -> f.cancel(false));
        }
        return new SidePair.Both<>(expected, actual);
    }

    private Map<Integer, Digest> pieceDigests(DataSide side, Piece piece, String slice) {
        String condition = slice == null ? filter : filter == null ? slice : "(" + filter + ") AND " + slice;
        return shifted(digests(side, piece.range(), piece.bounds(), condition), piece.offset());
    }

    private static Map<Integer, Digest> shifted(Map<Integer, Digest> digests, int offset) {
        if (offset == 0) {
            return digests;
        }
        Map<Integer, Digest> moved = new LinkedHashMap<>();
        digests.forEach((bucket, digest) -> moved.put(bucket + offset, digest));
        return moved;
    }

    /** Adds a slice's digests to the running totals; returns the slice's rows. */
    private static long add(Map<Integer, Digest> totals, Map<Integer, Digest> slice) {
        long rows = 0;
        for (Map.Entry<Integer, Digest> bucket : slice.entrySet()) {
            rows += bucket.getValue().rows();
            totals.merge(bucket.getKey(), bucket.getValue(), (a, b) -> new Digest(a.rows() + b.rows(),
                    new BigInteger(a.sum()).add(new BigInteger(b.sum())).toString()));
        }
        return rows;
    }

    private void split(KeyRange range, long rows, DataSide bigger, int depth, RowDiff found) {
        int pieces = RangeSplitter.pieces(rows);
        List<List<String>> bounds;
        List<ColumnShape> key = expectedShape.keyColumns();
        if (key.size() == 1 && key.get(0).kind() == ValueKind.INTEGER && range.low() != null && range.high() != null) {
            bounds = RangeSplitter.integerBounds(new BigInteger(range.low().get(0)), new BigInteger(range.high().get(0)),
                    pieces);
        } else {
            bounds = sampledBounds(bigger, range, rows, pieces);
        }
        if (bounds.isEmpty()) {
            leaf(range, found);
        } else {
            level(range, bounds, depth, false, found);
        }
    }

    private List<List<String>> sampledBounds(DataSide side, KeyRange range, long rows, int pieces) {
        double probability = RangeSplitter.sampleProbability(rows, pieces);
        List<List<String>> keys = new ArrayList<>();
        int width = expectedShape.key().size();
        side.stream(dialect.sampleKeys(shapeOf(side), filter, range, probability, rows),
                "sampling the keys of " + table, table, row -> keys.add(List.of(java.util.Arrays.copyOf(row, width))));
        return RangeSplitter.boundsFromSample(keys, pieces);
    }

    private Map<Integer, Digest> digests(DataSide side, KeyRange range, List<List<String>> bounds, String condition) {
        Map<Integer, Digest> digests = new LinkedHashMap<>();
        side.small(dialect.digests(shapeOf(side), condition, range, bounds), "hashing the rows of " + table, table,
                row -> digests.put(Integer.parseInt(row[0]), new Digest(Long.parseLong(row[1]), row[2])));
        return digests;
    }

    /** Compares a small range row by row. */
    private void leaf(KeyRange range, RowDiff found) {
        int width = expectedShape.key().size();
        SidePair.Both<Map<List<String>, String>> hashes = sides.both(side -> {
            Map<List<String>, String> rows = new LinkedHashMap<>();
            side.stream(dialect.rowHashes(shapeOf(side), filter, range), "reading row hashes of " + table, table,
                    row -> rows.put(List.of(java.util.Arrays.copyOf(row, width)), row[width]));
            return rows;
        });
        found.compare(hashes.expected(), hashes.actual());
    }

    /** A table without a key: one digest of the whole table, and the multiset of row hashes when it differs. */
    private String compareWithoutKey() {
        SidePair.Both<Map<Integer, Digest>> digests = sides.both(side -> digests(side, KeyRange.ALL, List.of(), filter));
        Digest expected = digests.expected().getOrDefault(0, Digest.EMPTY);
        Digest actual = digests.actual().getOrDefault(0, Digest.EMPTY);
        rowsExpected = expected.rows();
        rowsActual = actual.rows();
        String note = "no primary or non-null unique key: compared by row count and whole-table checksum";
        if (expected.equals(actual)) {
            return note;
        }
        if (Math.max(rowsExpected, rowsActual) > RowDiff.MAX_KEYLESS_ROWS) {
            diff.countOnly(rowsExpected, rowsActual);
            return note + "; too large to count the differing rows exactly, counts are the difference of row counts";
        }
        SidePair.Both<Map<String, Long>> groups = sides.both(side -> {
            Map<String, Long> counts = new java.util.HashMap<>();
            side.stream(dialect.hashGroups(shapeOf(side), filter), "hashing the rows of " + table, table,
                    row -> counts.put(row[0], Long.parseLong(row[1])));
            return counts;
        });
        diff.compareMultisets(groups.expected(), groups.actual());
        return note + "; rows are told apart by their hashes only";
    }

    /** The listed rows, with the names of the changed columns (and their values when asked for). */
    private List<RowChange> namedRows() {
        List<List<String>> changedKeys = diff.listedChangedKeys();
        Map<List<String>, RowChange> named = new LinkedHashMap<>();
        for (int from = 0; from < changedKeys.size(); from += KEYS_PER_FETCH) {
            List<List<String>> batch = changedKeys.subList(from, Math.min(changedKeys.size(), from + KEYS_PER_FETCH));
            SidePair.Both<Map<List<String>, String[]>> values = sides.both(side -> columnValues(side, batch));
            for (List<String> key : batch) {
                named.put(key, changedRow(key, values.expected().get(key), values.actual().get(key)));
            }
        }
        List<RowChange> rows = new ArrayList<>();
        for (RowDiff.Listed listed : diff.listed()) {
            rows.add(listed.kind() == ChangeKind.CHANGED && named.containsKey(listed.key()) ? named.get(listed.key())
                    : new RowChange(listed.kind(), keyMap(listed.key()), List.of(), List.of()));
        }
        return rows;
    }

    private Map<List<String>, String[]> columnValues(DataSide side, List<List<String>> keys) {
        int width = expectedShape.key().size();
        Map<List<String>, String[]> values = new LinkedHashMap<>();
        side.stream(dialect.columnValues(shapeOf(side), keys, config.showValues()), "reading the changed rows of "
                + table, table, row -> values.put(List.of(java.util.Arrays.copyOf(row, width)),
                java.util.Arrays.copyOfRange(row, width, row.length)));
        return values;
    }

    private RowChange changedRow(List<String> key, String[] expected, String[] actual) {
        List<String> columns = new ArrayList<>();
        List<RowChange.ValuePair> values = new ArrayList<>();
        List<ColumnShape> compared = expectedShape.columns();
        for (int i = 0; expected != null && actual != null && i < compared.size(); i++) {
            if (!java.util.Objects.equals(expected[i], actual[i])) {
                columns.add(compared.get(i).name());
                if (config.showValues()) {
                    values.add(new RowChange.ValuePair(compared.get(i).name(), expected[i], actual[i]));
                }
            }
        }
        return new RowChange(ChangeKind.CHANGED, keyMap(key), columns, values);
    }

    private Map<String, Object> keyMap(List<String> key) {
        Map<String, Object> map = new LinkedHashMap<>();
        List<ColumnShape> columns = expectedShape.keyColumns();
        for (int i = 0; i < columns.size(); i++) {
            ColumnShape column = columns.get(i);
            boolean numeric = column.kind() == ValueKind.INTEGER || column.kind() == ValueKind.DECIMAL;
            map.put(column.name(), numeric ? new java.math.BigDecimal(key.get(i))
                    : dialect.displayKey(column, key.get(i)));
        }
        return map;
    }
}
