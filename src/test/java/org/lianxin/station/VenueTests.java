package org.lianxin.station;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class VenueTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VenueRegistry venues;

	@Test
	void a_station_under_a_home_shows_its_stationed_deputies_on_its_public_page() throws Exception {
		this.mvc
			.perform(post("/venues").with(Staff.as(this.accounts, "office-210802"))
				.with(csrf())
				.param("kind", "DEPUTY_HOME")
				.param("name", "站前区代表之家")
				.param("regionCode", "210802"))
			.andExpect(redirectedUrlPattern("/venues/*"));
		long home = venue("站前区代表之家");
		this.mvc
			.perform(post("/venues").with(Staff.as(this.accounts, "office-210802"))
				.with(csrf())
				.param("kind", "LIAISON_STATION")
				.param("name", "八田地街道代表联络站")
				.param("parentId", String.valueOf(home))
				.param("regionCode", "210802001")
				.param("address", "营口市站前区八田地街道某社区服务中心二楼")
				.param("latitude", "40.666")
				.param("longitude", "122.235")
				.param("openingHours", "9:00–11:30")
				.param("receptionKind", "MONTHLY")
				.param("receptionDay", "20")
				.param("receptionMonths", "ALL")
				.param("holidayRule", "NEXT_WORKING_DAY")
				.param("contactPhone", "0417-2800000"))
			.andExpect(redirectedUrlPattern("/venues/*"));
		long station = venue("八田地街道代表联络站");
		long deputy = this.jdbc.sql("select id from deputy where name = '王秀英'").query(Long.class).single();
		this.mvc
			.perform(post("/venues/{id}/deputies", station).with(Staff.as(this.accounts, "office-210802"))
				.with(csrf())
				.param("deputyId", String.valueOf(deputy))
				.param("role", "HEAD"))
			.andExpect(flash().attribute("notice", "venue.deputy.stationed"));

		String code = this.venues.codeOf(station);
		this.mvc.perform(get("/v/{code}", code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("八田地街道代表联络站")))
			.andExpect(content().string(containsString("uri.amap.com/marker?position=122.235")))
			.andExpect(content().string(containsString("王秀英")))
			.andExpect(content().string(containsString("站长")))
			.andExpect(content().string(containsString("每月20日（遇节假日顺延至下一个工作日）")))
			.andExpect(content().string(containsString("/d/")));
		this.mvc.perform(get("/venues").with(Staff.as(this.accounts, "office-210802")))
			.andExpect(content().string(containsString("站前区代表之家")));
		this.mvc.perform(get("/venues/{id}", station).with(Staff.as(this.accounts, "office-210803")))
			.andExpect(status().isNotFound());
	}

	@Test
	void bad_venue_input_gets_field_messages_and_writes_nothing() throws Exception {
		long before = this.jdbc.sql("select count(*) from venue").query(Long.class).single();
		this.mvc
			.perform(post("/venues").with(Staff.as(this.accounts, "office-210804"))
				.with(csrf())
				.param("kind", "LIAISON_STATION")
				.param("name", "红海街道代表联络站")
				.param("regionCode", "210804001")
				.param("latitude", "40.2"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("经度和纬度须同时填写")));
		this.mvc
			.perform(post("/venues").with(Staff.as(this.accounts, "office-210804"))
				.with(csrf())
				.param("kind", "LIAISON_STATION")
				.param("name", "芦屯镇代表联络站")
				.param("regionCode", "210804101")
				.param("receptionKind", "WEEKLY")
				.param("receptionDay", "40"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写接待日的日期")));
		this.mvc
			.perform(post("/venues").with(Staff.as(this.accounts, "office-210804"))
				.with(csrf())
				.param("kind", "SPACESHIP")
				.param("name", "")
				.param("regionCode", "210802")
				.param("latitude", "200")
				.param("longitude", "east"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("alert-danger")));
		this.mvc
			.perform(post("/venues").with(Staff.as(this.accounts, "office-210804"))
				.with(csrf())
				.param("kind", "LIAISON_STATION")
				.param("name", "越界联络站")
				.param("regionCode", "210802"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请选择您数据范围内的区划")));
		assertThat(this.jdbc.sql("select count(*) from venue").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void a_region_prints_all_its_venues_in_one_document_with_their_qr_codes() throws Exception {
		int open = this.jdbc.sql("""
				select count(*) from venue v join region r on r.code = v.region_code
				where v.enabled and r.path like '/210800/210803/%'""").query(Integer.class).single();
		String page = this.mvc
			.perform(get("/venues/posters").param("region", "210803")
				.param("size", "A5")
				.with(Staff.as(this.accounts, "office-210803")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("size: A5")))
			.andExpect(content().string(containsString("清华街道人大代表联络站")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.split("class=\"poster\"", -1)).hasSize(open + 1);
		assertThat(page.split("<svg", -1)).hasSize(open + 1);
	}

	@Test
	void a_venue_is_checked_against_the_standards_administrators_define() throws Exception {
		long station = venue("清华街道人大代表联络站");
		this.mvc
			.perform(post("/venue-standards").with(Staff.as(this.accounts, "admin"))
				.with(csrf())
				.param("name", "有意见箱")
				.param("sortOrder", "90")
				.param("enabled", "true"))
			.andExpect(flash().attribute("notice", "standard.saved"));
		this.mvc
			.perform(post("/venue-standards").with(Staff.as(this.accounts, "office-210803"))
				.with(csrf())
				.param("name", "越权"))
			.andExpect(status().isForbidden());
		long place = this.jdbc.sql("select id from venue_standard where name = '有固定场所'").query(Long.class).single();
		long box = this.jdbc.sql("select id from venue_standard where name = '有意见箱'").query(Long.class).single();
		this.mvc
			.perform(post("/venues/{id}/standards", station).with(Staff.as(this.accounts, "office-210803"))
				.with(csrf())
				.param("met", String.valueOf(place), String.valueOf(box))
				.param("note_" + box, "门口已设"))
			.andExpect(flash().attribute("notice", "standard.checked"));
		this.mvc.perform(get("/venues/{id}", station).with(Staff.as(this.accounts, "office-210803")))
			.andExpect(content().string(containsString("2 / 9")))
			.andExpect(content().string(containsString("门口已设")));
		assertThat(this.jdbc.sql("select count(*) from venue_standard_state where venue_id = ? and not met")
			.param(station)
			.query(Integer.class)
			.single()).isEqualTo(7);
	}

	@Test
	void a_venue_photo_is_cleaned_and_shown_on_the_public_page() throws Exception {
		long station = venue("海星街道人大代表联络站");
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(800, 600,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", png);
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/venues/{id}/photo", station)
				.file(new org.springframework.mock.web.MockMultipartFile("photo", "station.png", "image/png",
						png.toByteArray()))
				.with(Staff.as(this.accounts, "office-210804"))
				.with(csrf()))
			.andExpect(flash().attribute("notice", "deputy.photo.saved"));
		String code = this.venues.codeOf(station);
		this.mvc.perform(get("/v/{code}", code))
			.andExpect(content().string(containsString("/v/" + code + "/photo.jpg")));
		this.mvc.perform(get("/v/{code}/photo.jpg", code))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Type", "image/jpeg"));
	}

	@Test
	void an_unknown_venue_code_is_a_friendly_404() throws Exception {
		this.mvc.perform(get("/v/ZZZZZZZZ")).andExpect(status().isNotFound());
	}

	private long venue(String name) {
		return this.jdbc.sql("select id from venue where name = ?").param(name).query(Long.class).single();
	}

}
