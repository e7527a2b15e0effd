package org.warta.cli;

import org.warta.text.OpenNlpSegmenter;
import org.warta.text.Segmenter;
import org.warta.text.TextSegmenter;

/** Which segmenter splits sentences and tokens: warta's rules, or the trained OpenNLP models. */
enum Engine {
    rules, opennlp;

    Segmenter segmenter() {
        return this == rules ? new TextSegmenter() : OpenNlpSegmenter.bundled();
    }
}
