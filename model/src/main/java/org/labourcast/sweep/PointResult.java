package org.labourcast.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.labourcast.Csv;
import org.labourcast.targets.AttainmentStatus;

/**
 * What one point of a sweep gave: the summary statistics of the indicators the sweep keeps, and the attainment of
 * every plan target over the point's runs. Stored as a checkpoint file ({@link #toText}) the moment the point is
 * done; the sweep's tables are built from these files only, so a sweep resumed or run in shards gives the same bytes
 * as one run straight through. Immutable.
 *
 * @param point   the point's index
 * @param runs    Monte Carlo runs (1 for the deterministic projection)
 * @param cells   summary statistics, in the order the engine gives them (indicator, year, stat)
 * @param targets every plan target, in the scenario's order
 */
public record PointResult(int point, int runs, List<Cell> cells, List<TargetOutcome> targets) {
    private static final String MAGIC = "labourcast sweep point";
    private static final String VERSION = "1";

    public PointResult {
        cells = List.copyOf(cells);
        targets = List.copyOf(targets);
    }

    /** One statistic of one indicator in one year over the point's runs, in the indicator's unit. */
    public record Cell(String indicator, int year, String stat, double value) {
        public Cell {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(stat, "stat");
        }
    }

    /**
     * A plan target at this point.
     *
     * @param runsMet       runs meeting it
     * @param median        median projected value (indicator's unit; summed over the plan period for cumulative)
     * @param firstYearMet  median first year met, empty when most runs never meet it
     */
    public record TargetOutcome(String indicator, int year, String operator, double target, String kind, int runsMet,
                                double median, OptionalInt firstYearMet) {
        /** Share of the point's runs meeting the target. */
        public double probability(int runs) {
            return (double) runsMet / runs;
        }

        public String status(int runs) {
            return AttainmentStatus.of(probability(runs)).label();
        }
    }

    /** The value of a cell, if the point has it. */
    public OptionalDouble value(String indicator, int year, String stat) {
        for (Cell c : cells) {
            if (c.year() == year && c.indicator().equals(indicator) && c.stat().equals(stat)) {
                return OptionalDouble.of(c.value());
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * The checkpoint text: a header naming the sweep's fingerprint and the point, then one line per cell and target,
     * then {@code end,<lines>}. Numbers are written by {@link Double#toString}, which reads back to the same double.
     */
    public String toText(String fingerprint) {
        StringBuilder sb = new StringBuilder();
        sb.append(Csv.row(MAGIC, VERSION));
        sb.append(Csv.row("fingerprint", fingerprint));
        sb.append(Csv.row("point", point));
        sb.append(Csv.row("runs", runs));
        for (Cell c : cells) {
            sb.append(Csv.row("cell", c.indicator(), c.year(), c.stat(), Double.toString(c.value())));
        }
        for (TargetOutcome t : targets) {
            sb.append(Csv.row("target", t.indicator(), t.year(), t.operator(), Double.toString(t.target()), t.kind(),
                    t.runsMet(), Double.toString(t.median()),
                    t.firstYearMet().isPresent() ? Integer.toString(t.firstYearMet().getAsInt()) : ""));
        }
        sb.append(Csv.row("end", 4 + cells.size() + targets.size()));
        return sb.toString();
    }

    /**
     * Reads a checkpoint written by {@link #toText}.
     *
     * @throws IllegalArgumentException naming the problem: not a checkpoint, incomplete, or another sweep's
     */
    public static PointResult parse(String text, String fingerprint) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 6 || !lines[lines.length - 1].isEmpty()) {
            throw new IllegalArgumentException("not a complete point checkpoint");
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < lines.length - 1; i++) {
            rows.add(CsvLine.split(lines[i]));
        }
        try {
            if (!rows.get(0).equals(List.of(MAGIC, VERSION))) {
                throw new IllegalArgumentException("not a point checkpoint of format " + VERSION);
            }
            List<String> last = rows.get(rows.size() - 1);
            if (!last.get(0).equals("end") || Integer.parseInt(last.get(1)) != rows.size() - 1) {
                throw new IllegalArgumentException("the checkpoint is incomplete");
            }
            String found = field(rows.get(1), "fingerprint");
            if (!found.equals(fingerprint)) {
                throw new IllegalArgumentException("the checkpoint belongs to another sweep (fingerprint " + found + ")");
            }
            int point = Integer.parseInt(field(rows.get(2), "point"));
            int runs = Integer.parseInt(field(rows.get(3), "runs"));
            List<Cell> cells = new ArrayList<>();
            List<TargetOutcome> targets = new ArrayList<>();
            for (List<String> r : rows.subList(4, rows.size() - 1)) {
                if (r.get(0).equals("cell") && r.size() == 5) {
                    cells.add(new Cell(r.get(1), Integer.parseInt(r.get(2)), r.get(3), Double.parseDouble(r.get(4))));
                } else if (r.get(0).equals("target") && r.size() == 9) {
                    targets.add(new TargetOutcome(r.get(1), Integer.parseInt(r.get(2)), r.get(3),
                            Double.parseDouble(r.get(4)), r.get(5), Integer.parseInt(r.get(6)),
                            Double.parseDouble(r.get(7)),
                            r.get(8).isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(r.get(8)))));
                } else {
                    throw new IllegalArgumentException("unexpected line '" + String.join(",", r) + "'");
                }
            }
            return new PointResult(point, runs, cells, targets);
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("a line of the checkpoint is malformed");
        }
    }

    private static String field(List<String> row, String name) {
        if (row.size() != 2 || !row.get(0).equals(name)) {
            throw new IllegalArgumentException("expected the line " + name + ",…");
        }
        return row.get(1);
    }
}
