package org.lianxin.suggestion;

import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.DataScopeKind;
import org.lianxin.account.NewStaffUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.deputy.DeputyAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 联名: a deputy files in the name of their deputy group; the group's serving members are
 * named co-signers, each still confirming on their own account. A group the deputy does
 * not serve in is refused and nothing is written.
 */
@LianxinTest
class JointFilingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DeputyAccounts deputyAccounts;

	static final String JOINT = "deputy-joint-filing";

	record Seat(long deputyId, long groupId, String regionCode, long congressId) {
	}

	@Test
	void a_deputy_files_in_the_name_of_their_group_and_its_members_become_co_signers() throws Exception {
		// a deputy of a group with other serving members, signing in with an account of
		// their own
		Seat seat = this.jdbc
			.sql("""
					select m.deputy_id, m.group_id, m.region_code, g.congress_id from deputy_seat_view m
					join deputy_group_view g on g.id = m.group_id
					where m.ended_on is null and m.deputy_id not in (select deputy_id from deputy_account_view)
					  and (select count(*) from deputy_seat_view o where o.group_id = m.group_id and o.ended_on is null) >= 2
					order by m.deputy_id limit 1""")
			.query(Seat.class)
			.single();
		this.accounts.createIfAbsent(new NewStaffUser(JOINT, "联名代表（测试）", seat.regionCode(), null,
				DataScopeKind.OWN_RECORDS, Set.of("DEPUTY")), Staff.DEMO_PASSWORD, true);
		this.deputyAccounts.link(Staff.load(this.accounts, JOINT).id(), seat.deputyId());
		long deputy = seat.deputyId();
		long group = seat.groupId();
		String name = this.jdbc.sql("select name from deputy_group_view where id = ?")
			.param(group)
			.query(String.class)
			.single();
		List<Long> members = this.jdbc
			.sql("select deputy_id from deputy_seat_view where group_id = ? and ended_on is null and deputy_id <> ?")
			.param(group)
			.param(deputy)
			.query(Long.class)
			.list();
		assertThat(members).isNotEmpty();

		this.mvc.perform(get("/suggestions/new").with(Staff.as(this.accounts, JOINT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("以“" + name + "”名义联名提出")));
		String created = this.mvc
			.perform(post("/api/v1/suggestions").with(Staff.as(this.accounts, JOINT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"title":"联名：关于增设社区助餐点的建议","body":"建议在老旧小区增设助餐点。","category":"URBAN",
						 "congressId":%d,"jointGroupId":%d}""".formatted(seat.congressId(), group)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();

		assertThat(this.jdbc.sql("select joint_group_name from suggestion where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo(name);
		this.mvc.perform(get("/api/v1/suggestions/" + id).with(Staff.as(this.accounts, JOINT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.coSigners.length()").value(members.size()))
			.andExpect(jsonPath("$.coSigners[*].confirmedOn")
				.value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue())))
			.andExpect(jsonPath("$.history[0].note").value(name + "联名"));
	}

	@Test
	void a_group_the_deputy_does_not_serve_in_is_refused_and_nothing_is_written() throws Exception {
		long deputy = deputyDemo();
		long foreign = this.jdbc.sql("""
				select g.id from deputy_group_view g
				where g.id not in (select group_id from deputy_seat_view where deputy_id = ? and group_id is not null)
				order by g.id limit 1""").param(deputy).query(Long.class).single();
		int before = count();
		this.mvc
			.perform(post("/api/v1/suggestions").with(Staff.as(this.accounts, "deputy-demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"title":"联名：别的小组","body":"内容","category":"URBAN","jointGroupId":%d}""".formatted(foreign)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value("只能以本人所在、属于同一届人大的代表小组名义联名提出"));
		assertThat(count()).isEqualTo(before);
	}

	private long deputyDemo() {
		return this.jdbc.sql("select deputy_id from deputy_account_view where user_id = ?")
			.param(Staff.load(this.accounts, "deputy-demo").id())
			.query(Long.class)
			.single();
	}

	private int count() {
		return this.jdbc.sql("select count(*) from suggestion").query(Integer.class).single();
	}

}
