package org.warta.evaluation;

/** Exact-match counts of one kind of unit, and the precision, recall and F1 (in %) they give. */
public record Score(long gold, long system, long correct) {

    public double precision() {
        return system == 0 ? 0 : 100.0 * correct / system;
    }

    public double recall() {
        return gold == 0 ? 0 : 100.0 * correct / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
