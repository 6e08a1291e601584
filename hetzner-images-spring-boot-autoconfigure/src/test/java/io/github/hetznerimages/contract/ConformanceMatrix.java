package io.github.hetznerimages.contract;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders the {@link Conformance} list as the README's conformance matrix (Markdown), so the table is generated
 * from the list the tests check instead of being kept by hand. Print it with:
 *
 * <pre>
 * ./mvnw -q -pl hetzner-images-spring-boot-autoconfigure test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.github.hetznerimages.contract.ConformanceMatrix
 * </pre>
 */
public final class ConformanceMatrix {

    private ConformanceMatrix() {}

    /** Prints the matrix to standard output. */
    public static void main(String[] args) {
        System.out.print(markdown(Conformance.load()));
    }

    /** The two Markdown tables: implemented operations, then the ones left out with the reason. */
    public static String markdown(Conformance conformance) {
        StringBuilder out = new StringBuilder();
        out.append("| Operation | Request | Library method | Query parameters supported | Validated in tests |\n");
        out.append("| --- | --- | --- | --- | --- |\n");
        for (Conformance.Implemented operation : conformance.implemented()) {
            out.append("| `")
                    .append(operation.operationId())
                    .append("` | `")
                    .append(operation.method())
                    .append(' ')
                    .append(operation.path())
                    .append("` | ")
                    .append(operation.api().stream()
                            .map(ConformanceMatrix::method)
                            .collect(Collectors.joining(", ")))
                    .append(" | ")
                    .append(parameters(operation))
                    .append(" | ")
                    .append(operation.validatedBy().isEmpty() ? "no" : "yes")
                    .append(" |\n");
        }
        out.append("\nNot used, on purpose:\n\n");
        out.append("| Operation | Request | Why not |\n");
        out.append("| --- | --- | --- |\n");
        for (Conformance.OutOfScope operation : conformance.outOfScope()) {
            out.append("| `")
                    .append(operation.operationId())
                    .append("` | `")
                    .append(operation.method())
                    .append(' ')
                    .append(operation.path())
                    .append("` | ")
                    .append(operation.reason())
                    .append(" |\n");
        }
        return out.toString();
    }

    /** {@code images.ImagesService#list} as {@code `ImagesService.list`}. */
    private static String method(String api) {
        String simple = api.substring(api.lastIndexOf('.') + 1).replace('#', '.');
        return "`" + simple + "`";
    }

    private static String parameters(Conformance.Implemented operation) {
        String supported = operation.parameters().isEmpty() ? "none" : codes(operation.parameters());
        if (operation.parametersNotSupported().isEmpty()) {
            return supported;
        }
        return supported + "; not "
                + operation.parametersNotSupported().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(entry -> "`" + entry.getKey() + "` (" + entry.getValue() + ")")
                        .collect(Collectors.joining(", "));
    }

    private static String codes(List<String> names) {
        return names.stream().map(name -> "`" + name + "`").collect(Collectors.joining(", "));
    }
}
