package org.lianxin.opinion;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.opinion.internal.RoutingRules;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@LianxinTest
class DemoRoutingTests {

	@Autowired
	RoutingRules rules;

	@Autowired
	OpinionCategories categories;

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_office_of_every_demo_division_gets_a_suggested_agency_for_every_category() {
		List<String> divisions = this.jdbc
			.sql("select code from region where code = '210800' or parent_code = '210800'")
			.query(String.class)
			.list();
		assertThat(divisions).hasSize(7);
		for (OpinionCategory category : this.categories.enabled()) {
			for (String division : divisions) {
				assertThat(this.rules.suggest(category.id(), division)).as("%s in %s", category.code(), division)
					.isPresent();
			}
			// a town's case takes its county's rule
			assertThat(this.rules.suggest(category.id(), "210802001")).as(category.code()).isPresent();
		}
		var housing = this.rules.suggest(this.categories.findByCode("URBAN_CONSTRUCTION").orElseThrow().id(), "210881");
		assertThat(housing.orElseThrow().agencyName()).isEqualTo("盖州市住房和城乡建设局");
	}

}
