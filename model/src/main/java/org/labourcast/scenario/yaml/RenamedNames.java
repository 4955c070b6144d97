package org.labourcast.scenario.yaml;

import java.util.List;
import org.labourcast.InputException;
import org.labourcast.Location;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.yaml.FieldOverride;
import org.labourcast.yaml.YamlMapping;
import org.labourcast.yaml.YamlNode;
import org.labourcast.yaml.YamlRename;
import org.labourcast.yaml.YamlScalar;
import org.labourcast.yaml.YamlSequence;

/**
 * Old names a scenario may still use (docs/scenario-format.md, "Migration of renamed fields"): each is read as its new
 * name with a located, bilingual deprecation warning; a file giving a field under both names is an error. Applied to
 * each file's own tree before {@code extends} merges it, so an old variant of a renamed baseline still reads.
 */
final class RenamedNames {
    /** The rural-to-urban residence move: {@code urban_transfer:} until issue 18 named it apart from labour transfer. */
    static final String OLD_MOVE = "urban_transfer";
    static final String MOVE = "rural_urban_move";

    /** Sections whose items name an indicator in {@code indicator:}. */
    private static final List<String> INDICATOR_ITEMS = List.of("targets", "actuals", "history");

    private RenamedNames() {
    }

    /** One file's root with old names replaced; a warning per old name is added to {@code warnings}. */
    static YamlMapping apply(YamlMapping root, List<String> warnings) {
        YamlMapping out = root;
        if (out.containsKey(OLD_MOVE)) {
            Location old = out.keyLocation(OLD_MOVE);
            if (out.containsKey(MOVE)) {
                throw new InputException(old, OLD_MOVE, "both '" + OLD_MOVE + "' (the old name) and '" + MOVE
                        + "' (line " + out.keyLocation(MOVE).line() + ") are given; they are the same section",
                        "keep " + MOVE + " only and delete " + OLD_MOVE + " (docs/scenario-format.md, \"Migration of"
                        + " renamed fields\")");
            }
            warnings.add(warning(old, OLD_MOVE, MOVE, "乡城迁移"));
            out = YamlRename.key(out, OLD_MOVE, MOVE);
        }
        for (String section : INDICATOR_ITEMS) {
            if (out.get(section) instanceof YamlSequence seq) {
                out = YamlRename.withValue(out, section, YamlRename.items(seq, item -> indicatorItem(item, warnings)));
            }
        }
        if (out.get("sweep") instanceof YamlMapping sweep) {
            YamlMapping s = sweep;
            for (String part : List.of("outputs", "sensitivity")) {
                if (s.get(part) instanceof YamlMapping m && m.get("indicators") instanceof YamlSequence names) {
                    s = YamlRename.withValue(s, part, YamlRename.withValue(m, "indicators",
                            YamlRename.items(names, n -> indicatorName(n, warnings))));
                }
            }
            out = s == sweep ? out : YamlRename.withValue(out, "sweep", s);
        }
        return out;
    }

    /** A {@code --set} whose path starts with an old section name, with the new one (and a warning). */
    static FieldOverride apply(FieldOverride o, List<String> warnings) {
        String p = o.path();
        if (p.equals(OLD_MOVE) || p.startsWith(OLD_MOVE + ".") || p.startsWith(OLD_MOVE + "[")) {
            warnings.add("--set " + o.argument() + ": warning: '" + OLD_MOVE + "' is now '" + MOVE + "'; read as "
                    + MOVE + p.substring(OLD_MOVE.length()) + " / 警告：'" + OLD_MOVE + "' 已更名为 '" + MOVE
                    + "'（乡城迁移），按新名读取");
            return new FieldOverride(MOVE + p.substring(OLD_MOVE.length()), o.value());
        }
        return o;
    }

    private static YamlNode indicatorItem(YamlNode item, List<String> warnings) {
        if (item instanceof YamlMapping m && m.get("indicator") instanceof YamlScalar s
                && IndicatorCatalog.RENAMED.containsKey(s.text())) {
            return YamlRename.withValue(m, "indicator", indicatorName(s, warnings));
        }
        return item;
    }

    private static YamlNode indicatorName(YamlNode n, List<String> warnings) {
        if (n instanceof YamlScalar s && IndicatorCatalog.RENAMED.containsKey(s.text())) {
            String now = IndicatorCatalog.RENAMED.get(s.text());
            warnings.add(warning(s.location(), s.text(), now, IndicatorCatalog.RENAMED_ZH.get(now)));
            return YamlRename.text(s, now);
        }
        return n;
    }

    private static String warning(Location at, String old, String now, String zh) {
        return at + ": warning: '" + old + "' is an old name, read as '" + now + "' (the rural-urban move, apart from"
                + " rural labour transfer); rename it in the file / 警告：'" + old + "' 是旧名，按 '" + now + "'（" + zh
                + "）读取，请在文件中改名";
    }
}
