package org.zhiben.training;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.zhiben.enterprises.RowError;
import org.zhiben.shared.DomainException;
import org.zhiben.shared.InvalidValueException;

/**
 * What the training and certificate imports share: they run batch by batch over a file read as a stream, count what
 * they did, collect the refused cells by line (at most {@link #MAX_LISTED_ERRORS}) and remember the natural key of
 * every row they have accepted, so that a key found twice in one file is refused on its second line.
 *
 * @param <K> the natural key of a row
 */
public abstract class SheetImport<K> {

    /** How many refused cells a report lists; the rest are counted. */
    public static final int MAX_LISTED_ERRORS = 1000;

    private final List<RowError> errors = new ArrayList<>();
    private final Map<K, Integer> firstLines = new HashMap<>();
    private int omitted;
    private int rows;
    private int created;
    private int unchanged;
    private int rejected;

    /** The report of everything run so far, the refused cells in file order. */
    public TrainingImportReport report() {
        List<RowError> inFileOrder = new ArrayList<>(errors);
        inFileOrder.sort(Comparator.comparingInt(RowError::lineNumber));
        return new TrainingImportReport(rows, created, unchanged, rejected, inFileOrder, omitted);
    }

    protected final void counted(int rowCount) {
        rows += rowCount;
    }

    protected final void createdOne() {
        created++;
    }

    protected final void unchangedOne() {
        unchanged++;
    }

    /** The line the key was first accepted on, if it was; else remembers it on this line. */
    protected final Integer firstLineOf(K key, int line) {
        return firstLines.putIfAbsent(key, line);
    }

    /** Refuses a row: one cell with its message; the row counts once however many cells it has refused. */
    protected final void refuse(Cells row, String column, String code, String message, List<Object> arguments) {
        if (errors.size() < MAX_LISTED_ERRORS) {
            errors.add(new RowError(row.line, column, code, message, arguments));
        } else {
            omitted++;
        }
        if (!row.refused) {
            row.refused = true;
            rejected++;
        }
    }

    /** Refuses a row with the message of a domain refusal, on the column it names (or {@code column}). */
    protected final void refuse(Cells row, String column, DomainException refusal) {
        String field = refusal instanceof InvalidValueException invalid && invalid.field() != null
                ? columnOf(invalid.field()) : column;
        refuse(row, field, refusal.code(), refusal.getMessage(), refusal.arguments());
    }

    /** The column of a field a domain refusal names. */
    protected String columnOf(String field) {
        return field;
    }

    /** Reads the cells of one row, refusing a cell whose text does not parse. */
    protected static final class Cells {

        private final SheetImport<?> owner;
        private final TrainingImportRow row;
        private final int line;
        private boolean refused;

        public Cells(SheetImport<?> owner, TrainingImportRow row) {
            this.owner = owner;
            this.row = row;
            this.line = row.lineNumber();
        }

        public int line() {
            return line;
        }

        public boolean refused() {
            return refused;
        }

        public String text(String column) {
            return row.cell(column);
        }

        /** The cell parsed; null (and the row refused) when the parser refuses it. */
        public <T> T read(String column, Function<String, T> parser) {
            try {
                return parser.apply(row.cell(column));
            } catch (DomainException e) {
                owner.refuse(this, column, e);
                return null;
            }
        }

        public String required(String column) {
            return read(column, value -> {
                if (value == null) {
                    throw new InvalidValueException(column, "validation.required", column + " is required", column);
                }
                return value;
            });
        }

        /** A required day: {@code 2026-12-02}, {@code 2026/12/2}, {@code 2026.12.2} or {@code 2026年12月2日}. */
        public LocalDate day(String column) {
            return read(column, value -> {
                if (value == null) {
                    throw new InvalidValueException(column, "validation.required", column + " is required", column);
                }
                return parseDay(value, column);
            });
        }

        /** A day that may be left empty. */
        public LocalDate optionalDay(String column) {
            return read(column, value -> value == null ? null : parseDay(value, column));
        }
    }

    static LocalDate parseDay(String text, String column) {
        String normalised = text.strip().replace('/', '-').replace('.', '-').replace("年", "-").replace("月", "-")
                .replace("日", "");
        String[] parts = normalised.split("-");
        try {
            if (parts.length == 3) {
                return LocalDate.of(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()),
                        Integer.parseInt(parts[2].strip()));
            }
        } catch (NumberFormatException | DateTimeException notADay) {
            // refused below
        }
        throw new InvalidValueException(column, "training.import.day-invalid",
                "not a day (2026-12-02 or 2026年12月2日): " + text, text);
    }

    /** The constant of an enum a cell names by its Chinese or English label or by its constant's name. */
    static <E extends Enum<E>> E labelled(String text, String column, E[] values, Function<E, String> label,
            Function<E, String> labelEn) {
        if (text == null) {
            throw new InvalidValueException(column, "validation.required", column + " is required", column);
        }
        String wanted = text.strip();
        for (E value : values) {
            if (label.apply(value).equals(wanted) || labelEn.apply(value).equalsIgnoreCase(wanted)
                    || value.name().equalsIgnoreCase(wanted)) {
                return value;
            }
        }
        throw new InvalidValueException(column, "training.import.value-unknown", "unknown value " + wanted, wanted);
    }
}
