package org.lianxin.station;

import org.junit.jupiter.api.Test;

import org.lianxin.station.internal.VenueDirectory;
import org.lianxin.LianxinTest;

import org.springframework.beans.factory.annotation.Autowired;
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
	void the_nearest_venues_come_first_by_great_circle_distance() {
		// standing at 鲅鱼圈 (40.26N 122.12E): 海星街道 is a few km away, 站前区 over 40 km north
		var nearest = this.venues.nearby(40.2649, 122.1209, null);
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
