package io.github.hetznerimages.sample.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every relative link in README.md and docs/*.md points to an existing file, and every anchor to a heading. */
class DocsLinksTest {

    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*$");
    private static final Pattern EXTERNAL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    @Test
    void everyRelativeLinkResolvesToAFileAndAHeading() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path file : Documentation.markdownFiles()) {
            Matcher link = LINK.matcher(Documentation.withoutCodeBlocks(Documentation.read(file)));
            while (link.find()) {
                String target = link.group(1);
                if (EXTERNAL.matcher(target).matches()) {
                    continue;
                }
                checked++;
                String problem = problemWith(file, target);
                if (problem != null) {
                    broken.add(Documentation.relative(file) + ": (" + target + ") " + problem);
                }
            }
        }
        assertThat(checked).as("relative links found").isGreaterThan(20);
        assertThat(broken).as("broken links").isEmpty();
    }

    @Test
    void theReadmeStaysAFrontDoorUnder250Lines() {
        long lines = Documentation.read(Documentation.root().resolve("README.md"))
                .lines()
                .count();

        assertThat(lines).isLessThan(250);
    }

    @Test
    void anchorsFollowGitHubsHeadingIds() {
        assertThat(anchors("# The sample's `rotate`\n## 1. List images\n## Errors and retries\n## Errors and retries"))
                .containsExactlyInAnyOrder(
                        "the-samples-rotate", "1-list-images", "errors-and-retries", "errors-and-retries-1");
    }

    private static String problemWith(Path file, String target) {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        Path resolved = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
        if (!Files.exists(resolved)) {
            return "no such file " + Documentation.relative(resolved);
        }
        if (hash < 0) {
            return null;
        }
        String anchor = target.substring(hash + 1);
        if (!resolved.toString().endsWith(".md")) {
            return "an anchor into a file that is not Markdown";
        }
        return anchors(Documentation.read(resolved)).contains(anchor) ? null : "no heading with id '" + anchor + "'";
    }

    /** The ids GitHub gives the headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
    private static Set<String> anchors(String markdown) {
        Set<String> ids = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        Matcher heading = HEADING.matcher(Documentation.withoutCodeBlocks(markdown));
        while (heading.find()) {
            String id = heading.group(1)
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N} _-]", "")
                    .replace(' ', '-');
            int repeat = seen.merge(id, 1, Integer::sum) - 1;
            ids.add(repeat == 0 ? id : id + "-" + repeat);
        }
        return ids;
    }
}
