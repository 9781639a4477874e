package org.lianxin.platform.web;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.deputy.DeputyCodes;
import org.lianxin.platform.cache.Caches;
import org.lianxin.platform.cache.SharedCache;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class PublicPageCacheTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	DeputyCodes codes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Caches caches;

	@Test
	void a_cached_card_is_served_again_and_a_change_is_visible_at_once() throws Exception {
		long id = this.jdbc.sql("select id from deputy where name = '郑红霞'").query(Long.class).single();
		String code = this.codes.codeOf(Staff.load(this.accounts, "admin"), id);
		this.mvc.perform(get("/d/{code}", code)).andExpect(content().string(containsString("乡镇卫生院院长")));
		// a change behind the application's back is not seen while the page is cached:
		// proof it was cached
		this.jdbc.sql("update deputy set occupation = '数据库里改的' where id = ?").param(id).update();
		this.mvc.perform(get("/d/{code}", code))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().string(containsString("乡镇卫生院院长")));
		this.mvc
			.perform(post("/deputies/{id}", id).with(Staff.as(this.accounts, "office-210882"))
				.with(csrf())
				.param("name", "郑红霞")
				.param("occupation", "卫生院院长（已调任）"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/d/{code}", code))
			.andExpect(content().string(containsString("卫生院院长（已调任）")))
			.andExpect(content().string(not(containsString("乡镇卫生院院长"))));
	}

	@Test
	void the_public_project_page_is_kept_per_region_and_year_and_a_change_through_the_app_shows_at_once()
			throws Exception {
		var chosen = this.jdbc
			.sql("select id, region_code, year, title from project where state = 'CHOSEN' order by id limit 1")
			.query()
			.singleRow();
		String region = (String) chosen.get("region_code");
		String year = String.valueOf(chosen.get("year"));
		String title = (String) chosen.get("title");
		this.mvc.perform(get("/public/projects").param("region", region).param("year", year))
			.andExpect(content().string(containsString(title)));
		this.jdbc.sql("update project set title = '缓存检验项目' where id = ?").param(chosen.get("id")).update();
		try {
			// changed behind the application's back: still the kept page, proof it was
			// kept
			this.mvc.perform(get("/public/projects").param("region", region).param("year", year))
				.andExpect(status().isOk())
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(content().string(containsString(title)));
			// another year is another page
			this.mvc.perform(get("/public/projects").param("region", region).param("year", "2099"))
				.andExpect(content().string(not(containsString(title))));
			// what a change of the projects through the application does (the project
			// module's PublicProjectPages, for their region and year)
			this.caches.changed(SharedCache.PUBLIC_PROJECT_PAGES);
			this.mvc.perform(get("/public/projects").param("region", region).param("year", year))
				.andExpect(content().string(containsString("缓存检验项目")));
		}
		finally {
			this.jdbc.sql("update project set title = ? where id = ?").params(title, chosen.get("id")).update();
		}
	}

	@Test
	void a_reissued_code_answers_410_at_once_even_if_its_page_was_cached() throws Exception {
		long id = this.jdbc.sql("select id from deputy where name = '吴晓东'").query(Long.class).single();
		String old = this.codes.codeOf(Staff.load(this.accounts, "admin"), id);
		this.mvc.perform(get("/d/{code}", old)).andExpect(status().isOk());
		this.mvc.perform(
				post("/deputies/{id}/public-code/reissue", id).with(Staff.as(this.accounts, "admin")).with(csrf()));
		this.mvc.perform(get("/d/{code}", old)).andExpect(status().isGone());
	}

	@Test
	void a_flood_of_citizens_submissions_does_not_empty_the_cache() throws Exception {
		long id = this.jdbc.sql("select id from deputy where name = '王秀英'").query(Long.class).single();
		String code = this.codes.codeOf(Staff.load(this.accounts, "admin"), id);
		String occupation = this.jdbc.sql("select coalesce(occupation, '') from deputy where id = ?")
			.param(id)
			.query(String.class)
			.single();
		this.mvc.perform(get("/d/{code}", code)).andExpect(status().isOk());
		this.jdbc.sql("update deputy set occupation = '缓存检验' where id = ?").param(id).update();
		try {
			this.mvc
				.perform(post("/opinion/new").with(csrf())
					.param("d", code)
					.param("formToken", "cache-check")
					.param("categoryCode", "URBAN_CONSTRUCTION")
					.param("regionCode", "210802")
					.param("description", "缓存：提交不应清空二维码页面缓存")
					.param("phone", "13904170099"))
				.andExpect(status().is3xxRedirection());
			this.mvc.perform(get("/d/{code}", code)).andExpect(content().string(not(containsString("缓存检验"))));
		}
		finally {
			this.jdbc.sql("update deputy set occupation = ? where id = ?")
				.params(occupation.isEmpty() ? null : occupation, id)
				.update();
		}
	}

}
