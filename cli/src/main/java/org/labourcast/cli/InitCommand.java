package org.labourcast.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.labourcast.InputException;
import org.labourcast.scenario.yaml.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code labourcast init FILE --name-en … --code … --base-year … --population … --age-shares …}: writes a commented
 * baseline scenario for a new region from its census figures. The population is the census total spread over 5-year
 * groups and sexes within each given age band by China's 2020 census pattern; fertility, mortality, migration and the
 * urbanization trend are national or neutral assumptions, each marked {@code ASSUMPTION (replace)} in its source. The
 * file is checked by the scenario reader before it is written, and an existing file is never overwritten.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Write a commented baseline scenario for a new region from its census figures.",
            "根据普查数据为新地区生成带注释的基准情景文件。"})
final class InitCommand implements Callable<Integer> {
    /** The marker of every value the command could not fill from its flags. */
    static final String ASSUMPTION = "ASSUMPTION (replace)";
    /** China's 7th census: resident urbanization on census day (NBS, 第七次全国人口普查公报（第七号）, 2021-05-11). */
    static final double CHINA_URBAN_SHARE_2020 = 0.6389;
    /** China's resident urbanization rate, year end, one statistical basis (scenarios/data/baseline_history.csv). */
    private static final int[] CHINA_YEARS = {2016, 2017, 2018, 2019};
    private static final double[] CHINA_RATES = {0.574, 0.5852, 0.5958, 0.606};
    private static final String[] CHINA_SOURCES = {
        "[UH] NBS via China News Service 2017-07-11 (grade B)",
        "[UH] NBS, derived: 59.58% in 2018 less its stated 1.06-point rise (grade A)",
        "[UH] NBS (Ning Jizhe, Xinhua 2019-01-21), 83137 of 139538万 urban (grade A)",
        "[UH] NBS (Zhang Yi) on 2019 population (grade A)"};
    private static final Pattern BAND = Pattern.compile("(\\d+)(?:-(\\d+)|(\\+))=(.+)");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the scenario file to write (never overwritten)")
    Path file;

    @Option(names = "--name-en", required = true, paramLabel = "NAME", description = "the region's English name")
    String nameEn;

    @Option(names = "--name-zh", paramLabel = "名称", description = "the region's Chinese name (default: the English)")
    String nameZh;

    @Option(names = "--code", required = true, paramLabel = "CODE",
            description = "administrative division code, 6 digits (GB/T 2260), e.g. 510700")
    String code;

    @Option(names = "--base-year", required = true, paramLabel = "YEAR",
            description = "the year whose end the population describes, 2018-2040")
    int baseYear;

    @Option(names = "--horizon", paramLabel = "YEAR", description = "last projected year (default: 2035)")
    int horizon = 2035;

    @Option(names = "--population", required = true, paramLabel = "PERSONS",
            description = "the census count of residents (常住人口)")
    long population;

    @Option(names = "--age-shares", required = true, split = ",", paramLabel = "BAND=SHARE",
            description = "the census's age shares as fractions, bands covering every age with bounds at multiples"
                    + " of 5, e.g. 0-14=0.1697,15-59=0.6234,60+=0.2069")
    List<String> ageShares;

    @Option(names = "--urban-share", paramLabel = "SHARE",
            description = "urban share of residents, 0-1 (default: China's 2020 census 0.6389, marked an assumption)")
    Double urbanShare;

    @Option(names = "--census-date", paramLabel = "DATE",
            description = "the day the counts refer to (default: 2020-11-01, the 7th census)")
    String censusDate = "2020-11-01";

    @Option(names = "--id", paramLabel = "ID", description = "scenario id (default: from the English name, e.g."
            + " mianyang-baseline)")
    String id;

    @Option(names = "--source", paramLabel = "TEXT",
            description = "where the figures come from, e.g. the census bulletin's title and date")
    String source;

    @Option(names = "--debug", description = "print stack traces for errors")
    boolean debug;

    /** An age band and its share of the residents. */
    record Band(int from, int to, double share) {
        String label() {
            return to == Integer.MAX_VALUE ? from + "+" : from + "-" + to;
        }
    }

    @Override
    public Integer call() {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new InputException(null, "FILE", file + " already exists; init never overwrites a file",
                    "choose another name, or remove the file first");
        }
        String text = scenarioText();
        // The reader checks what was generated exactly as validate and run will.
        new ScenarioReader().read(file.toString(), text);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new InputException(null, "FILE", file + " already exists; init never overwrites a file", null);
        } catch (IOException e) {
            throw new InputException(null, "FILE", "cannot write " + file + ": " + e.getMessage(), null);
        }
        long assumptions = text.lines().filter(l -> l.contains(ASSUMPTION)).count();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "wrote %s: scenario '%s' (%s / %s), %d-%d, %,d residents%n", file, id(), nameEn,
                nameZh(), baseYear, horizon, population);
        out.printf(Locale.ROOT, "%d fields are assumptions to replace (grep -n \"%s\" %s); then: labourcast validate %s"
                + " && labourcast run %s%n", assumptions, ASSUMPTION, file, file, file);
        out.flush();
        return LabourcastCli.EXIT_OK;
    }

    /** The scenario's text: the template with the flags' values and the derived population filled in. */
    String scenarioText() {
        check();
        List<Band> bands = bands(ageShares);
        long[][] counts = population(population, bands, census());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("id", id());
        values.put("name_en", yaml(nameEn, "--name-en"));
        values.put("name_zh", yaml(nameZh(), "--name-zh"));
        values.put("code", code);
        values.put("base_year", Integer.toString(baseYear));
        values.put("horizon", Integer.toString(horizon));
        values.put("reference_date", censusDate);
        values.put("given_source", source == null ? ASSUMPTION + ": name the census bulletin these figures come from"
                : yaml(source, "--source"));
        values.put("population_source", fold(populationSource(bands), 4));
        values.put("male", join(counts[0]));
        values.put("female", join(counts[1]));
        values.put("urban_share", urbanShare == null ? Double.toString(CHINA_URBAN_SHARE_2020)
                : Double.toString(urbanShare));
        values.put("urban_share_source", fold(urbanShare == null
                ? ASSUMPTION + ": China's 2020 census share (NBS, 第七次全国人口普查公报（第七号）, 2021-05-11: 63.89%"
                        + " of residents urban), not the region's; give its census share with --urban-share. The same"
                        + " share at every age is an assumption too."
                : "[GIVEN] census urban share of residents. The same share at every age is an assumption: replace"
                        + " with the census's urban/rural age table if available.", 6));
        values.put("fit_values", fitValues());
        String template = resource("init/scenario-template.yaml");
        Matcher m = Pattern.compile("\\$\\{([a-z_]+)}").matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalStateException("template placeholder without a value: " + m.group());
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private void check() {
        if (nameEn.isBlank()) {
            throw new InputException(null, "--name-en", "the English name must not be blank", null);
        }
        if (!code.matches("\\d{6}")) {
            throw new InputException(null, "--code", "expected the 6-digit administrative division code"
                    + " (GB/T 2260, e.g. 510700), got '" + code + "'", null);
        }
        if (baseYear < 2018 || baseYear > 2040) {
            throw new InputException(null, "--base-year", "expected 2018-2040, got " + baseYear,
                    "the urbanization trend needs China's 2016-2018 rates up to the base year, and the demographic"
                            + " rates end in 2040");
        }
        if (horizon <= baseYear || horizon > baseYear + 100) {
            throw new InputException(null, "--horizon", "expected a year after the base year " + baseYear
                    + " and at most 100 years later, got " + horizon, null);
        }
        if (population < 1000 || population > 2_000_000_000L) {
            throw new InputException(null, "--population", "expected a census count of residents between 1,000 and"
                    + " 2,000,000,000, got " + population, null);
        }
        if (urbanShare != null && !(urbanShare > 0 && urbanShare < 1)) {
            throw new InputException(null, "--urban-share", "expected a fraction strictly between 0 and 1, got "
                    + urbanShare, urbanShare > 1 && urbanShare < 100 ? "write " + urbanShare / 100 + ", not "
                    + urbanShare : null);
        }
        if (!censusDate.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new InputException(null, "--census-date", "expected a date such as 2020-11-01, got '" + censusDate
                    + "'", null);
        }
        if (id != null && !id.matches("[a-z0-9_-]+")) {
            throw new InputException(null, "--id", "expected lower-case letters, digits, '-' and '_', got '" + id
                    + "'", null);
        }
    }

    String id() {
        if (id != null) {
            return id;
        }
        String slug = nameEn.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return (slug.isEmpty() ? "region" : slug) + "-baseline";
    }

    private String nameZh() {
        return nameZh == null || nameZh.isBlank() ? nameEn : nameZh;
    }

    /**
     * The bands parsed and checked: from age 0 without gaps to an open band, bounds at multiples of 5 (the
     * population's groups), shares 0–1 summing to 1 within 0.001 (a bulletin's rounding).
     */
    static List<Band> bands(List<String> specs) {
        List<Band> bands = new ArrayList<>();
        for (String s : specs) {
            Matcher m = BAND.matcher(s.strip());
            if (!m.matches()) {
                throw shareError("expected BAND=SHARE such as 0-14=0.1697 or 60+=0.2069, got '" + s + "'");
            }
            double share;
            try {
                share = Double.parseDouble(m.group(4));
            } catch (NumberFormatException e) {
                throw shareError("'" + m.group(4) + "' is not a number (in '" + s + "')");
            }
            if (!(share >= 0 && share <= 1)) {
                throw shareError("shares are fractions 0-1, got " + m.group(4) + " in '" + s + "'"
                        + (share > 1 && share <= 100 ? "; write " + share / 100 : ""));
            }
            int from = Integer.parseInt(m.group(1));
            int to = m.group(3) != null ? Integer.MAX_VALUE : Integer.parseInt(m.group(2));
            bands.add(new Band(from, to, share));
        }
        bands.sort(Comparator.comparingInt(Band::from));
        int next = 0;
        for (Band b : bands) {
            if (b.from() != next) {
                throw shareError(b.from() > next ? "no band covers ages " + next + "-" + (b.from() - 1)
                        : "bands overlap at age " + b.from() + " (each age belongs to one band)");
            }
            if (b.from() % 5 != 0 || (b.to() != Integer.MAX_VALUE && (b.to() + 1) % 5 != 0)) {
                throw shareError("band " + b.label() + " must start and end at the 5-year groups (0-14, 15-59, 60+, …)");
            }

            if (b.to() == Integer.MAX_VALUE && b.from() > 100) {
                throw shareError("the open band must start at 100 or younger, got " + b.label());
            }
            next = b.to() == Integer.MAX_VALUE ? -1 : b.to() + 1;
            if (next == -1 && b != bands.get(bands.size() - 1)) {
                Band after = bands.get(bands.indexOf(b) + 1);
                throw shareError("bands overlap at age " + after.from() + " (a bulletin's " + after.label()
                        + " lies inside its " + b.label() + ": give 0-14, 15-59, 60-64 and 65+, or 0-14, 15-59 and"
                        + " 60+)");
            }
        }
        if (next != -1) {
            throw shareError("the last band must be open, such as 60+ (ages from " + next + " are not covered)");
        }
        double sum = bands.stream().mapToDouble(Band::share).sum();
        if (Math.abs(sum - 1) > 0.001) {
            throw shareError(String.format(Locale.ROOT, "the shares must sum to 1, got %.4f", sum));
        }
        return bands;
    }

    private static InputException shareError(String problem) {
        return new InputException(null, "--age-shares", problem, null);
    }

    /**
     * Persons by 5-year group (21 groups, 0-4 … 95-99, 100+) and sex ([0] male, [1] female): each band's share of
     * the total (the shares scaled to sum to 1) spread over its groups and both sexes in proportion to the census
     * pattern, rounded by largest remainder so the counts add up to the total exactly.
     */
    static long[][] population(long total, List<Band> bands, long[][] census) {
        double sum = bands.stream().mapToDouble(Band::share).sum();
        int groups = census[0].length;
        double[][] exact = new double[2][groups];
        for (Band b : bands) {
            int first = b.from() / 5;
            int last = b.to() == Integer.MAX_VALUE ? groups - 1 : Math.min(groups - 1, b.to() / 5);
            double weight = 0;
            for (int g = first; g <= last; g++) {
                weight += census[0][g] + census[1][g];
            }
            for (int s = 0; s < 2; s++) {
                for (int g = first; g <= last; g++) {
                    exact[s][g] = total * (b.share() / sum) * census[s][g] / weight;
                }
            }
        }
        long[][] counts = new long[2][groups];
        long assigned = 0;
        List<int[]> cells = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            for (int g = 0; g < groups; g++) {
                counts[s][g] = (long) Math.floor(exact[s][g]);
                assigned += counts[s][g];
                cells.add(new int[] {s, g});
            }
        }
        // Largest remainder; ties to the earlier cell (male before female, younger before older).
        cells.sort(Comparator.comparingDouble((int[] c) -> -(exact[c[0]][c[1]] - Math.floor(exact[c[0]][c[1]]))));
        for (int i = 0; assigned < total; i++, assigned++) {
            int[] c = cells.get(i);
            counts[c[0]][c[1]]++;
        }
        return counts;
    }

    /** China's 2020 census by 5-year group and sex, from the resource ([0] male, [1] female). */
    static long[][] census() {
        List<String> rows = resource("init/china2020_census_age5.csv").lines()
                .filter(l -> !l.startsWith("#") && !l.startsWith("age,")).toList();
        long[][] out = new long[2][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            String[] f = rows.get(i).split(",");
            out[0][i] = Long.parseLong(f[1]);
            out[1][i] = Long.parseLong(f[2]);
        }
        return out;
    }

    private String populationSource(List<Band> bands) {
        String given = bands.stream().map(b -> b.label() + " " + String.format(Locale.ROOT, "%.2f%%", 100 * b.share()))
                .collect(Collectors.joining(", "));
        String when = censusDate.startsWith(baseYear + "-")
                ? "The counts of " + censusDate + " stand for the end of " + baseYear + " (as the shipped baselines"
                        + " use the census)."
                : ASSUMPTION + ": the counts of " + censusDate + " stand for the end of " + baseYear + "; give the"
                        + " base year's own age table, or age the census to it.";
        return String.format(Locale.ROOT, "[GIVEN] census count %,d residents, age shares %s; within each band the"
                + " counts follow China's 2020 census by 5-year group and sex [C2020] (%s: replace with the"
                + " region's census age table), rounded by largest remainder to the total. %s", population, given,
                ASSUMPTION, when);
    }

    private String fitValues() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < CHINA_YEARS.length; i++) {
            if (CHINA_YEARS[i] <= baseYear) {
                sb.append(String.format(Locale.ROOT, "        - {year: %d, value: %s, source: \"%s\"}%n",
                        CHINA_YEARS[i], Double.toString(CHINA_RATES[i]), CHINA_SOURCES[i]));
            }
        }
        return sb.toString().stripTrailing();
    }

    /** A folded block's text in lines of at most 116 columns, continued at {@code indent} spaces. */
    static String fold(String text, int indent) {
        List<String> lines = IndicatorsCommand.wrap(text, 116 - indent);
        return String.join("\n" + " ".repeat(indent), lines);
    }

    private static String join(long[] v) {
        return java.util.Arrays.stream(v).mapToObj(Long::toString).collect(Collectors.joining(", "));
    }

    /**
     * The text as it is, checked to be safe in every place the template puts it (a double-quoted scalar, a folded
     * block, a comment): no control characters, double quotes or backslashes.
     */
    static String yaml(String s, String flag) {
        if (s.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '"' || c == '\\')) {
            throw new InputException(null, flag, "control characters, double quotes and backslashes are not allowed"
                    + " in '" + s.replaceAll("\\p{Cntrl}", "?") + "'", null);
        }
        return s;
    }

    private static String resource(String name) {
        try (InputStream in = InitCommand.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
