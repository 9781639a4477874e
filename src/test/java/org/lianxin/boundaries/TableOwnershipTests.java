package org.lianxin.boundaries;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Module lines hold in SQL too: a module's code names only its own tables, and reads
 * other modules' data through their views (DESIGN, CONVENTIONS).
 */
class TableOwnershipTests {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Path SOURCES = Path.of("src/main/java/org/lianxin");

	private static final Path FIXTURE = Path.of("src/test/resources/boundaries");

	@Test
	void every_module_names_only_its_own_tables() {
		TableOwnership ownership = TableOwnership.of(MIGRATIONS);
		assertThat(ownership.tables()).containsEntry("opinion", "opinion").containsEntry("region", "region");
		assertThat(ownership.violations(SOURCES)).isEmpty();
	}

	@Test
	void every_published_view_is_documented_by_its_module() {
		TableOwnership ownership = TableOwnership.of(MIGRATIONS);
		assertThat(ownership.views()).containsEntry("region_view", "region");
		assertThat(ownership.undocumentedViews(SOURCES)).isEmpty();
	}

	@Test
	void the_check_names_the_file_and_the_table_of_a_violation() {
		TableOwnership ownership = TableOwnership.of(FIXTURE.resolve("migration"));
		assertThat(ownership.tables()).containsEntry("parcel", "post").containsEntry("letter", "office");
		assertThat(ownership.views()).containsEntry("parcel_view", "post");
		assertThat(ownership.violations(FIXTURE.resolve("java"))).containsExactly(
				"office/LetterQueries.java:11 names table parcel of module post",
				"office/LetterQueries.java:14 names table parcel of module post");
		assertThat(ownership.undocumentedViews(FIXTURE.resolve("java")))
			.containsExactly("view parcel_view is not documented in post/package-info.java");
	}

}
