package org.lianxin.station;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.lianxin.station.internal.VenueDirectory;
import org.lianxin.LianxinTest;
import org.lianxin.deputy.DeputyDirectory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LianxinTest
class DirectoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	VenueDirectory venues;

	@Autowired
	DeputyDirectory deputies;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anyone_finds_a_deputy_by_name_region_or_district_without_contact_data() throws Exception {
		this.mvc.perform(get("/directory").param("q", "秀英"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("王秀英")))
			.andExpect(content().string(containsString("/d/")))
			.andExpect(content().string(not(containsString("0103"))));
		this.mvc.perform(get("/directory").param("region", "210803"))
			.andExpect(content().string(containsString("杨立新")))
			.andExpect(content().string(not(containsString("王秀英"))));
		this.mvc.perform(get("/directory").param("district", "熊岳镇")).andExpect(content().string(containsString("孙玉兰")));
	}

	@Test
	void the_directory_pages_through_every_deputy_of_a_division_and_says_how_many() throws Exception {
		long serving = this.jdbc
			.sql("select count(distinct m.deputy_id) from deputy_membership m where m.ended_on is null")
			.query(Long.class)
			.single();
		long pages = (serving + 19) / 20;
		assertThat(pages).as("enough deputies to need paging").isGreaterThan(1);
		this.mvc.perform(get("/directory").param("region", "210800"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共 " + serving + " 位代表 · 第 1/" + pages + " 页")))
			.andExpect(content().string(containsString("&amp;dp=2\"")));
		this.mvc.perform(get("/directory").param("region", "210800").param("dp", String.valueOf(pages)))
			.andExpect(content().string(containsString("第 " + pages + "/" + pages + " 页")))
			.andExpect(content().string(containsString("dp=" + (pages - 1))));
		Set<String> seen = new HashSet<>();
		long listed = 0;
		for (int page = 0; page < pages; page++) {
			var found = this.deputies.directory("", "210800", "", page * 20, 20);
			assertThat(found.total()).isEqualTo(serving);
			listed += found.entries().size();
			found.entries().forEach(entry -> seen.add(entry.name() + entry.seats() + entry.publicCode()));
		}
		assertThat(listed).isEqualTo(serving);
		assertThat(seen).hasSize((int) serving);
	}

	@Test
	void the_venue_list_says_how_many_there_are_and_pages_past_the_first_twenty() throws Exception {
		long open = this.jdbc.sql("select count(*) from venue where enabled").query(Long.class).single();
		this.mvc.perform(get("/directory"))
			.andExpect(content().string(containsString("共 " + open + " 个代表之家、联络站 · 第 1/")));
		var first = this.venues.nearby(null, null, null, 0, 2);
		var second = this.venues.nearby(null, null, null, 2, 2);
		assertThat(first.total()).isEqualTo(open);
		assertThat(first.venues()).extracting(VenueDirectory.NearbyVenue::publicCode)
			.doesNotContainAnyElementsOf(second.venues().stream().map(VenueDirectory.NearbyVenue::publicCode).toList());
	}

	@Test
	void the_nearest_venues_come_first_by_great_circle_distance() {
		// standing at 鲅鱼圈 (40.26N 122.12E): 海星街道 is a few km away, 站前区 over 40 km north
		var nearest = this.venues.nearby(40.2649, 122.1209, null, 0, 100).venues();
		assertThat(nearest.get(0).name()).isEqualTo("海星街道人大代表联络站");
		assertThat(nearest.get(0).distanceKm()).isLessThan(1.0);
		assertThat(nearest).extracting(VenueDirectory.NearbyVenue::distanceKm).isSorted();
		assertThat(nearest.stream().filter(v -> v.name().equals("站前区人大代表之家")).findFirst().orElseThrow().distanceKm())
			.isBetween(40.0, 50.0);
	}

	@Test
	void without_a_location_venues_of_a_chosen_town_are_listed_and_bad_coordinates_are_ignored() throws Exception {
		this.mvc.perform(get("/directory").param("region", "210804002"))
			.andExpect(content().string(containsString("海星街道人大代表联络站")))
			.andExpect(content().string(not(containsString("站前区人大代表之家"))));
		this.mvc.perform(get("/directory").param("lat", "999").param("lng", "abc")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/directory").param("lat", "999").param("lng", "10")).andExpect(status().isOk());
	}

}
