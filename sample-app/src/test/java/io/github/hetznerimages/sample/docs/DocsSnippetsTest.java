package io.github.hetznerimages.sample.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Code the documentation shows from a source file is that file's code. A snippet is a fenced block right after a
 * marker {@code <!-- snippet: path#tag -->} (path from the repository root); it must equal the region between
 * {@code // tag::tag[]} and {@code // end::tag[]} in the file, without the region's common indentation, or the whole
 * file when the marker names no tag.
 */
class DocsSnippetsTest {

    private static final Pattern MARKER = Pattern.compile("<!-- snippet: (\\S+?) -->");
    private static final Pattern SNIPPET = Pattern.compile("\\G\\R```\\w*\\R(.*?)\\R```", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("//\\s*tag::([\\w-]+)\\[]");
    private static final String RECIPES = "sample-app/src/main/java/io/github/hetznerimages/sample/recipes";

    @Test
    void everySnippetEqualsTheRegionOfItsSourceFile() {
        List<String> differences = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (Path file : Documentation.markdownFiles()) {
            String markdown = Documentation.read(file);
            Matcher marker = MARKER.matcher(markdown);
            while (marker.find()) {
                String source = marker.group(1);
                shown.add(source);
                Matcher block = SNIPPET.matcher(markdown).region(marker.end(), markdown.length());
                if (!block.find()) {
                    differences.add(Documentation.relative(file) + ": no code block right after the marker " + source);
                    continue;
                }
                String expected = region(source);
                if (!block.group(1).equals(expected)) {
                    differences.add(Documentation.relative(file) + " shows " + source + " as\n" + block.group(1)
                            + "\nbut the source has\n" + expected);
                }
            }
        }
        assertThat(shown).as("snippets found").hasSizeGreaterThan(10);
        assertThat(differences).as("snippets that differ from their source").isEmpty();
    }

    @Test
    void everyRecipeRegionIsShownInTheDocumentation() throws Exception {
        Path root = Documentation.root();
        String docs = String.join(
                "\n",
                Documentation.markdownFiles().stream().map(Documentation::read).toList());
        List<String> missing = new ArrayList<>();
        int regions = 0;
        try (Stream<Path> classes = Files.list(root.resolve(RECIPES))) {
            for (Path recipe : classes.sorted().toList()) {
                Matcher tag = TAG.matcher(Documentation.read(recipe));
                while (tag.find()) {
                    regions++;
                    String marker =
                            "<!-- snippet: " + RECIPES + "/" + recipe.getFileName() + "#" + tag.group(1) + " -->";
                    if (!docs.contains(marker)) {
                        missing.add(marker);
                    }
                }
            }
        }
        assertThat(regions).as("tagged regions in the recipes").isGreaterThanOrEqualTo(8);
        assertThat(missing).as("recipe regions the documentation does not show").isEmpty();
    }

    @Test
    void aRegionIsTheTaggedLinesWithoutTheirCommonIndentation() {
        String source = "class A {\n    // tag::x[]\n    void a() {\n        b();\n    }\n    // end::x[]\n}\n";

        assertThat(region(source, "x", "A.java")).isEqualTo("void a() {\n    b();\n}");
    }

    private static String region(String source) {
        int hash = source.indexOf('#');
        String path = hash < 0 ? source : source.substring(0, hash);
        Path file = Documentation.root().resolve(path);
        assertThat(file).as("source of snippet " + source).isRegularFile();
        String text = Documentation.read(file);
        return hash < 0 ? text.stripTrailing() : region(text, source.substring(hash + 1), path);
    }

    private static String region(String text, String tag, String path) {
        List<String> lines = text.lines().toList();
        int start = indexOf(lines, "// tag::" + tag + "[]", path);
        int end = indexOf(lines, "// end::" + tag + "[]", path);
        List<String> body = lines.subList(start + 1, end);
        int indent = body.stream()
                .filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length())
                .min()
                .orElse(0);
        return String.join(
                "\n",
                body.stream()
                        .map(line -> line.isBlank() ? "" : line.substring(indent))
                        .toList());
    }

    private static int indexOf(List<String> lines, String marker, String path) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                return i;
            }
        }
        throw new AssertionError(path + " has no line " + marker);
    }
}
