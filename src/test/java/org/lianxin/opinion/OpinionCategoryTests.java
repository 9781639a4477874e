package org.lianxin.opinion;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class OpinionCategoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	OpinionCategories categories;

	@Test
	void the_demo_city_offers_its_categories_in_order() {
		assertThat(this.categories.enabled()).extracting(OpinionCategory::code)
			.startsWith("URBAN_CONSTRUCTION", "TRAFFIC")
			.endsWith("OTHER");
		assertThat(this.categories.findByCode("ENVIRONMENT"))
			.hasValueSatisfying(c -> assertThat(c.allowsAnonymous()).isTrue());
	}

	@Test
	void an_administrator_adds_a_category_and_a_duplicate_name_is_refused() throws Exception {
		this.mvc
			.perform(post("/opinion-categories").with(Staff.as(this.accounts, "admin"))
				.with(csrf())
				.param("code", "HOUSING_REPAIR")
				.param("name", "房屋维修")
				.param("sortOrder", "15"))
			.andExpect(redirectedUrl("/opinion-categories"));
		assertThat(this.categories.findByCode("HOUSING_REPAIR")).isPresent();
		this.mvc
			.perform(post("/opinion-categories").with(Staff.as(this.accounts, "admin"))
				.with(csrf())
				.param("code", "HOUSING_REPAIR_2")
				.param("name", "房屋维修")
				.param("sortOrder", "16"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("分类名称 房屋维修 已存在")));
	}

	@Test
	void a_division_office_reads_the_categories_but_cannot_change_them() throws Exception {
		this.mvc.perform(get("/opinion-categories").with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("城市建设")));
		this.mvc.perform(get("/opinion-categories/new").with(Staff.as(this.accounts, "office-210802")))
			.andExpect(status().isForbidden());
	}

}
