package org.labourcast;


/**
 * The one error type for a user's mistake: a scenario file, a command-line override, an output directory.
 * The CLI maps it to exit code 2 and prints {@link #getMessage()} without a stack trace.
 *
 * <p>Message form: {@code file:line:col: field.path: what is wrong (hint)}.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Location location;
    private final String fieldPath;
    private final String problem;
    private final String hint;

    /**
     * @param location  where in the file (may be null when the error is not tied to a place, e.g. a missing file)
     * @param fieldPath dotted path such as {@code population.male[3]} (may be empty for the document root)
     * @param problem   what is wrong and what was expected
     * @param hint      a suggestion, e.g. "did you mean 'urbanization_target'?" (may be null)
     */
    public InputException(Location location, String fieldPath, String problem, String hint) {
        super(format(location, fieldPath, problem, hint));
        this.location = location;
        this.fieldPath = fieldPath == null ? "" : fieldPath;
        this.problem = problem;
        this.hint = hint;
    }

    public InputException(Location location, String fieldPath, String problem) {
        this(location, fieldPath, problem, null);
    }

    private static String format(Location location, String fieldPath, String problem, String hint) {
        StringBuilder sb = new StringBuilder();
        if (location != null) {
            sb.append(location).append(": ");
        }
        if (fieldPath != null && !fieldPath.isEmpty()) {
            sb.append(fieldPath).append(": ");
        }
        sb.append(problem);
        if (hint != null && !hint.isEmpty()) {
            sb.append(" (").append(hint).append(')');
        }
        return sb.toString();
    }

    /** Where in the file, or null. */
    public Location location() {
        return location;
    }

    public String fieldPath() {
        return fieldPath;
    }

    public String problem() {
        return problem;
    }

    /** A suggestion, or null. */
    public String hint() {
        return hint;
    }
}
