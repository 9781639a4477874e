package org.lianxin.boundaries;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A module's root package holds what other modules use, and nothing else. */
class ApiSurfaceTests {

	@Test
	void every_public_type_in_a_module_root_is_used_by_another_module() {
		JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.lianxin");
		assertThat(ApiSurface.unusedPublicTypes(main, "org.lianxin")).isEmpty();
	}

	@Test
	void the_check_names_a_public_type_no_other_module_uses() {
		String fixture = "org.lianxin.boundaries.surface";
		JavaClasses classes = new ClassFileImporter().importPackages(fixture);
		assertThat(ApiSurface.unusedPublicTypes(classes, fixture)).containsExactly(fixture + ".post.Postmark",
				fixture + ".post.Sorting");
	}

}
