package org.lianxin.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;
import org.lianxin.Staff;
import org.lianxin.account.StaffAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A group liaison (the demo's {@code liaison-demo}, of 八田地街道代表小组) enters and verifies the
 * duty records of the group's deputies and sees no one else's.
 */
@LianxinTest
class GroupLiaisonTests {

	private static final String GROUP = "八田地街道代表小组";

	@Autowired
	MockMvc mvc;

	/**
	 * The deployment's clock: "today" is Beijing's, which is not the JVM's near midnight.
	 */
	@Autowired
	Clock clock;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_liaison_sees_enters_and_verifies_only_their_groups_records() throws Exception {
		long wang = deputy("王秀英");
		long outsider = this.jdbc
			.sql("""
					select d.id from deputy d join deputy_membership m on m.deputy_id = d.id
					where m.region_code = '210802' and m.ended_on is null and d.id not in (
					    select m2.deputy_id from deputy_membership m2 join deputy_group g on g.id = m2.group_id where g.name = ?)
					order by d.id limit 1""")
			.param(GROUP)
			.query(Long.class)
			.single();
		// the office enters a record for a 站前区 deputy of another group: not the
		// liaison's
		String theirs = created(json("office-210802", "/api/v1/duty/records", """
				{"type":"INSPECTION","date":"%s","title":"联络员看不到的视察","deputyIds":[%d]}"""
			.formatted(LocalDate.now(this.clock), outsider)));
		String mine = created(json("deputy-demo", "/api/v1/duty/records", """
				{"type":"GROUP_ACTIVITY","date":"%s","title":"参加八田地小组活动"}""".formatted(LocalDate.now(this.clock))));

		this.mvc.perform(as("liaison-demo", get("/api/v1/duty/records/" + JsonPath.read(theirs, "$.id"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(as("liaison-demo", get("/api/v1/duty/records")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].title", hasItem("参加八田地小组活动")))
			.andExpect(jsonPath("$[*].title", not(hasItem("联络员看不到的视察"))));
		long group = this.jdbc.sql("select id from deputy_group where name = ?")
			.param(GROUP)
			.query(Long.class)
			.single();
		this.mvc.perform(as("office-210802", get("/api/v1/duty/records").param("group", String.valueOf(group))))
			.andExpect(jsonPath("$[*].title", hasItem("参加八田地小组活动")))
			.andExpect(jsonPath("$[*].title", not(hasItem("联络员看不到的视察"))));
		this.mvc.perform(as("liaison-demo", post("/api/v1/duty/records/" + JsonPath.read(mine, "$.id") + "/verify")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("VERIFIED"));
		this.mvc.perform(as("liaison-demo", post("/api/v1/duty/records/" + JsonPath.read(theirs, "$.id") + "/verify")))
			.andExpect(status().isNotFound());

		// entering for many at once: only the group's deputies
		long before = this.jdbc.sql("select count(*) from duty_record").query(Long.class).single();
		this.mvc
			.perform(json("liaison-demo", "/api/v1/duty/records",
					"""
							{"type":"GROUP_ACTIVITY","date":"%s","title":"小组集中学习","deputyIds":[%d,%d]}"""
						.formatted(LocalDate.now(this.clock), wang, outsider)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.fields.deputyIds").value("只能为您联系的代表登记履职"));
		assertThat(this.jdbc.sql("select count(*) from duty_record").query(Long.class).single()).isEqualTo(before);
		this.mvc
			.perform(json("liaison-demo", "/api/v1/duty/records",
					"""
							{"type":"GROUP_ACTIVITY","date":"%s","title":"小组集中学习","deputyIds":[%d]}"""
						.formatted(LocalDate.now(this.clock), wang)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.deputyNames").value("王秀英"));

		// the deputies list and the group's 三表一报 hold the group's deputies only
		List<Long> members = this.jdbc.sql("""
				select m.deputy_id from deputy_membership m join deputy_group g on g.id = m.group_id
				where g.name = ? and m.ended_on is null""").param(GROUP).query(Long.class).list();
		this.mvc.perform(as("liaison-demo", get("/api/v1/duty/daily-report")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[*].deputyId", hasItem((int) wang)))
			.andExpect(jsonPath("$.lines[*].deputyId", everyItem(in(members.stream().map(Long::intValue).toList()))));
		this.mvc.perform(as("liaison-demo", get("/deputies")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("王秀英")))
			.andExpect(content().string(not(containsString(this.jdbc.sql("select name from deputy where id = ?")
				.param(outsider)
				.query(String.class)
				.single()))));
		this.mvc.perform(as("liaison-demo", get("/duty/record-types"))).andExpect(status().isForbidden());
	}

	@Test
	void a_liaison_leaves_former_members_and_other_groups_deputies_to_the_office() throws Exception {
		long wang = deputy("王秀英");
		long group = this.jdbc.sql("select id from deputy_group where name = ?")
			.param(GROUP)
			.query(Long.class)
			.single();
		// a 站前区 deputy of another group, and one who sat in this group until last year
		long other = this.jdbc.sql("""
				select d.id from deputy d join deputy_membership m on m.deputy_id = d.id
				where m.region_code = '210802' and m.ended_on is null and m.group_id is distinct from ?
				  and d.id not in (select deputy_id from deputy_membership where group_id = ?)
				order by d.id limit 1""").params(group, group).query(Long.class).single();
		long former = this.jdbc
			.sql("""
					insert into deputy_membership (deputy_id, congress_id, region_code, group_id, started_on, ended_on, end_reason)
					select ?, congress_id, region_code, group_id, date '2021-11-15', date '2024-12-31', '调离'
					from deputy_membership where deputy_id = ? and group_id = ? limit 1 returning deputy_id""")
			.params(other, wang, group)
			.query(Long.class)
			.single();
		this.mvc
			.perform(json("liaison-demo", "/api/v1/duty/records",
					"""
							{"type":"GROUP_ACTIVITY","date":"%s","title":"为已离组的代表登记","deputyIds":[%d]}"""
						.formatted(LocalDate.now(this.clock), former)))
			.andExpect(status().isConflict());
		// a record naming their deputy and another group's: the office decides
		String shared = created(json("office-210802", "/api/v1/duty/records", """
				{"type":"INSPECTION","date":"%s","title":"两个小组一起视察","deputyIds":[%d,%d]}"""
			.formatted(LocalDate.now(this.clock), wang, other)));
		this.mvc.perform(as("liaison-demo", post("/api/v1/duty/records/" + JsonPath.read(shared, "$.id") + "/verify")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value("这条记录还涉及其他小组的代表，请由人大工作机构审核"));
	}

	@Test
	void the_office_names_the_leader_and_the_liaisons_of_a_group() throws Exception {
		long group = this.jdbc.sql("select id from deputy_group where name = ?")
			.param(GROUP)
			.query(Long.class)
			.single();
		this.mvc.perform(as("office-210802", get("/deputies/groups")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(GROUP)))
			.andExpect(content().string(containsString("liaison-demo")));
		this.mvc.perform(as("office-210804", get("/deputies/groups/" + group))).andExpect(status().isNotFound());
		this.mvc
			.perform(as("office-210802", post("/deputies/groups/" + group + "/liaisons")).param("username",
					"station-demo"))
			.andExpect(flash().attribute("problem", "该账号的数据权限不是\"所联络的代表小组\"，请先在用户管理中修改"));
		this.mvc
			.perform(as("office-210802", post("/deputies/groups/" + group + "/leader")).param("leader",
					String.valueOf(deputy("王秀英") + 100000)))
			.andExpect(flash().attribute("problem", "组长须是本组的在任代表"));
		this.mvc
			.perform(as("office-210802", post("/deputies/groups/" + group + "/leader")).param("leader",
					String.valueOf(deputy("王秀英"))))
			.andExpect(flash().attribute("notice", "group.saved"));
		this.mvc.perform(as("liaison-demo", post("/deputies/groups/" + group + "/leader")).param("leader", ""))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select leader_deputy_id from deputy_group where id = ?")
			.param(group)
			.query(Long.class)
			.single()).isEqualTo(deputy("王秀英"));
	}

	private long deputy(String name) {
		return this.jdbc.sql("select id from deputy where name = ? order by id limit 1")
			.param(name)
			.query(Long.class)
			.single();
	}

	private String created(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
	}

	private MockHttpServletRequestBuilder json(String user, String path, String body) {
		return as(user, post(path)).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
		return request.with(Staff.as(this.accounts, user)).with(csrf());
	}

}
