package org.labourcast.labour;

import org.labourcast.experiment.AgentRun;
import org.labourcast.experiment.ProgressListener;
import org.labourcast.indicators.LabourIndicators;
import org.labourcast.scenario.RunSettings;

/** Manual probe: prints medians of the labour indicators for the Leshan-like fixture. Not a test. */
public final class LabourProbe {
    public static void main(String[] args) {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        long t0 = System.nanoTime();
        AgentRun run = AgentRun.of(LabourFixtures.leshanWith(LabourFixtures.leshanLike()),
                new RunSettings(runs, 20201101L, threads, scale), ProgressListener.NONE);
        long t1 = System.nanoTime();
        System.out.println("seconds " + (t1 - t0) / 1e9 + " calibration " + run.calibration());
        for (String name : LabourIndicators.NAMES) {
            StringBuilder sb = new StringBuilder(String.format("%-30s", name));
            for (var r : run.indicator(name, "median")) {
                if (r.year() % 5 == 0 || r.year() == 2021) {
                    sb.append(String.format(" %d:%.4g", r.year(), r.value()));
                }
            }
            System.out.println(sb);
        }
        for (var r : run.indicator("population_total", "median")) {
            if (r.year() % 5 == 0) {
                System.out.print(" " + r.year() + ":" + r.value());
            }
        }
        System.out.println();
    }
}
