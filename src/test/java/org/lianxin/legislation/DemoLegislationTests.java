package org.lianxin.legislation;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 西市区's demo point is the source's: its figures come out of the records the demo made.
 */
@LianxinTest
class DemoLegislationTests {

	private static final String DEMO_CONSULTATIONS = """
			select c.id from legislation_consultation c join venue_view v on v.id = c.point_id
			where v.name = '西市区基层立法联系点'""";

	@Autowired
	JdbcClient jdbc;

	@Test
	void xishi_has_54_information_points_157_informants_six_drafts_over_50_reported_opinions_and_4_adopted() {
		assertThat(count("""
				select count(*) from venue_view where kind = 'LEGISLATIVE_INFO_POINT'
				and parent_id = (select id from venue_view where name = '西市区基层立法联系点')""")).isEqualTo(54);
		// the demo's numbers are 1380417xxxx; the tests enrol others
		assertThat(count("""
				select count(*) from legislation_informant i join venue_view v on v.id = i.point_id
				where (v.name = '西市区基层立法联系点'
				       or v.parent_id = (select id from venue_view where name = '西市区基层立法联系点'))
				  and i.phone_masked like '138****%'""")).isEqualTo(157);
		assertThat(count("select count(*) from (" + DEMO_CONSULTATIONS + ") d")).isEqualTo(6);
		assertThat(count("select count(*) from legislation_merged_opinion where state in ('REPORTED', 'ANSWERED') "
				+ "and consultation_id in (" + DEMO_CONSULTATIONS + ")"))
			.isGreaterThan(50);
		assertThat(count("select count(*) from legislation_merged_opinion where outcome = 'ADOPTED' "
				+ "and consultation_id in (" + DEMO_CONSULTATIONS + ")"))
			.isEqualTo(4);
		assertThat(count("select count(*) from legislation_consultation where title = '营口市人才发展促进条例（草案）' "
				+ "and region_code = '210802' and stage = 'GATHERING'"))
			.isEqualTo(1);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
