package fr.parcours.stats.disclosure;

/**
 * A table of counts with its margins and the status of every cell. The extended table has
 * {@code rows + 1} lines and {@code columns + 1} columns: the last column holds the row totals, the
 * last line the column totals, the last cell the grand total.
 */
public final class ProtectedTable {
  private final long[][] values;
  private final CellStatus[][] status;

  ProtectedTable(long[][] values, CellStatus[][] status) {
    this.values = values;
    this.status = status;
  }

  /** Lines of the extended table (rows + 1). */
  public int lines() {
    return values.length;
  }

  /** Columns of the extended table (columns + 1). */
  public int columns() {
    return values[0].length;
  }

  /** Value of a cell of the extended table (margins included), suppressed or not. */
  public long value(int i, int j) {
    return values[i][j];
  }

  public CellStatus status(int i, int j) {
    return status[i][j];
  }

  /** Number of suppressed cells, margins included. */
  public int suppressedCount() {
    int n = 0;
    for (CellStatus[] line : status) for (CellStatus s : line) if (s.suppressed()) n++;
    return n;
  }
}
