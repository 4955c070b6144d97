package org.labourcast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.labourcast.experiment.ProgressListener;

class ProgressBarTest {
    private final StringWriter text = new StringWriter();
    private final PrintWriter out = new PrintWriter(text);
    private final AtomicLong now = new AtomicLong();

    private ProgressBar bar(int total, boolean interactive) {
        return new ProgressBar(out, total, interactive, now::get);
    }

    private void at(double seconds) {
        now.set(Math.round(seconds * 1e9));
    }

    /** Drives the same sequence of reports in both modes. */
    private void reports(ProgressBar bar) {
        at(3.0);
        bar.update(5);
        at(3.05);
        bar.update(6);      // 50 ms after the last redraw: throttled
        at(3.2);
        bar.update(7);
        at(3.3);
        bar.update(6);      // a late report from another thread: ignored
        at(36);
        bar.update(30);
        at(36.01);
        bar.update(40);     // the last run is always drawn, however soon
        at(40);
        bar.finish();
        bar.finish();       // idempotent
        bar.update(40);     // after finish: nothing
    }

    @Test
    void interactiveRedrawsInPlaceThrottledAndEndsWithTheTotalTime() {
        ProgressBar bar = bar(40, true);
        reports(bar);
        String last = "[####################] 40/40 runs  100%  ETA 0:00";
        String done = "40 runs in 40.0 s";
        assertEquals(""
                + "\r[##------------------] 5/40 runs  12%  ETA 0:21"   // 3 s / 5 runs * 35 left = 21 s
                + "\r[###-----------------] 7/40 runs  17%  ETA 0:15"   // 3.2 / 7 * 33 = 15.09 s
                + "\r[###############-----] 30/40 runs  75%  ETA 0:12"  // 36 / 30 * 10 = 12 s
                + "\r" + last
                + "\r" + done + " ".repeat(last.length() - done.length()) + "\n", text.toString());
    }

    @Test
    void nonInteractivePrintsOnlyTheClosingLine() {
        reports(bar(40, false));
        assertEquals("40 runs in 40.0 s\n", text.toString());
    }

    @Test
    void finishBeforeAllRunsSaysHowManyWereDone() {
        ProgressBar bar = bar(40, false);
        at(1);
        bar.completed(12, 40);
        at(3.2);
        bar.finish();
        assertEquals("12 of 40 runs in 3.2 s\n", text.toString());
    }

    @Test
    void noReportYetHasNoEta() {
        ProgressBar bar = bar(3, true);
        bar.update(0);
        assertEquals("\r[--------------------] 0/3 runs  0%  ETA -:--", text.toString());
    }

    @Test
    void etaClock() {
        assertEquals("0:00", ProgressBar.clock(0));
        assertEquals("0:59", ProgressBar.clock(59));
        assertEquals("1:00", ProgressBar.clock(60));
        assertEquals("59:59", ProgressBar.clock(3599));
        assertEquals("1:02:05", ProgressBar.clock(3725));
    }

    @Test
    void rejectsImpossibleCounts() {
        ProgressBar bar = bar(40, true);
        assertThrows(IllegalArgumentException.class, () -> bar.update(41));
        assertThrows(IllegalArgumentException.class, () -> bar.update(-1));
        assertThrows(IllegalArgumentException.class, () -> bar.completed(3, 39));
        assertThrows(IllegalArgumentException.class, () -> bar(0, true));
    }

    @Test
    void workerThreadsMayReportConcurrentlyAndOutOfOrder() throws InterruptedException {
        int total = 2000;
        ProgressListener listener = bar(total, true); // the clock never moves: only the first and last redraw
        AtomicInteger completed = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            workers.add(new Thread(() -> {
                for (int i = 0; i < total / 8; i++) {
                    listener.completed(completed.incrementAndGet(), total);
                }
            }));
        }
        workers.forEach(Thread::start);
        for (Thread w : workers) {
            w.join();
        }
        ((ProgressBar) listener).finish();
        String s = text.toString();
        long redraws = s.chars().filter(c -> c == '\r').count();
        assertTrue(redraws == 2 || redraws == 3, "first report, the complete one and the closing line: " + s);
        assertTrue(s.contains("[####################] 2000/2000 runs  100%  ETA 0:00\r2000 runs in 0.0 s"), s);
        assertTrue(s.endsWith("\n"), s);
    }

    @Test
    void countsOtherUnitsWithAnEta() {
        ProgressBar bar = new ProgressBar(out, 4, false, "point", "points", now::get);
        at(0);
        assertEquals("[##########----------] 2/4 points  50%  ETA 0:10", bar.bar(2, Math.round(10e9)));
        at(12);
        bar.update(1);
        bar.finish();
        assertEquals("1 of 4 points in 12.0 s\n", text.toString());
        ProgressBar one = new ProgressBar(new PrintWriter(new StringWriter()), 1, false, "point", "points", now::get);
        assertEquals("[####################] 1/1 points  100%  ETA 0:00", one.bar(1, Math.round(12e9)));
    }
}
