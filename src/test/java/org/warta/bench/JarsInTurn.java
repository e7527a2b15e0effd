package org.warta.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The per-word cost of finding entities in two or more builds of warta, measured where a shared,
 * busy machine cannot tell them apart by separate runs: every jar is loaded in one JVM, each
 * finds the entities of a slice of documents in turn (the order rotating from slice to slice), and
 * only the calling thread's processor time counts, not the time it waits for a core. Alternating
 * whole runs of {@code bench} under a load of 7 to 11 on two cores gave medians from 0.4 to 2.5
 * MB/s for the same jar; this gives each pass's time against the first jar's within a few per
 * cent. It prints each pass, then, over the second half of the passes (the first half warms the
 * JIT and fills each finder's memo), each jar's median time a pass and its ratio to the first
 * jar's, and whether its entities were the first jar's.
 *
 * <pre>
 *   java -cp target/test-classes org.warta.bench.JarsInTurn 12 50 /tmp/indosum/articles main.jar target/warta.jar
 * </pre>
 */
public final class JarsInTurn {

    private JarsInTurn() {
    }

    /** One build's {@code EntityFinder.find(String)}, with the bundled model and no aliases. */
    private record Finder(String name, Object finder, Method find) {

        static Finder of(String jar) throws ReflectiveOperationException, IOException {
            ClassLoader loader = new URLClassLoader(new URL[] {new File(jar).toURI().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> nameFinder = type(loader, "names.model.NameFinder");
            Class<?> nameTagger = type(loader, "names.rules.NameTagger");
            Class<?> segmenter = type(loader, "text.TextSegmenter");
            Class<?> mentionFinder = type(loader, "names.mentions.MentionFinder");
            Class<?> aliases = type(loader, "names.entities.Aliases");
            Class<?> resolver = type(loader, "names.entities.EntityResolver");
            Class<?> entityFinder = type(loader, "names.entities.EntityFinder");
            Object tagger = nameTagger.getConstructor(nameFinder).newInstance(nameFinder.getMethod("bundled").invoke(null));
            Object mentions = mentionFinder.getConstructor(segmenter, nameTagger).newInstance(segmenter.getConstructor().newInstance(), tagger);
            Object entities = entityFinder.getConstructor(mentionFinder, resolver)
                    .newInstance(mentions, resolver.getConstructor(aliases).newInstance(aliases.getField("NONE").get(null)));
            return new Finder(new File(jar).getName(), entities, entityFinder.getMethod("find", String.class));
        }

        private static Class<?> type(ClassLoader loader, String name) throws ClassNotFoundException {
            return Class.forName("org.warta." + name, true, loader);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: JarsInTurn PASSES SLICE FOLDER JAR JAR...");
            System.exit(2);
        }
        int passes = Integer.parseInt(args[0]);
        int slice = Integer.parseInt(args[1]);
        List<String> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[2]))) {
            for (Path file : files.sorted().toList()) {
                documents.add(Files.readString(file));
            }
        }
        double megabytes = documents.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum() / 1e6;
        List<Finder> finders = new ArrayList<>();
        for (String jar : Arrays.copyOfRange(args, 3, args.length)) {
            finders.add(Finder.of(jar));
        }
        int jars = finders.size();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[][] nanos = new long[jars][passes];
        long[] digests = new long[jars];
        for (int pass = 0; pass < passes; pass++) {
            for (int from = 0, turn = 0; from < documents.size(); from += slice, turn++) {
                for (int k = 0; k < jars; k++) {
                    int jar = (turn + k) % jars;
                    List<Object> found = new ArrayList<>();
                    long start = threads.getCurrentThreadCpuTime();
                    for (String document : documents.subList(from, Math.min(documents.size(), from + slice))) {
                        found.add(finders.get(jar).find().invoke(finders.get(jar).finder(), document));
                    }
                    nanos[jar][pass] += threads.getCurrentThreadCpuTime() - start;
                    for (Object entities : found) {
                        digests[jar] = 31 * digests[jar] + entities.toString().hashCode(); // toString: enums hash by identity
                    }
                }
            }
            StringBuilder line = new StringBuilder("pass " + pass + ":");
            for (int jar = 0; jar < jars; jar++) {
                line.append(String.format(" %s %.2f s (%.2f MB/s) x%.3f;", finders.get(jar).name(), nanos[jar][pass] / 1e9,
                        megabytes / (nanos[jar][pass] / 1e9), (double) nanos[jar][pass] / nanos[0][pass]));
            }
            System.out.println(line);
        }
        for (int jar = 0; jar < jars; jar++) {
            double[] ratios = new double[passes - passes / 2];
            long[] times = Arrays.copyOfRange(nanos[jar], passes / 2, passes);
            for (int pass = passes / 2; pass < passes; pass++) {
                ratios[pass - passes / 2] = (double) nanos[jar][pass] / nanos[0][pass];
            }
            Arrays.sort(ratios);
            Arrays.sort(times);
            System.out.printf("%s: median %.2f s a pass (%.2f MB/s of processor time), x%.3f of %s (%.3f-%.3f), entities %s%n",
                    finders.get(jar).name(), times[times.length / 2] / 1e9, megabytes / (times[times.length / 2] / 1e9),
                    ratios[ratios.length / 2], finders.get(0).name(), ratios[0], ratios[ratios.length - 1],
                    digests[jar] == digests[0] ? "alike" : "DIFFERENT");
        }
    }
}
