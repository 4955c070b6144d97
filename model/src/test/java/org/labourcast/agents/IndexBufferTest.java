package org.labourcast.agents;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A buffer is reused while big enough, grown when not, and never shared between threads. */
class IndexBufferTest {
    @Test
    void reusedWhileBigEnoughGrownOtherwiseOnePerThread() throws Exception {
        IndexBuffer b = new IndexBuffer();
        int[] first = b.atLeast(100);
        assertTrue(first.length >= 100);
        assertSame(first, b.atLeast(50));
        int[] grown = b.atLeast(1000);
        assertTrue(grown.length >= 1000);
        assertSame(grown, b.atLeast(1000));
        AtomicReference<int[]> other = new AtomicReference<>();
        Thread t = new Thread(() -> other.set(b.atLeast(10)));
        t.start();
        t.join();
        assertNotSame(grown, other.get());
    }
}
