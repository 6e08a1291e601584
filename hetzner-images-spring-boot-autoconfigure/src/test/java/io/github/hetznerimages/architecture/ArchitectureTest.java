package io.github.hetznerimages.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.springframework.util.ClassUtils;

/**
 * Keeps the library's shape: packages depend one way ({@code autoconfigure → images → client → error → root}),
 * without cycles; the transport shows at most four public types; every package is {@code @NullMarked}; wire
 * envelopes stay package-private.
 */
class ArchitectureTest {

    private static final String BASE = "io.github.hetznerimages";

    private static final JavaClasses LIBRARY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void packagesDependOneWayOnly() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("autoconfigure")
                .definedBy(BASE + ".autoconfigure..")
                .layer("images")
                .definedBy(BASE + ".images..")
                .layer("client")
                .definedBy(BASE + ".client..")
                .layer("error")
                .definedBy(BASE + ".error..")
                .layer("vocabulary")
                .definedBy(BASE)
                .whereLayer("autoconfigure")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("images")
                .mayOnlyBeAccessedByLayers("autoconfigure")
                .whereLayer("client")
                .mayOnlyBeAccessedByLayers("images", "autoconfigure")
                .whereLayer("error")
                .mayOnlyBeAccessedByLayers("client", "images", "autoconfigure")
                .whereLayer("vocabulary")
                .mayOnlyBeAccessedByLayers("error", "client", "images", "autoconfigure")
                .check(LIBRARY);
    }

    @Test
    void noPackageCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(LIBRARY);
    }

    @Test
    void theTransportShowsAtMostFourPublicTypes() {
        List<String> publicTypes = LIBRARY.stream()
                .filter(type -> type.getPackageName().equals(BASE + ".client"))
                .filter(JavaClass::isTopLevelClass)
                .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
                .map(JavaClass::getSimpleName)
                .sorted()
                .toList();

        assertThat(publicTypes).hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void wireEnvelopesAndBodiesArePackagePrivate() {
        List<String> exposed = LIBRARY.stream()
                .filter(type -> type.getSimpleName().endsWith("Envelope")
                        || type.getSimpleName().endsWith("Body"))
                .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
                .map(JavaClass::getName)
                .toList();

        assertThat(exposed).isEmpty();
    }

    @Test
    void everyPackageIsNullMarked() {
        Set<String> packages =
                LIBRARY.stream().map(JavaClass::getPackageName).collect(Collectors.toCollection(TreeSet::new));

        assertThat(packages).contains(BASE, BASE + ".images", BASE + ".client", BASE + ".error");
        assertThat(packages)
                .allSatisfy(name -> assertThat(ClassUtils.resolveClassName(
                                        name + ".package-info", getClass().getClassLoader())
                                .isAnnotationPresent(NullMarked.class))
                        .as(name + " is @NullMarked")
                        .isTrue());
    }
}
