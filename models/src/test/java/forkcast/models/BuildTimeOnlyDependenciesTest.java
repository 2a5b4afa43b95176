package forkcast.models;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * record-builder generates the configurations' builders at compile time and is a {@code provided} dependency, so the
 * release does not carry it: no class of this module may refer to it (an option or annotation that keeps one of its
 * annotations in the class files, or a use of its classes, fails here).
 */
class BuildTimeOnlyDependenciesTest
{
    @Test
    void noClassNeedsRecordBuilderAtRunTime()
    {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("forkcast.models");
        noClasses().should().dependOnClassesThat().resideInAPackage("io.soabase..")
                .because("record-builder-core is provided: the release has no copy of it").check(classes);
    }
}
