package org.lianxin.region;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionTests {

	private final Region city = Region.create("210800", "营口市", RegionLevel.CITY, null);

	private final Region division = Region.create("210802", "站前区", RegionLevel.COUNTY, this.city);

	@Test
	void a_region_path_lists_its_ancestry() {
		Region town = Region.create("210802001", "八田地街道", RegionLevel.TOWN, this.division);
		assertThat(town.path()).isEqualTo("/210800/210802/210802001/");
		assertThat(town.depth()).isEqualTo(2);
		assertThat(this.city.depth()).isZero();
	}

	@Test
	void children_codes_start_with_the_significant_digits_of_the_parent() {
		assertThat(this.city.codePrefixForChildren()).isEqualTo("2108");
		assertThat(this.division.codePrefixForChildren()).isEqualTo("210802");
	}

	@Test
	void levels_nest_one_step_at_a_time() {
		assertThat(RegionLevel.COUNTY.canBeChildOf(RegionLevel.CITY)).isTrue();
		assertThat(RegionLevel.TOWN.canBeChildOf(RegionLevel.CITY)).isFalse();
		assertThat(RegionLevel.CITY.canBeChildOf(RegionLevel.COUNTY)).isFalse();
	}

}
