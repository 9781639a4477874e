package org.lianxin.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lianxin.account.DataScopeKind;
import org.lianxin.account.NewStaffUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.agency.Agency;
import org.lianxin.agency.AgencyKind;
import org.lianxin.agency.AgencyManagement;
import org.lianxin.deputy.DeputyProfile;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.deputy.DeputyGroups;
import org.lianxin.deputy.DeputyRegistry;
import org.lianxin.deputy.Gender;
import org.lianxin.deputy.Seat;
import org.lianxin.legislation.LegislativeSteps;
import org.lianxin.opinion.OpinionCategories;
import org.lianxin.opinion.OpinionIntake;
import org.lianxin.opinion.OpinionWorkflow;
import org.lianxin.workday.WorkdayCalendar;
import org.lianxin.region.RegionLevel;
import org.lianxin.station.ReceptionRule;
import org.lianxin.station.StationedRole;
import org.lianxin.station.VenueInput;
import org.lianxin.station.VenueKind;
import org.lianxin.station.VenueRegistry;
import org.lianxin.region.RegionManagement;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the Yingkou demo city. Every step skips what is already there, so a restart
 * changes nothing and a half-finished earlier load is completed.
 */
@Component
@Profile("demo")
@Order(0)
class DemoData implements ApplicationRunner {

	/**
	 * The published password of every demo account; the prod profile refuses to run with
	 * it.
	 */
	static final String DEMO_PASSWORD = "Lianxin#2026";

	static final String CITY = "210800";

	static final List<String> DIVISIONS = List.of("210802", "210803", "210804", "210811", "210881", "210882");

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final RegionManagement regions;

	private final AgencyManagement agencies;

	private final StaffAccounts accounts;

	private final OpinionCategories categories;

	private final DeputyRegistry deputies;

	private final VenueRegistry venues;

	/** 1.0 generates the city at the source text's size; tests use a small fraction. */
	private final double scale;

	private final OpinionIntake intake;

	private final OpinionWorkflow workflow;

	private final WorkdayCalendar calendar;

	private final DeputyAccounts deputyAccounts;

	private final DeputyGroups groups;

	private final LegislativeSteps legislation;

	DemoData(RegionManagement regions, AgencyManagement agencies, StaffAccounts accounts, OpinionCategories categories,
			DeputyRegistry deputies, VenueRegistry venues, OpinionIntake intake, OpinionWorkflow workflow,
			WorkdayCalendar calendar, DeputyAccounts deputyAccounts, DeputyGroups groups, LegislativeSteps legislation,
			@org.springframework.beans.factory.annotation.Value("${lianxin.demo.scale:1.0}") double scale) {
		this.regions = regions;
		this.agencies = agencies;
		this.accounts = accounts;
		this.categories = categories;
		this.deputies = deputies;
		this.venues = venues;
		this.scale = scale;
		this.intake = intake;
		this.workflow = workflow;
		this.calendar = calendar;
		this.deputyAccounts = deputyAccounts;
		this.groups = groups;
		this.legislation = legislation;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		int regionsAdded = loadRegions();
		loadCongresses();
		int agenciesAdded = loadAgencies();
		int categoriesAdded = loadCategories();
		int deputiesAdded = loadDeputies();
		loadVenues();
		new DemoRoutingRules(this.agencies, this.categories).load();
		new GeneratedCity(this.regions, this.deputies, this.venues).generate(this.scale);
		int usersAdded = loadUsers();
		// the demo deputy signs in as 王秀英 of 站前区: their duties, their records
		this.deputyAccounts.linkByName(this.accounts.findByUsername("deputy-demo").orElseThrow().id(), "王秀英");
		// …who leads 八田地街道代表小组, which the demo liaison looks after
		this.groups.arrangeByName("八田地街道代表小组", "王秀英", this.accounts.findByUsername("liaison-demo").orElseThrow().id());
		new DemoOpinions(this.intake, this.workflow, this.accounts, this.regions, this.calendar)
			.generate(this.categories.enabled(), this.scale);
		new DemoLegislation(this.legislation, this.venues, this.regions, this.accounts, this.calendar).load();
		log.info("Demo data for Yingkou: {} regions, {} agencies, {} opinion categories, {} deputies, {} users added",
				regionsAdded, agenciesAdded, categoriesAdded, deputiesAdded, usersAdded);
	}

	private int loadRegions() {
		int added = 0;
		for (Map<String, String> row : DemoCsv.read("regions.csv")) {
			if (this.regions.find(row.get("code")).isEmpty()) {
				this.regions.create(row.get("code"), row.get("name"), RegionLevel.valueOf(row.get("level")),
						row.get("parent_code"));
				added++;
			}
		}
		return added;
	}

	private void loadCongresses() {
		for (Map<String, String> row : DemoCsv.read("congresses.csv")) {
			this.regions.addCongressTerm(row.get("region_code"), row.get("name"),
					Integer.parseInt(row.get("term_number")), LocalDate.parse(row.get("term_start")),
					LocalDate.parse(row.get("term_end")));
		}
	}

	private int loadAgencies() {
		int added = 0;
		for (Map<String, String> row : DemoCsv.read("agencies.csv")) {
			if (this.agencies.findByCode(row.get("code")).isEmpty()) {
				this.agencies.createAsSystem(row.get("code"), row.get("name"), AgencyKind.valueOf(row.get("kind")),
						row.get("region_code"));
				added++;
			}
		}
		return added;
	}

	private int loadCategories() {
		int added = 0;
		for (Map<String, String> row : DemoCsv.read("opinion-categories.csv")) {
			if (this.categories.findByCode(row.get("code")).isEmpty()) {
				this.categories.create(row.get("code"), row.get("name"), row.get("description"),
						Boolean.parseBoolean(row.get("allows_anonymous")), Integer.parseInt(row.get("sort_order")));
				added++;
			}
		}
		return added;
	}

	private int loadDeputies() {
		int added = 0;
		for (Map<String, String> row : DemoCsv.read("deputies.csv")) {
			long congressId = this.regions.congressesOf(row.get("congress_region")).get(0).id();
			if (this.deputies.isSeated(row.get("name"), congressId)) {
				continue;
			}
			this.deputies.registerAsSystem(
					new DeputyProfile(row.get("name"), Gender.valueOf(row.get("gender")), row.get("ethnicity"),
							Integer.valueOf(row.get("birth_year")), row.get("party"), row.get("occupation"),
							row.get("employer"), row.get("phone"), null),
					new Seat(congressId, row.get("electoral_district"), row.get("group"),
							LocalDate.parse(row.get("started_on"))));
			added++;
		}
		return added;
	}

	private void loadVenues() {
		Map<String, Long> byName = new java.util.HashMap<>();
		for (Map<String, String> row : DemoCsv.read("venues.csv")) {
			Long parent = row.get("parent").isEmpty() ? null : byName.get(row.get("parent"));
			long id = this.venues.createAsSystemIfAbsent(new VenueInput(VenueKind.valueOf(row.get("kind")),
					row.get("name"), parent, row.get("region_code"), row.get("address"),
					new java.math.BigDecimal(row.get("latitude")), new java.math.BigDecimal(row.get("longitude")),
					row.get("opening_hours"), row.get("contact_phone"), true, reception(row.get("reception"))));
			byName.put(row.get("name"), id);
			for (String stationed : row.get("deputies").split(";")) {
				String[] nameAndRole = stationed.split(":");
				this.deputies.findIdByName(nameAndRole[0])
					.ifPresent(
							deputy -> this.venues.stationAsSystem(id, deputy, StationedRole.valueOf(nameAndRole[1])));
			}
		}
	}

	/**
	 * "MONTHLY:20", "WEEKLY:2" or "MONTHLY:15:ODD", moved to the next working day on
	 * holidays.
	 */
	private static ReceptionRule reception(String text) {
		String[] parts = text.split(":");
		ReceptionRule.Kind kind = ReceptionRule.Kind.valueOf(parts[0]);
		int day = Integer.parseInt(parts[1]);
		ReceptionRule.Months months = (parts.length > 2) ? ReceptionRule.Months.valueOf(parts[2])
				: ReceptionRule.Months.ALL;
		return new ReceptionRule(kind, (kind == ReceptionRule.Kind.MONTHLY) ? day : null,
				(kind == ReceptionRule.Kind.WEEKLY) ? day : null, months, ReceptionRule.HolidayRule.NEXT_WORKING_DAY);
	}

	private int loadUsers() {
		int added = 0;
		added += create(
				new NewStaffUser("admin", "市人大常委会管理员", CITY, null, DataScopeKind.ALL, Set.of(DemoRoles.CITY_ADMIN)));
		for (String division : DIVISIONS) {
			String name = this.regions.get(division).name();
			added += create(new NewStaffUser("office-" + division, name + "人大常委会办公室", division, null,
					DataScopeKind.REGION_AND_BELOW, Set.of(DemoRoles.CONGRESS_OFFICE)));
			Agency agency = firstAgencyOf(division);
			added += create(new NewStaffUser("agency-" + division, agency.name() + "经办人", division, agency.id(),
					DataScopeKind.OWN_AGENCY, Set.of(DemoRoles.AGENCY_HANDLER)));
		}
		added += create(new NewStaffUser("station-demo", "海星街道代表联络站管理员", "210804002", null, DataScopeKind.OWN_REGION,
				Set.of(DemoRoles.STATION_ADMIN)));
		added += create(new NewStaffUser("liaison-demo", "八田地街道代表小组联络员", "210802", null, DataScopeKind.OWN_GROUPS,
				Set.of(DemoRoles.GROUP_LIAISON)));
		added += create(new NewStaffUser("deputy-demo", "站前区人大代表（演示）", "210802", null, DataScopeKind.OWN_RECORDS,
				Set.of(DemoRoles.DEPUTY)));
		return added;
	}

	private int create(NewStaffUser user) {
		return this.accounts.createIfAbsent(user, DEMO_PASSWORD, true) ? 1 : 0;
	}

	/** The handler of each division works in its first listed government department. */
	private Agency firstAgencyOf(String division) {
		String code = DemoCsv.read("agencies.csv")
			.stream()
			.filter(row -> row.get("region_code").equals(division))
			.map(row -> row.get("code"))
			.findFirst()
			.orElseThrow();
		return this.agencies.findByCode(code).orElseThrow();
	}

}
