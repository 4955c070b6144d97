package org.labourcast.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code labourcast report RESULTS_DIR…}: a self-contained HTML report (charts embedded in the first {@code --format},
 * png or svg) and a Markdown version with the charts beside it in every format, from saved results; several run
 * directories add scenario comparison charts; a compare, sweep or forecast folder gets the report of its tables.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write an HTML and a Markdown report of saved results: targets, charts, assumptions, provenance;"
                + " of a compare, sweep or forecast folder, the sections of its tables. --format: the first (png or"
                + " svg) is embedded in the HTML and linked from the Markdown; every format is written beside it.",
            "根据已保存的结果生成 HTML 与 Markdown 报告：目标、图表、假设与运行信息；也可为情景比较、参数扫描或趋势预测的输出生成报告。"})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RESULTS_DIR", description = "directories written by labourcast run (one or more), or one written by compare, sweep or forecast")
    List<Path> results;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: the first RESULTS_DIR/report)")
    Path out;

    @Option(names = "--overwrite", description = "replace a report already in the output directory")
    boolean overwrite;

    @Option(names = "--debug", description = "print stack traces for errors")
    boolean debug;

    @Mixin
    ChartOptions.Flags chartFlags = new ChartOptions.Flags();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        ChartOptions options = chartFlags.toOptions();
        OutputFolders.checkOption(out);
        Path dir = out != null ? out : results.get(0).resolve("report");
        org.labourcast.api.Labourcast.report(results, dir, options.lang(), options.size(), options.formats(), overwrite);
        stdout.println("report written to " + dir.resolve("report.html") + " and " + dir.resolve("report.md"));
        return LabourcastCli.EXIT_OK;
    }
}
