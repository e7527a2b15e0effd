package org.warta.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.warta.input.FileSelection;

/**
 * The files of a job's input, as the CLI takes them: a path, a directory or a glob, on any file
 * system Hadoop reads. A directory gives what a folder gives the CLI by name
 * ({@link FileSelection#hasSkippedExtension}): its files that are not hidden (nor, as Hadoop
 * marks its own, named from {@code _}) and not data, reports or media by extension; a binary file
 * it holds is read, and becomes a row of the errors. Files are listed once on the
 * driver and read whole by the tasks; a partition makes one Hadoop configuration, where
 * Spark's binaryFiles would make one a file (most of the time on a folder of short articles).
 */
final class InputFiles {

    private InputFiles() {
    }

    /** The files {@code input} names, sorted. */
    static List<String> list(Configuration conf, String input) {
        try {
            Path pattern = new Path(input);
            FileSystem fs = pattern.getFileSystem(conf);
            FileStatus[] matched = fs.globStatus(pattern);
            List<String> files = new ArrayList<>();
            for (FileStatus status : matched == null ? new FileStatus[0] : matched) {
                if (status.isDirectory()) {
                    RemoteIterator<LocatedFileStatus> inside = fs.listFiles(status.getPath(), true);
                    while (inside.hasNext()) {
                        addIfNews(inside.next().getPath(), status.getPath(), files);
                    }
                } else {
                    files.add(status.getPath().toString());
                }
            }
            files.sort(null);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + input, e);
        }
    }

    private static void addIfNews(Path file, Path root, List<String> files) {
        for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
            if (p.getName().startsWith(".") || p.getName().startsWith("_")) {
                return;
            }
        }
        if (!FileSelection.hasSkippedExtension(file.getName())) {
            files.add(file.toString());
        }
    }

    /**
     * Reads each file whole and runs the report over it; a file that cannot be read becomes a
     * result with the reason, as an undecodable one does.
     */
    static Iterator<DocumentRows.Result> read(Iterator<String> paths, SparkReports.SerializableFunction reportFor) {
        Configuration conf = new Configuration();
        List<DocumentRows.Result> results = new ArrayList<>();
        while (paths.hasNext()) {
            String name = paths.next();
            Path path = new Path(name);
            try (InputStream in = path.getFileSystem(conf).open(path)) {
                results.add(DocumentRows.of(name, in.readAllBytes(), reportFor));
            } catch (IOException e) {
                results.add(DocumentRows.Result.failed(name, "cannot read: " + e.getMessage()));
            }
        }
        return results.iterator();
    }
}
