package org.diplomacygraph;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The packages under {@code org.diplomacygraph} form no cycle: features depend on shared kernels and
 * on each other in one direction only (agreement on meeting, person on organisation, activity on
 * both), so that each can be read, tested and changed from its dependencies up.
 */
class PackageCycleTests {

	static {
		// Outside a Spring context nothing configures logging; ArchUnit's start-up note is no news.
		((Logger) LoggerFactory.getLogger("com.tngtech.archunit")).setLevel(Level.WARN);
	}

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.diplomacygraph");

	@Test
	void featurePackagesAreFreeOfCycles() {
		slices().matching("org.diplomacygraph.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

}
