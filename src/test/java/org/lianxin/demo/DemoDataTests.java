package org.lianxin.demo;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@LianxinTest
class DemoDataTests {

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_demo_city_has_yingkou_its_six_divisions_their_towns_and_congresses() {
		assertThat(count("select count(*) from region where parent_code = '210800'")).isEqualTo(6);
		assertThat(count("select count(*) from region where level = 'TOWN'")).isGreaterThan(50);
		assertThat(this.jdbc.sql("select name from congress where region_code = '210800'").query(String.class).single())
			.isEqualTo("营口市人民代表大会");
		assertThat(count("select count(*) from staff_user where username like 'office-%'")).isEqualTo(6);
		assertThat(count("select count(*) from staff_user where username like 'agency-%' and agency_id is not null"))
			.isEqualTo(6);
	}

	@Test
	void loading_the_demo_again_adds_nothing() {
		String before = counts();
		this.demo.run(null);
		assertThat(counts()).isEqualTo(before);
	}

	private String counts() {
		return this.jdbc.sql("""
				select (select count(*) from region) || '/' || (select count(*) from congress) || '/'
				    || (select count(*) from agency) || '/' || (select count(*) from staff_user) || '/'
				    || (select count(*) from role_permission) || '/' || (select count(*) from user_role) || '/'
				    || (select count(*) from opinion_category) || '/' || (select count(*) from deputy) || '/'
				    || (select count(*) from deputy_membership) || '/' || (select count(*) from venue) || '/'
				    || (select count(*) from venue_deputy)""").query(String.class).single();
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

}
