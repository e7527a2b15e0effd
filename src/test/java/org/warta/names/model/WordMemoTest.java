package org.warta.names.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class WordMemoTest {

    @Test
    void equalSumsShareOneArrayAndOthersKeepTheirOwn() {
        WordMemo memo = new WordMemo(3);
        double[] first = memo.shared(new double[] {0.5, -1, 2}).values();
        assertSame(first, memo.shared(new double[] {0.5, -1, 2}).values());
        double[] other = memo.shared(new double[] {0.5, -1, 2.000001}).values();
        assertNotSame(first, other);
        assertArrayEquals(new double[] {0.5, -1, 2.000001}, other);
        assertNotSame(memo.shared(new double[] {0, 0, 0}).values(), memo.shared(new double[] {-0.0, 0, 0}).values(),
                "-0.0 is kept apart");
    }

    @Test
    void aWordIsMadeOnceAndKept() {
        WordMemo memo = new WordMemo(3);
        assertSame(memo.get("Jakarta"), memo.get("Jakarta"));
        assertNotSame(memo.get("Jakarta"), memo.get("jakarta"));
    }
}
