package org.labourcast.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.labourcast.InputException;
import org.labourcast.Location;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Loads a hand-written scenario file into a tree of {@link YamlNode}s, strictly and safely.
 *
 * <ul>
 *   <li>SnakeYAML is used only as an event parser: no object is ever constructed, and any tag
 *       ({@code !!java.io.File}, {@code !!str}, {@code !foo}) is refused.</li>
 *   <li>Anchors, aliases, merge keys ({@code <<}), duplicate keys, non-scalar or null keys and multiple
 *       documents are refused.</li>
 *   <li>Size is checked before parsing; nesting is checked while parsing, and the tree is built with an
 *       explicit stack, so deep input cannot overflow the Java stack.</li>
 *   <li>Scalars keep the text as written; {@link Fields} decides types.</li>
 *   <li>Every problem is an {@link InputException} with a 1-based location (except a missing or unreadable
 *       file, which has none).</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SafeYamlLoader {
    public static final int DEFAULT_MAX_BYTES = 4 * 1024 * 1024;
    public static final int DEFAULT_MAX_DEPTH = 64;

    private final int maxBytes;
    private final int maxDepth;

    public SafeYamlLoader() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH);
    }

    /**
     * @param maxBytes largest accepted file, in bytes of UTF-8 (at least 1)
     * @param maxDepth deepest accepted nesting of mappings and sequences; the root mapping is depth 1 (at least 1)
     */
    public SafeYamlLoader(int maxBytes, int maxDepth) {
        if (maxBytes < 1 || maxDepth < 1) {
            throw new IllegalArgumentException("maxBytes and maxDepth must be at least 1");
        }
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
    }

    /**
     * A scenario file's tree and the SHA-256 (lowercase hex) of exactly the bytes it was parsed from.
     *
     * @param file   the file as given
     * @param root   its top-level mapping
     * @param sha256 SHA-256 of the file's bytes, lowercase hex
     */
    public record LoadedFile(Path file, YamlMapping root, String sha256) {
    }

    /**
     * Loads a scenario file; locations carry {@code file.toString()} as the file name.
     *
     * @throws InputException for a missing, unreadable, oversized or invalid file
     */
    public YamlMapping load(Path file) {
        return loadFile(file).root();
    }

    /**
     * As {@link #load(Path)}, and also hashes the bytes that were parsed (so the hash cannot describe another
     * version of the file than the one read).
     *
     * @throws InputException for a missing, unreadable, oversized or invalid file
     */
    public LoadedFile loadFile(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new InputException(null, "", "cannot read scenario file " + name + ": it is a directory");
            }
            // Read at most maxBytes + 1, whatever the file system says the size is (e.g. /dev/zero says 0).
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(maxBytes + 1);
            }
        } catch (NoSuchFileException e) {
            throw new InputException(null, "", "scenario file not found: " + name, "check the path");
        } catch (AccessDeniedException e) {
            throw new InputException(null, "", "cannot read scenario file " + name + ": permission denied");
        } catch (IOException | SecurityException e) {
            throw new InputException(null, "", "cannot read scenario file " + name + ": " + e.getMessage());
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(name);
        }
        return new LoadedFile(file, parse(name, decode(name, bytes)), sha256(bytes));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM must provide SHA-256", e);
        }
    }

    /**
     * Loads scenario text.
     *
     * @param fileName the name to show in locations, e.g. "&lt;string&gt;" or "--set override"
     * @throws InputException for oversized or invalid text, or a root that is not a mapping
     */
    public YamlMapping load(String fileName, String text) {
        String name = fileName == null ? "<string>" : fileName;
        if (text == null) {
            throw new InputException(new Location(name, 1, 1), "", "no scenario text given");
        }
        if (utf8LengthExceeds(text, maxBytes)) {
            throw tooLarge(name);
        }
        return parse(name, text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /**
     * Parses one YAML value of any kind, as given on the command line: a scalar ({@code 0.07}, {@code "NO"}),
     * or a flow list or mapping ({@code [0.8, 0.7]}, {@code {value: 0.05}}). The same rules as for files apply
     * (no tags, anchors or aliases; the size and depth limits). Nodes are located in {@code name}, line 1 and the
     * column within {@code text}; their paths are relative to the value ({@code ""} for the value itself).
     *
     * @param name the name to show in locations, e.g. {@code --set simulation.runs}
     * @throws InputException for blank or invalid text
     */
    public YamlNode loadValue(String name, String text) {
        String shown = name == null ? "<value>" : name;
        if (text == null || text.isBlank()) {
            throw new InputException(new Location(shown, 1, 1), "", "no value given");
        }
        if (utf8LengthExceeds(text, maxBytes)) {
            throw tooLarge(shown);
        }
        checkCharacters(shown, text);
        return new Builder(shown, text, false).build();
    }

    private InputException tooLarge(String name) {
        return new InputException(new Location(name, 1, 1), "",
                "file is larger than the " + describeLimit(maxBytes) + " limit",
                "scenario files are small hand-written YAML; check that this is the right file");
    }

    private static String describeLimit(int bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " byte";
    }

    private static boolean utf8LengthExceeds(String text, long limit) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
            if (bytes > limit) {
                return true;
            }
        }
        return false;
    }

    /** Strict UTF-8 decoding; a leading byte-order mark is dropped; anything else invalid is located. */
    private static String decode(String name, byte[] bytes) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw new InputException(new Location(name, 1, 1), "", "file is UTF-16 encoded", "save it as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            int bad = in.position();
            String problem = bad < bytes.length
                    ? String.format(Locale.ROOT, "file is not valid UTF-8 (byte 0x%02X)", bytes[bad] & 0xFF)
                    : "file is not valid UTF-8 (it ends inside a character)";
            throw new InputException(endOf(name, out), "", problem, "save the file as UTF-8");
        }
        return out.toString();
    }

    /** The 1-based location just after {@code text}, counting lines and code points as SnakeYAML does. */
    private static Location endOf(String name, CharSequence text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c) || i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))) {
                column++;
            }
        }
        return new Location(name, line, column);
    }

    /** Refuses characters YAML does not allow (control characters, lone surrogates) before SnakeYAML sees them. */
    private static void checkCharacters(String name, String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean printable = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0x7E || cp == 0x85
                    || cp >= 0xA0 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
            if (!printable) {
                throw new InputException(endOf(name, text.subSequence(0, i)), "",
                        String.format(Locale.ROOT, "character U+%04X is not allowed in a YAML file", cp),
                        "remove it; control characters are invisible in most editors");
            }
            i += Character.charCount(cp);
        }
    }

    private YamlMapping parse(String name, String text) {
        checkCharacters(name, text);
        return (YamlMapping) new Builder(name, text, true).build();
    }

    private LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(maxBytes);
        options.setMaxAliasesForCollections(1);
        options.setNestingDepthLimit(maxDepth);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        return options;
    }

    /** One open mapping or sequence while building. */
    private static final class Frame {
        final YamlMapping mapping;
        final YamlSequence sequence;
        String pendingKey;
        Location pendingKeyLocation;

        Frame(YamlMapping mapping, YamlSequence sequence) {
            this.mapping = mapping;
            this.sequence = sequence;
        }

        String path() {
            return mapping != null ? mapping.path() : sequence.path();
        }
    }

    /** Builds the tree from parser events with an explicit stack (no recursion). */
    private final class Builder {
        private final String name;
        private final Parser parser;
        /** True for a scenario file (the root must be a mapping); false for a single value of any kind. */
        private final boolean document;
        private Mark lastMark;

        Builder(String name, String text, boolean document) {
            this.name = name;
            this.document = document;
            this.parser = new ParserImpl(new StreamReader(new StringReader(text)), options());
        }

        YamlNode build() {
            next(); // StreamStart
            Event event = next();
            if (event.is(Event.ID.StreamEnd)) {
                if (!document) {
                    throw new InputException(new Location(name, 1, 1), "", "no value given");
                }
                throw new InputException(new Location(name, 1, 1), "", "the scenario file is empty",
                        "a scenario is a mapping of fields, e.g. 'base_year: 2020'");
            }
            // event is DocumentStart
            YamlNode root = null;
            Deque<Frame> stack = new ArrayDeque<>();
            while (true) {
                event = next();
                Event.ID id = event.getEventId();
                if (id == Event.ID.DocumentEnd) {
                    break;
                }
                if (id == Event.ID.MappingEnd || id == Event.ID.SequenceEnd) {
                    stack.pop();
                    continue;
                }
                if (id == Event.ID.Alias) {
                    throw anchorError(event);
                }
                if (!(event instanceof NodeEvent)) {
                    throw new InputException(at(event.getStartMark()), "", "unexpected YAML content");
                }
                NodeEvent nodeEvent = (NodeEvent) event;
                if (nodeEvent.getAnchor() != null) {
                    throw anchorError(event);
                }
                String tag = event instanceof ScalarEvent ? ((ScalarEvent) event).getTag()
                        : ((CollectionStartEvent) event).getTag();
                if (tag != null) {
                    throw new InputException(at(event.getStartMark()), "", "YAML tags are not allowed (found '"
                            + Texts.shown(tag) + "')", "remove the tag; write the value as plain text");
                }
                Location location = at(event.getStartMark());
                Frame top = stack.peek();
                if (top == null) {
                    if (root != null) {
                        throw new InputException(location, "", "unexpected YAML content after the top-level mapping");
                    }
                    if (id == Event.ID.MappingStart) {
                        YamlMapping mapping = new YamlMapping(location, "");
                        root = mapping;
                        push(stack, new Frame(mapping, null), location, "");
                    } else if (document) {
                        throw rootNotMapping(event, location);
                    } else if (id == Event.ID.Scalar) {
                        ScalarEvent scalar = (ScalarEvent) event;
                        root = new YamlScalar(location, "", scalar.getValue(),
                                scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN);
                    } else {
                        YamlSequence sequence = new YamlSequence(location, "");
                        root = sequence;
                        push(stack, new Frame(null, sequence), location, "");
                    }
                    continue;
                }
                if (top.mapping != null && top.pendingKey == null) {
                    acceptKey(top, event, location);
                    continue;
                }
                String path;
                if (top.mapping != null) {
                    path = Texts.childPath(top.mapping.path(), top.pendingKey);
                } else {
                    path = Texts.itemPath(top.sequence.path(), top.sequence.size());
                }
                YamlNode node;
                Frame opened = null;
                if (id == Event.ID.Scalar) {
                    ScalarEvent scalar = (ScalarEvent) event;
                    node = new YamlScalar(location, path, scalar.getValue(),
                            scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN);
                } else if (id == Event.ID.MappingStart) {
                    YamlMapping mapping = new YamlMapping(location, path);
                    node = mapping;
                    opened = new Frame(mapping, null);
                } else {
                    YamlSequence sequence = new YamlSequence(location, path);
                    node = sequence;
                    opened = new Frame(null, sequence);
                }
                if (top.mapping != null) {
                    top.mapping.put(top.pendingKey, top.pendingKeyLocation, node);
                    top.pendingKey = null;
                    top.pendingKeyLocation = null;
                } else {
                    top.sequence.add(node);
                }
                if (opened != null) {
                    push(stack, opened, location, path);
                }
            }
            Event after = next();
            if (!after.is(Event.ID.StreamEnd)) {
                if (!document) {
                    throw new InputException(at(after.getStartMark()), "", "only one value is allowed");
                }
                throw new InputException(at(after.getStartMark()), "",
                        "only one YAML document is allowed in a scenario file", "remove the second '---' and what follows");
            }
            return root;
        }

        private void push(Deque<Frame> stack, Frame frame, Location location, String path) {
            if (stack.size() + 1 > maxDepth) {
                throw new InputException(location, path,
                        "nesting is deeper than the limit of " + maxDepth + " levels");
            }
            stack.push(frame);
        }

        private void acceptKey(Frame top, Event event, Location location) {
            String parentPath = top.mapping.path();
            if (!(event instanceof ScalarEvent)) {
                throw new InputException(location, parentPath,
                        "field names must be plain text, not a " + (event.is(Event.ID.MappingStart) ? "mapping" : "list"));
            }
            ScalarEvent scalar = (ScalarEvent) event;
            String key = scalar.getValue();
            boolean plain = scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
            if (plain && ("~".equals(key) || "null".equals(key) || "Null".equals(key) || "NULL".equals(key))
                    || key.isBlank()) {
                throw new InputException(location, parentPath, "a field name is missing or empty");
            }
            if (plain && "<<".equals(key)) {
                throw new InputException(location, parentPath, "merge keys (<<) are not allowed in scenario files",
                        "write the fields out in full");
            }
            Location first = top.mapping.keyLocation(key);
            if (first != null) {
                throw new InputException(location, Texts.childPath(parentPath, key),
                        "duplicate field '" + Texts.shown(key) + "' (first at line " + first.line() + ")");
            }
            top.pendingKey = key;
            top.pendingKeyLocation = location;
        }

        private InputException rootNotMapping(Event event, Location location) {
            if (event instanceof ScalarEvent && ((ScalarEvent) event).getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
                    && ((ScalarEvent) event).getValue().isEmpty()) {
                return new InputException(location, "", "the scenario file is empty",
                        "a scenario is a mapping of fields, e.g. 'base_year: 2020'");
            }
            String got = event.is(Event.ID.SequenceStart) ? "a list" : "a single value";
            return new InputException(location, "", "the top level must be a mapping of fields (key: value), got " + got);
        }

        private InputException anchorError(Event event) {
            return new InputException(at(event.getStartMark()), "",
                    "YAML anchors and aliases are not allowed in scenario files", "write the values out in full");
        }

        private Event next() {
            try {
                Event event = parser.getEvent();
                if (event == null) {
                    throw new InputException(at(lastMark), "", "unexpected end of YAML");
                }
                lastMark = event.getStartMark();
                return event;
            } catch (MarkedYAMLException e) {
                throw syntaxError(e);
            } catch (ReaderException e) {
                throw new InputException(at(lastMark), "", "unreadable character: " + oneLine(e.getMessage()));
            } catch (InputException e) {
                throw e;
            } catch (RuntimeException e) {
                // Any other SnakeYAML failure: report it as the user's YAML problem, never as a crash.
                String message = e.getMessage() == null ? "" : ": " + oneLine(e.getMessage());
                throw new InputException(at(lastMark), "", "invalid YAML" + message);
            }
        }

        private InputException syntaxError(MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            String hint = null;
            if (e.getContext() != null && e.getProblem() != null) {
                hint = oneLine(e.getContext());
                Mark context = e.getContextMark();
                if (context != null) {
                    hint += " that started at line " + (context.getLine() + 1) + ", column " + (context.getColumn() + 1);
                }
            }
            return new InputException(at(mark != null ? mark : lastMark), "",
                    "invalid YAML: " + (problem == null ? "syntax error" : oneLine(problem)), hint);
        }

        /** SnakeYAML marks are 0-based; users and editors count from 1. */
        private Location at(Mark mark) {
            if (mark == null) {
                return new Location(name, 1, 1);
            }
            return new Location(name, Math.max(0, mark.getLine()) + 1, Math.max(0, mark.getColumn()) + 1);
        }
    }

    /** SnakeYAML writes a found character as {@code b(98)}; users read {@code 'b'} (or U+0020 for invisible ones). */
    private static final Pattern FOUND_CHARACTER = Pattern.compile("found (.?)\\((\\d{1,7})\\)", Pattern.DOTALL);

    private static String oneLine(String text) {
        Matcher m = FOUND_CHARACTER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int cp = Integer.parseInt(m.group(2));
            boolean visible = cp > 0x20 && cp < 0x7F || cp >= 0xA0 && cp <= 0x10FFFF && !Character.isWhitespace(cp)
                    && Character.isDefined(cp) && !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT
                    && Character.getType(cp) != Character.SURROGATE;
            String shown = visible ? "'" + new String(Character.toChars(cp)) + "'"
                    : String.format(Locale.ROOT, "U+%04X", cp);
            m.appendReplacement(out, Matcher.quoteReplacement("found " + shown));
        }
        m.appendTail(out);
        String s = out.toString().replaceAll("\\s+", " ").trim();
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
