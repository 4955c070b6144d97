package org.labourcast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.labourcast.Csv;
import org.labourcast.InputException;
import org.labourcast.charts.Lang;
import org.labourcast.charts.Messages;
import org.labourcast.indicators.AgeBand;
import org.labourcast.indicators.IndicatorCatalog;
import org.labourcast.indicators.IndicatorInfo;
import org.labourcast.scenario.LoadedScenario;
import org.labourcast.scenario.ScenarioSpec;
import org.labourcast.scenario.yaml.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code labourcast indicators [SCENARIO]}: every indicator with its unit, English and Chinese name and definition,
 * from the model's catalogue ({@link IndicatorCatalog#describe}) and the charts' names ({@link Messages}), as a
 * readable table, CSV or Markdown.
 */
@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = {"List the indicators with unit, name and definition.", "列出指标及其单位、名称与定义。"})
final class IndicatorsCommand implements Callable<Integer> {
    /** The working-age bands every shipped scenario reports (census and plans, NBS year-end, international). */
    static final List<AgeBand> SHIPPED_BANDS = List.of(new AgeBand(15, 59), new AgeBand(16, 59), new AgeBand(15, 64));

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "list what this scenario produces (its working-age bands; labour indicators only with a"
                    + " labour: section); default: every indicator, with the bands 15-59, 16-59 and 15-64")
    Path scenario;

    @Option(names = "--format", paramLabel = "text|csv|md",
            description = "text (a readable table, default), csv (for scripts) or md (a Markdown table)")
    String format = "text";

    @Option(names = "--lang", paramLabel = "en|zh", description = "language of the definitions in the text table"
            + " (default: en; csv and md give both)")
    String lang = "en";

    @Option(names = "--debug", description = "print stack traces for errors")
    boolean debug;

    @Override
    public Integer call() {
        Lang language = language(lang);
        List<IndicatorInfo> list;
        if (scenario == null) {
            list = IndicatorCatalog.describe(SHIPPED_BANDS, true);
        } else {
            LoadedScenario loaded = new ScenarioReader().read(scenario);
            loaded.warnings().forEach(spec.commandLine().getErr()::println);
            ScenarioSpec s = loaded.spec();
            list = IndicatorCatalog.describe(s.workingAge(), s.labour() != null);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> out.print(text(list, language));
            case "csv" -> out.print(csv(list));
            case "md", "markdown" -> out.print(markdown(list));
            default -> throw new InputException(null, "--format", "expected text, csv or md, got '" + format + "'",
                    null);
        }
        out.flush();
        return LabourcastCli.EXIT_OK;
    }

    private static Lang language(String code) {
        try {
            return Lang.of(code);
        } catch (IllegalArgumentException e) {
            throw new InputException(null, "--lang", e.getMessage(), null);
        }
    }

    /**
     * One entry per indicator: code and unit, then in the third column the names (the chosen language's first) and
     * the definition, wrapped so
     * that no line is wider than 100 terminal columns (a Chinese character takes two); the demographic indicators
     * first, then the labour model's.
     */
    static String text(List<IndicatorInfo> list, Lang lang) {
        Messages en = Messages.of(Lang.EN);
        Messages zh = Messages.of(Lang.ZH);
        boolean chinese = lang == Lang.ZH;
        int nameWidth = list.stream().mapToInt(i -> i.name().length()).max().orElse(9);
        int unitWidth = list.stream().mapToInt(i -> width(unit(i, chinese))).max().orElse(4);
        int indent = 2 + nameWidth + 2 + unitWidth + 2;
        StringBuilder sb = new StringBuilder();
        Boolean section = null;
        for (IndicatorInfo i : list) {
            if (section == null || section != i.labour()) {
                section = i.labour();
                sb.append(section.equals(Boolean.FALSE)
                        ? (chinese ? "人口指标（所有情景）" : "Demographic indicators (every scenario)")
                        : (chinese ? "劳动力模型指标（含 labour: 部分的情景）"
                                : "Labour-model indicators (scenarios with a labour: section)")).append('\n');
            }
            // Each name on its own line, so that a name is never broken; then the definition.
            List<String> lines = new ArrayList<>(wrap(en.indicator(i.name()), TEXT_WIDTH - indent));
            lines.addAll(chinese ? 0 : lines.size(), wrap(zh.indicator(i.name()), TEXT_WIDTH - indent));
            lines.addAll(wrap(i.definition(chinese), TEXT_WIDTH - indent));
            String unit = unit(i, chinese);
            sb.append("  ").append(i.name()).append(" ".repeat(nameWidth - i.name().length() + 2)).append(unit)
                    .append(" ".repeat(unitWidth - width(unit) + 2)).append(lines.get(0)).append('\n');
            for (String line : lines.subList(1, lines.size())) {
                sb.append(" ".repeat(indent)).append(line).append('\n');
            }
        }
        return sb.toString();
    }

    /** The widest line of the text table, in terminal columns. */
    static final int TEXT_WIDTH = 100;

    private static String unit(IndicatorInfo i, boolean chinese) {
        return chinese ? i.unit().zh() : i.unit().en();
    }

    /** Terminal columns of a text: two for a wide (CJK) character, one for any other. */
    static int width(String s) {
        return s.codePoints().map(IndicatorsCommand::width).sum();
    }

    private static int width(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        boolean wide = script == Character.UnicodeScript.HAN || (codePoint >= 0x3000 && codePoint <= 0x303F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFF60);
        return wide ? 2 : 1;
    }

    /**
     * Lines at most {@code columns} wide: broken at a space, or between two wide characters (Chinese needs no
     * space to break), or anywhere in a word longer than a line.
     */
    static List<String> wrap(String text, int columns) {
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        while (width(rest) > columns) {
            int cut = 0;
            int used = 0;
            int lastBreak = -1;
            for (int k = 0; k < rest.length(); ) {
                int cp = rest.codePointAt(k);
                int w = width(cp);
                if (used + w > columns) {
                    break;
                }
                used += w;
                k += Character.charCount(cp);
                cut = k;
                boolean nextWide = k < rest.length() && width(rest.codePointAt(k)) == 2;
                boolean opening = cp == '(' || cp == '（' || cp == '“';
                if (cp == ' ' || (!opening && (w == 2 || nextWide))) {
                    lastBreak = k;
                }
            }
            int at = lastBreak > 0 ? lastBreak : cut;
            lines.add(rest.substring(0, at).stripTrailing());
            rest = rest.substring(at).stripLeading();
        }
        lines.add(rest);
        return lines;
    }

    /** {@code indicator,unit,flow,labour_model,name_en,name_zh,definition_en,definition_zh}, one row each. */
    static String csv(List<IndicatorInfo> list) {
        Messages en = Messages.of(Lang.EN);
        Messages zh = Messages.of(Lang.ZH);
        StringBuilder sb = new StringBuilder(
                "indicator,unit,flow,labour_model,name_en,name_zh,definition_en,definition_zh\n");
        for (IndicatorInfo i : list) {
            sb.append(Csv.row(i.name(), i.unit().en(), i.flow(), i.labour(), en.indicator(i.name()),
                    zh.indicator(i.name()), i.definitionEn(), i.definitionZh()));
        }
        return sb.toString();
    }

    /** A Markdown table for the docs: code, unit, both names and both definitions. */
    static String markdown(List<IndicatorInfo> list) {
        Messages en = Messages.of(Lang.EN);
        Messages zh = Messages.of(Lang.ZH);
        StringBuilder sb = new StringBuilder("| indicator | unit | name | 名称 | definition | 定义 |\n"
                + "|---|---|---|---|---|---|\n");
        for (IndicatorInfo i : list) {
            sb.append("| `").append(i.name()).append("` | ").append(i.unit().en()).append(" | ")
                    .append(cell(en.indicator(i.name()))).append(" | ").append(cell(zh.indicator(i.name())))
                    .append(" | ").append(cell(i.definitionEn())).append(" | ").append(cell(i.definitionZh()))
                    .append(" |\n");
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
