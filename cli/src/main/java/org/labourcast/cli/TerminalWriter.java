package org.labourcast.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * The writer every command prints to: what passes through it loses the control characters a scenario string could
 * use to make a terminal show something else than was printed — ANSI escape sequences (CSI such as
 * {@code ESC[2K}, OSC such as a window title, and the short {@code ESC x} forms), the C0 controls but newline and
 * tab (a carriage return would let a string overwrite its own error line), DEL, the C1 controls, the bidirectional
 * overrides that reorder text and the Unicode line and paragraph separators. Error messages quote scenario strings
 * and the run summary prints labels and titles, so the filter sits here, not at each place that prints. The
 * progress displays, whose carriage returns are their own, write through {@link #raw}.
 *
 * <p>Not buffered: each write reaches the wrapped writer at once, so filtered and raw output keep their order.
 * Thread-safe as {@link PrintWriter} is.
 */
final class TerminalWriter extends PrintWriter {
    private final PrintWriter raw;

    TerminalWriter(PrintWriter raw) {
        super(new Filter(raw), true);
        this.raw = raw;
    }

    /** The unfiltered writer behind {@code w} (for trusted control output), or {@code w} itself. */
    static PrintWriter raw(PrintWriter w) {
        if (w instanceof TerminalWriter t) {
            t.flush();
            return t.raw;
        }
        return w;
    }

    /** {@code text} without the characters the filter removes: for tests and for text built outside a writer. */
    static String clean(String text) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (PrintWriter w = new TerminalWriter(new PrintWriter(out))) {
            w.print(text);
        }
        return out.toString();
    }

    /** Drops control characters and escape sequences; a sequence may span writes. */
    private static final class Filter extends Writer {
        private enum State { TEXT, ESCAPE, ESCAPE_INTERMEDIATE, CSI, STRING, STRING_ESCAPE }

        private final Writer out;
        private State state = State.TEXT;

        Filter(Writer out) {
            super(out);
            this.out = out;
        }

        @Override
        public void write(char[] buf, int off, int len) throws java.io.IOException {
            StringBuilder kept = new StringBuilder(len);
            for (int i = off; i < off + len; i++) {
                char c = buf[i];
                if (keep(c)) {
                    kept.append(c);
                }
            }
            if (kept.length() > 0) {
                out.write(kept.toString());
            }
        }

        /** Advances the state machine by one character; whether the character is printed. */
        private boolean keep(char c) {
            switch (state) {
                case ESCAPE -> {
                    state = switch (c) {
                        case '[' -> State.CSI;
                        case ']', 'P', 'X', '^', '_' -> State.STRING; // OSC, DCS, SOS, PM, APC: text until ST
                        default -> c >= 0x20 && c <= 0x2F ? State.ESCAPE_INTERMEDIATE : State.TEXT;
                    };
                    return false;
                }
                case ESCAPE_INTERMEDIATE -> {
                    if (!(c >= 0x20 && c <= 0x2F)) {
                        state = State.TEXT; // the final byte ends the sequence
                    }
                    return false;
                }
                case CSI -> {
                    if (c >= 0x20 && c <= 0x3F) {
                        return false; // parameters and intermediates
                    }
                    state = State.TEXT;
                    if (c >= 0x40 && c <= 0x7E) {
                        return false; // the final byte
                    }
                    return keep(c); // a broken sequence: the character is text again
                }
                case STRING, STRING_ESCAPE -> {
                    if (c == '\n') {
                        state = State.TEXT; // an unterminated string must not swallow the lines after it
                        return true;
                    }
                    if (c == 0x07 || c == 0x9C || state == State.STRING_ESCAPE && c == '\\') {
                        state = State.TEXT;
                    } else {
                        state = c == 0x1B ? State.STRING_ESCAPE : State.STRING;
                    }
                    return false;
                }
                default -> {
                    if (c == 0x1B) {
                        state = State.ESCAPE;
                        return false;
                    }
                    if (c == 0x9B) {
                        state = State.CSI;
                        return false;
                    }
                    if (c == 0x9D || c == 0x90) {
                        state = State.STRING;
                        return false;
                    }
                    return printable(c);
                }
            }
        }

        private static boolean printable(char c) {
            if (c == '\n' || c == '\t') {
                return true;
            }
            if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
                return false; // C0 (CR, BEL, backspace…), DEL, C1
            }
            // Bidirectional embeddings, overrides and isolates reorder what a terminal shows; the line and paragraph
            // separators break a one-line message in some terminals and log readers.
            return !(c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x2028 || c == 0x2029);
        }

        @Override
        public void flush() throws java.io.IOException {
            out.flush();
        }

        @Override
        public void close() throws java.io.IOException {
            out.flush(); // the streams behind belong to the caller
        }
    }
}
