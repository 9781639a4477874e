package org.lianxin.project;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;
import org.lianxin.deputy.DeputyCodes;
import org.lianxin.platform.cache.Caches;
import org.lianxin.platform.cache.SharedCache;
import org.lianxin.project.internal.Projects;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public projects page as the cache keeps it (issue 14 review): a change of a project
 * renders the pages of its region and year anew and leaves the others kept, a vote or
 * another module's change leaves them all, and a kept page carries the same headers
 * (Content-Security-Policy and the rest) as when it was rendered.
 */
@LianxinTest
class PublicProjectPageCacheTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	Projects projects;

	@Autowired
	DeputyCodes codes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Caches caches;

	@Test
	void a_change_of_a_project_renders_its_region_and_year_anew_and_leaves_other_pages_kept() throws Exception {
		Map<String, Object> laobian = chosenIn("210811");
		Map<String, Object> gaizhou = chosenIn("210881");
		page(laobian).andExpect(content().string(containsString((String) laobian.get("title"))));
		page(gaizhou).andExpect(content().string(containsString((String) gaizhou.get("title"))));
		rename(laobian, "老边缓存检验");
		rename(gaizhou, "盖州缓存检验");
		try {
			// a staff change in another module (a deputy's page) leaves the projects
			// pages
			long deputy = this.jdbc.sql("select id from deputy where name = '郑红霞'").query(Long.class).single();
			String occupation = this.jdbc.sql("select coalesce(occupation, '') from deputy where id = ?")
				.param(deputy)
				.query(String.class)
				.single();
			this.mvc
				.perform(post("/deputies/{id}", deputy).with(Staff.as(this.accounts, "office-210882"))
					.with(csrf())
					.param("name", "郑红霞")
					.param("occupation", occupation))
				.andExpect(status().is3xxRedirection());
			page(laobian).andExpect(content().string(not(containsString("老边缓存检验"))));

			// a change of the 老边 project through the application: its pages anew, 盖州's
			// kept
			// the city's page of that year (which lists 老边's projects among others, not
			// necessarily on its first page) is kept, then forgotten with 老边's
			String city = "zh:p/public/projects?region=210800&year=" + laobian.get("year");
			this.mvc.perform(get("/public/projects").param("region", "210800")
				.param("year", String.valueOf(laobian.get("year"))));
			assertThat(this.caches.<String, Object>of(SharedCache.PUBLIC_PROJECT_PAGES).getIfPresent(city)).isNotNull();
			this.projects.money(Staff.load(this.accounts, "office-210811"), ((Number) laobian.get("id")).longValue(),
					BigDecimal.ONE, BigDecimal.ONE);
			page(laobian).andExpect(content().string(containsString("老边缓存检验")));
			assertThat(this.caches.<String, Object>of(SharedCache.PUBLIC_PROJECT_PAGES).getIfPresent(city)).isNull();
			page(gaizhou).andExpect(content().string(not(containsString("盖州缓存检验"))));
		}
		finally {
			rename(laobian, (String) laobian.get("title"));
			rename(gaizhou, (String) gaizhou.get("title"));
			this.caches.changed(SharedCache.PUBLIC_PROJECT_PAGES);
		}
	}

	@Test
	void a_kept_page_carries_the_same_headers_as_when_it_was_rendered() throws Exception {
		this.caches.changed(SharedCache.PUBLIC_PROJECT_PAGES);
		this.caches.changed(SharedCache.PUBLIC_PAGES);
		long deputy = this.jdbc.sql("select id from deputy where name = '王秀英'").query(Long.class).single();
		String code = this.codes.codeOf(Staff.load(this.accounts, "admin"), deputy);
		for (MockHttpServletRequestBuilder request : List
			.of(get("/public/projects").param("region", "210811").param("year", "2026"), get("/d/{code}", code))) {
			MockHttpServletResponse rendered = this.mvc.perform(request).andReturn().getResponse();
			MockHttpServletResponse kept = this.mvc.perform(request).andReturn().getResponse();
			assertThat(rendered.getHeader("Content-Security-Policy")).contains("script-src 'self'");
			assertThat(headers(kept)).isEqualTo(headers(rendered));
			assertThat(kept.getContentAsString()).isEqualTo(rendered.getContentAsString());
		}
	}

	private static Map<String, List<String>> headers(MockHttpServletResponse response) {
		Map<String, List<String>> headers = new TreeMap<>();
		response.getHeaderNames()
			.stream()
			.filter(name -> !name.equalsIgnoreCase("Set-Cookie"))
			.forEach(name -> headers.put(name, response.getHeaders(name)));
		return headers;
	}

	private Map<String, Object> chosenIn(String division) {
		return this.jdbc.sql("""
				select id, region_code, year, title from project
				where state = 'CHOSEN' and region_code = ? order by year desc, id limit 1""")
			.param(division)
			.query()
			.singleRow();
	}

	private org.springframework.test.web.servlet.ResultActions page(Map<String, Object> project) throws Exception {
		return this.mvc.perform(get("/public/projects").param("region", (String) project.get("region_code"))
			.param("year", String.valueOf(project.get("year"))));
	}

	private void rename(Map<String, Object> project, String title) {
		this.jdbc.sql("update project set title = ? where id = ?").params(title, project.get("id")).update();
	}

}
