package org.lianxin.survey;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.lianxin.Staff;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.DataScopeKind;
import org.lianxin.account.NewStaffUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.deputy.DeputyProfile;
import org.lianxin.deputy.DeputyRegistry;
import org.lianxin.deputy.Seat;
import org.lianxin.region.RegionManagement;
import org.lianxin.survey.Electorate;
import org.lianxin.survey.NewSurvey;
import org.lianxin.survey.SurveyItem;
import org.lianxin.survey.SurveyScale;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deputies of a fresh group of 老边区's congress, each with an account to vote with, and
 * surveys for them, so that every test counts its own electorate.
 */
public final class SurveyFixtures {

	static final String LAOBIAN = "210811";

	private static final AtomicInteger GROUPS = new AtomicInteger();

	private final DeputyRegistry registry;

	private final DeputyAccounts deputyAccounts;

	private final StaffAccounts accounts;

	private final RegionManagement regions;

	private final JdbcClient jdbc;

	public SurveyFixtures(DeputyRegistry registry, DeputyAccounts deputyAccounts, StaffAccounts accounts,
			RegionManagement regions, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.deputyAccounts = deputyAccounts;
		this.accounts = accounts;
		this.regions = regions;
	}

	/** A group of deputies who can sign in. */
	public record Group(long congressId, long groupId, List<CurrentUser> deputies, List<Long> deputyIds) {
	}

	public long congress() {
		return this.regions.congressesOf(LAOBIAN).get(0).id();
	}

	public Group group(String prefix, int size) {
		String name = prefix + "测评小组" + GROUPS.incrementAndGet() + "-" + System.nanoTime();
		List<CurrentUser> users = new ArrayList<>();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			long deputy = this.registry.registerAsSystem(
					new DeputyProfile(name.substring(0, Math.min(10, name.length())) + i, null, null, null, null, null,
							null, null, null),
					new Seat(congress(), "老边区第一选区", name, java.time.LocalDate.of(2021, 10, 1)));
			String username = "sv-" + Long.toString(System.nanoTime(), 36) + "-" + i;
			this.accounts.createIfAbsent(
					new NewStaffUser(username, "代表" + i, LAOBIAN, null, DataScopeKind.OWN_RECORDS, Set.of("DEPUTY")),
					Staff.DEMO_PASSWORD, true);
			CurrentUser user = Staff.load(this.accounts, username);
			this.deputyAccounts.link(user.id(), deputy);
			users.add(user);
			ids.add(deputy);
		}
		long groupId = this.jdbc.sql("select group_id from deputy_seat_view where deputy_id = ?")
			.param(ids.get(0))
			.query(Long.class)
			.single();
		return new Group(congress(), groupId, users, ids);
	}

	public static NewSurvey satisfaction(Group group, OffsetDateTime opens, OffsetDateTime closes, String... items) {
		return new NewSurvey(null, "老边区代表满意度测评", 2026, "满意度测评", SurveyScale.SATISFACTION, null, Electorate.GROUP,
				group.congressId(), group.groupId(), opens, closes, 1, new BigDecimal("80"),
				java.util.Arrays.stream(items).map(label -> new SurveyItem(label, null)).toList());
	}

}
