package cn.tongxin.graph;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The packages' dependencies run one way: features on {@code system}, never the reverse, and no cycle between any
 * two packages. Read from the compiled classes, without Spring or Neo4j.
 */
class PackageDependencyTests {

	static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("cn.tongxin.graph");

	@Test
	void noCycleBetweenPackages() {
		slices().matching("cn.tongxin.graph.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void systemDependsOnNoFeature() {
		noClasses().that().resideInAPackage("cn.tongxin.graph.system..")
			.should().dependOnClassesThat(resideInAPackage("cn.tongxin.graph..")
				.and(resideOutsideOfPackage("cn.tongxin.graph.system..")))
			.check(CLASSES);
	}

}
