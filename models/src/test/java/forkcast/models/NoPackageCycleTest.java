package forkcast.models;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * No cycle among the forkcast packages this module sees (its own and those of the modules it depends on): each
 * package is a slice, and a cycle of any length between slices fails with the classes that close it.
 */
class NoPackageCycleTest
{
    @Test
    void forkcastPackagesHaveNoCycle()
    {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("forkcast");
        assertTrue(classes.stream().anyMatch(c -> c.getPackageName().startsWith("forkcast.models")),
                "this module's own classes were imported");
        slices().matching("forkcast.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void callsAndCallControlKnowNothingOfTheRecordingPackage()
    {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("forkcast.models");
        noClasses().that().resideInAnyPackage("forkcast.models.calls..", "forkcast.models.cucm..").should()
                .dependOnClassesThat().resideInAPackage("forkcast.models.recording..")
                .because("call control talks to recording through cucm.RecordingFunction").check(classes);
        noClasses().that().resideInAPackage("forkcast.models.calls..").should().dependOnClassesThat()
                .resideInAPackage("forkcast.models.cucm..").check(classes);
    }
}
