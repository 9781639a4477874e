package org.lianxin.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lianxin.deputy.DeputyProfile;
import org.lianxin.deputy.DeputyRegistry;
import org.lianxin.deputy.Gender;
import org.lianxin.deputy.Seat;
import org.lianxin.region.Congress;
import org.lianxin.region.Region;
import org.lianxin.region.RegionLevel;
import org.lianxin.region.RegionManagement;
import org.lianxin.station.ReceptionRule;
import org.lianxin.station.StationedRole;
import org.lianxin.station.VenueInput;
import org.lianxin.station.VenueKind;
import org.lianxin.station.VenueRegistry;

/**
 * The demo city at the size the source text reports — 大石桥: 21 homes, 17 stations, about
 * 1,070 deputies of three levels; 西市: 5 homes, 37 stations, 206 deputies; 鲅鱼圈: 7
 * stations; 盖州: 1 home and 27 stations — with plausible figures elsewhere. Names and
 * numbers come from a fixed seed, so every start generates the same city and a restart
 * adds nothing.
 */
final class GeneratedCity {

	private static final Logger log = LoggerFactory.getLogger(GeneratedCity.class);

	private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹易常武乔贺赖龚文关佟";

	private static final String GIVEN = "建国立新志强秀英桂兰淑珍玉梅海波春华丽娟晓东红霞德明文博雅静子涵浩然思远宏伟国庆丽华永平凤芝振华美玲金凤军卫东红艳";

	private static final List<String> OCCUPATIONS = List.of("社区党委书记", "村党支部书记", "教师", "医生", "企业负责人", "农民", "工人",
			"个体经营者", "律师", "工程师", "公务员", "退休干部");

	private static final List<String> PARTIES = List.of("中共党员", "中共党员", "中共党员", "群众", "民盟盟员", "九三学社社员", "民建会员");

	private static final List<String> ETHNICITIES = List.of("汉族", "汉族", "汉族", "汉族", "满族", "满族", "回族", "朝鲜族");

	/**
	 * Per division: deputies of the division's congress, deputies per town congress, city
	 * deputies from the division, deputy homes, liaison stations.
	 */
	private record Plan(int county, int perTown, int city, int homes, int stations) {
	}

	private static final Map<String, Plan> PLANS = Map.of("210802", new Plan(170, 0, 14, 3, 8), "210803",
			new Plan(186, 0, 20, 5, 37), "210804", new Plan(150, 25, 16, 2, 7), "210811", new Plan(120, 22, 12, 2, 6),
			"210881", new Plan(220, 14, 24, 1, 27), "210882", new Plan(260, 58, 56, 21, 17));

	private final RegionManagement regions;

	private final DeputyRegistry deputies;

	private final VenueRegistry venues;

	private final Random random = new Random(210800);

	GeneratedCity(RegionManagement regions, DeputyRegistry deputies, VenueRegistry venues) {
		this.regions = regions;
		this.deputies = deputies;
		this.venues = venues;
	}

	/**
	 * @param scale 1.0 for the figures above; tests use a small fraction
	 */
	int generate(double scale) {
		int added = 0;
		Congress city = this.regions.congressesOf(DemoData.CITY).get(0);
		for (String division : DemoData.DIVISIONS) {
			Plan plan = PLANS.get(division);
			List<Region> towns = this.regions.childrenOf(division);
			List<Region> townsWithCongress = towns.stream()
				.filter(t -> !this.regions.congressesOf(t.code()).isEmpty())
				.toList();
			Congress county = this.regions.congressesOf(division).get(0);
			List<Long> seated = new java.util.ArrayList<>();
			added += seat(county, count(plan.county(), scale), towns, "代表组", seated);
			for (Region town : townsWithCongress) {
				added += seat(this.regions.congressesOf(town.code()).get(0), count(plan.perTown(), scale),
						List.of(town), "代表小组", seated);
			}
			added += seat(city, count(plan.city(), scale), List.of(this.regions.get(division)), "代表团", seated);
			venues(division, towns, VenueKind.DEPUTY_HOME, count(plan.homes(), scale), seated);
			venues(division, towns, VenueKind.LIAISON_STATION, count(plan.stations(), scale), seated);
		}
		log.info("Demo city generated at scale {}: {} deputies added", scale, added);
		return added;
	}

	private int seat(Congress congress, int howMany, List<Region> areas, String groupSuffix, List<Long> seated) {
		int added = 0;
		LocalDate started = congress.termStart().plusDays(30);
		for (int i = 0; i < howMany; i++) {
			String name = name();
			Region area = areas.get(i % areas.size());
			Gender gender = this.random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
			String phone = "139" + String.format("%08d", this.random.nextInt(100_000_000));
			String occupation = pick(OCCUPATIONS);
			String party = pick(PARTIES);
			String ethnicity = pick(ETHNICITIES);
			int born = 1958 + this.random.nextInt(35);
			if (this.deputies.isSeated(name, congress.id())) {
				continue;
			}
			String groupName = (congress.regionCode().equals(DemoData.CITY) ? area.name() : area.name()) + groupSuffix;
			long id = this.deputies
				.registerAsSystem(
						new DeputyProfile(name, gender, ethnicity, born, party, occupation, area.name() + "某单位", phone,
								null),
						new Seat(congress.id(), area.name() + "第" + (i % 5 + 1) + "选区", groupName, started));
			seated.add(id);
			added++;
		}
		return added;
	}

	private void venues(String division, List<Region> towns, VenueKind kind, int howMany, List<Long> seated) {
		Region divisionRegion = this.regions.get(division);
		for (int i = 0; i < howMany; i++) {
			Region town = towns.isEmpty() ? divisionRegion : towns.get(i % towns.size());
			String name = town.name() + (kind == VenueKind.DEPUTY_HOME ? "人大代表之家" : "人大代表联络站")
					+ ((i >= towns.size()) ? "（" + (i / Math.max(1, towns.size()) + 1) + "）" : "");
			BigDecimal lat = BigDecimal.valueOf(40.0 + this.random.nextDouble() * 0.8)
				.setScale(6, RoundingMode.HALF_UP);
			BigDecimal lng = BigDecimal.valueOf(122.0 + this.random.nextDouble() * 0.6)
				.setScale(6, RoundingMode.HALF_UP);
			int day = (i % 2 == 0) ? 20 : 15;
			long venue = this.venues
				.createAsSystemIfAbsent(new VenueInput(kind, name, null, town.code(), town.name() + "综合服务中心", lat, lng,
						"9:00–11:30", null, true, new ReceptionRule(ReceptionRule.Kind.MONTHLY, day, null,
								ReceptionRule.Months.ALL, ReceptionRule.HolidayRule.NEXT_WORKING_DAY)));
			for (int k = 0; k < 3 && !seated.isEmpty(); k++) {
				long deputy = seated.get((i * 3 + k) % seated.size());
				this.venues.stationAsSystem(venue, deputy, (k == 0) ? StationedRole.HEAD : StationedRole.MEMBER);
			}
		}
	}

	private String name() {
		String surname = String.valueOf(SURNAMES.charAt(this.random.nextInt(SURNAMES.length())));
		int givenLength = (this.random.nextInt(4) == 0) ? 1 : 2;
		StringBuilder name = new StringBuilder(surname);
		for (int i = 0; i < givenLength; i++) {
			name.append(GIVEN.charAt(this.random.nextInt(GIVEN.length())));
		}
		return name.toString();
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private static int count(int full, double scale) {
		return (full == 0) ? 0 : Math.max(1, (int) Math.round(full * scale));
	}

}
