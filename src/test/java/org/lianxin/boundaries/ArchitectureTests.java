package org.lianxin.boundaries;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.lianxin.LianxinApplication;

import com.tngtech.archunit.core.importer.ImportOption;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The module structure, checked and written down from one model of the code: Spring
 * Modulith's rules (no cycles, only other modules' APIs), roots that hold only an API,
 * and docs/ARCHITECTURE.md with the diagram Spring Modulith's Documenter draws. Each rule
 * is also run over a small application in {@code fixtures} that breaks it.
 */
class ArchitectureTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(LianxinApplication.class);

	@Test
	void modules_only_use_each_others_public_api_and_form_no_cycles() {
		MODULES.verify();
	}

	@Test
	void verify_refuses_a_cycle() {
		assertThatExceptionOfType(Violations.class).isThrownBy(() -> modulesOf("fixtures.cycle").verify())
			.withMessageContaining("Cycle detected");
	}

	@Test
	void every_public_type_in_a_module_root_is_used_by_another_module() {
		assertThat(ApiSurface.unusedPublicTypes(MODULES)).isEmpty();
	}

	@Test
	void the_api_surface_check_names_a_public_type_no_other_module_uses() {
		assertThat(ApiSurface.unusedPublicTypes(modulesOf("fixtures.surface")))
			.containsExactly("fixtures.surface.post.Postmark", "fixtures.surface.post.Sorting");
	}

	@Test
	void the_architecture_document_matches_the_code() throws IOException {
		Path document = Path.of("docs/ARCHITECTURE.md");
		assertThat(ArchitectureDocument.refresh(MODULES, document))
			.as("docs/ARCHITECTURE.md was out of date and has been rewritten from the code: review and commit it")
			.isFalse();
	}

	/** The modules of a fixture application, which lives in the test classes. */
	private static ApplicationModules modulesOf(String basePackage) {
		return ApplicationModules.of(basePackage, (ImportOption) location -> true);
	}

}
