package io.github.hetznerimages.sample.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The repository's Markdown documentation: {@code README.md} and {@code docs/*.md}, found from the working directory. */
final class Documentation {

    private static final Pattern FENCED_BLOCK = Pattern.compile("(?ms)^```.*?^```[ \\t]*$");

    private Documentation() {}

    /** The repository root: the nearest directory at or above the working directory whose pom.xml has modules. */
    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom) && read(pom).contains("<modules>")) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "no parent pom.xml with <modules> above " + Path.of("").toAbsolutePath());
    }

    /** README.md and every Markdown file in docs/. */
    static List<Path> markdownFiles() {
        Path root = root();
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(files::add);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return files;
    }

    /** The file's text. */
    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The text with every fenced code block blanked out, so that code is never read as links or headings. */
    static String withoutCodeBlocks(String markdown) {
        return FENCED_BLOCK.matcher(markdown).replaceAll("");
    }

    /** A path relative to the repository root, for messages. */
    static String relative(Path file) {
        return root().relativize(file).toString();
    }
}
