package org.lianxin.account.web;

import java.util.List;

import org.lianxin.account.AccountPermissions;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Staff accounts the signed-in user may see under their data scope. */
@Controller
class UserListController {

	private final JdbcClient jdbc;

	UserListController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Row(long id, String username, String displayName, String regionName, String agencyName, String dataScope,
			String roles, boolean enabled, boolean demoPassword) {
	}

	@GetMapping("/admin/users")
	@PreAuthorize("hasAuthority('" + AccountPermissions.USER_VIEW + "')")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		SqlCondition scope = user.scope().restrict("u.region_code", "u.agency_id", "u.id");
		List<Row> rows = this.jdbc
			.sql("""
					select u.id, u.username, u.display_name, r.name as region_name, a.name as agency_name, u.data_scope,
					       (select string_agg(ro.name, '、' order by ro.code) from user_role ur join role ro on ro.id = ur.role_id
					        where ur.user_id = u.id) as roles,
					       u.enabled, u.demo_password
					from staff_user u join region r on r.code = u.region_code left join agency a on a.id = u.agency_id
					where %s order by r.path, u.username limit 500"""
				.formatted(scope.sql()))
			.params(scope.params())
			.query(Row.class)
			.list();
		model.addAttribute("users", rows);
		return "account/users";
	}

}
