package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutOfHeapTest {

    @Test
    void onlyAnExhaustedHeapGetsTheAdviceToGiveMoreHeap() {
        assertTrue(Warta.isHeapExhausted(new OutOfMemoryError("Java heap space")));
        assertTrue(Warta.isHeapExhausted(new OutOfMemoryError("GC overhead limit exceeded")));
        assertFalse(Warta.isHeapExhausted(new OutOfMemoryError("unable to create native thread: possibly out of memory")));
        assertFalse(Warta.isHeapExhausted(new OutOfMemoryError("Metaspace")));
        assertFalse(Warta.isHeapExhausted(new StackOverflowError()));
    }

    @Test
    void theAdviceNamesTheHeapItHadAndTwiceThat() {
        assertEquals("out of memory: a heap of about 1000 MB cannot hold this run; give it more, e.g. WARTA_JAVA_OPTS=-Xmx2000m",
                Warta.outOfHeap(1000L << 20));
        assertTrue(Warta.outOfHeap(15L << 20).endsWith("-Xmx256m"), "never less than 256 MB to try");
    }
}
