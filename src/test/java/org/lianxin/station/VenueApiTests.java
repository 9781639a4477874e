package org.lianxin.station;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class VenueApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	VenueRegistry venues;

	@Test
	void anyone_lists_the_open_venues_of_a_region_with_public_fields_only() throws Exception {
		long closed = this.venues
			.createAsSystemIfAbsent(new VenueInput(VenueKind.LIAISON_STATION, "已停用的测试联络站", null, "210882", "大石桥市某路 1 号",
					new BigDecimal("40.63"), new BigDecimal("122.50"), null, "0417-5600000", false, null));
		String closedCode = this.venues.codeOf(closed);

		this.mvc.perform(get("/api/v1/venues").param("region", "210882").param("size", "500"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").isNotEmpty())
			.andExpect(jsonPath("$[*].regionCode", everyItem(startsWith("210882"))))
			.andExpect(jsonPath("$[*].publicCode", not(hasItem(closedCode))))
			.andExpect(jsonPath("$[0].publicUrl", startsWith("http://localhost:8080/v/")))
			.andExpect(jsonPath("$[0].id").doesNotExist())
			.andExpect(jsonPath("$[0].contactPhone").doesNotExist())
			.andExpect(jsonPath("$[0].enabled").doesNotExist());
	}

	@Test
	void each_public_item_links_to_the_page_its_code_opens() throws Exception {
		String code = this.mvc.perform(get("/api/v1/venues").param("region", "210802").param("size", "1"))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("(?s).*\"publicCode\":\"([^\"]+)\".*", "$1");
		this.mvc.perform(get("/api/v1/venues").param("region", "210802").param("size", "1"))
			.andExpect(jsonPath("$[0].publicUrl").value("http://localhost:8080/v/" + code));
		this.mvc.perform(get("/v/{code}", code)).andExpect(status().isOk());
	}

	@Test
	void staff_see_the_venues_of_their_scope_with_staff_fields_and_nothing_beyond() throws Exception {
		this.mvc.perform(get("/api/v1/venues").param("size", "500").with(Staff.as(this.accounts, "office-210804")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].regionCode", everyItem(startsWith("210804"))))
			.andExpect(jsonPath("$[0].id").isNumber())
			.andExpect(jsonPath("$[0].enabled").isBoolean());
		this.mvc.perform(get("/api/v1/venues").param("region", "210882").with(Staff.as(this.accounts, "office-210804")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void the_list_pages_with_a_next_page_header() throws Exception {
		this.mvc.perform(get("/api/v1/venues").param("size", "2"))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(header().string("X-Has-Next", "true"));
		this.mvc.perform(get("/api/v1/venues").param("size", "500").param("page", "50"))
			.andExpect(jsonPath("$.length()").value(0))
			.andExpect(header().string("X-Has-Next", "false"));
	}

	@Test
	void an_unknown_region_is_a_clear_400() throws Exception {
		this.mvc.perform(get("/api/v1/venues").param("region", "999999").header("Accept-Language", "zh-CN"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields.region").value("没有代码为 999999 的行政区划"));
		this.mvc.perform(get("/api/v1/venues").param("kind", "CASTLE"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").isNotEmpty());
	}

}
