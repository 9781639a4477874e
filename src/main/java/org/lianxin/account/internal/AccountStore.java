package org.lianxin.account.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.DataScope;
import org.lianxin.account.DataScopeKind;
import org.lianxin.account.NewStaffUser;
import org.lianxin.account.internal.RoleView;
import org.lianxin.account.internal.StaffUserView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL for users, roles and their permissions. */
@Repository
public class AccountStore {

	private final JdbcClient jdbc;

	AccountStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<StoredLogin> findLogin(String username) {
		return this.jdbc.sql("select id, username, password_hash, enabled from staff_user where username = ?")
			.param(normalize(username))
			.query(StoredLogin.class)
			.optional();
	}

	public CurrentUser loadCurrentUser(long id) {
		record Row(long id, String username, String displayName, String regionCode, String regionPath, Long agencyId,
				DataScopeKind dataScope, boolean enabled) {
		}
		Row row = this.jdbc.sql("""
				select u.id, u.username, u.display_name, u.region_code, r.path as region_path, u.agency_id,
				       u.data_scope, u.enabled
				from staff_user u join region_view r on r.code = u.region_code
				where u.id = ?""").param(id).query(Row.class).single();
		List<String> roles = this.jdbc
			.sql("""
					select r.code from user_role ur join role r on r.id = ur.role_id where ur.user_id = ? order by r.code""")
			.param(id)
			.query(String.class)
			.list();
		List<String> permissions = this.jdbc.sql("""
				select distinct rp.permission from user_role ur join role_permission rp on rp.role_id = ur.role_id
				where ur.user_id = ?""").param(id).query(String.class).list();
		DataScope scope = new DataScope(row.dataScope(), row.id(), row.regionCode(), row.regionPath(), row.agencyId());
		return new CurrentUser(row.id(), row.username(), row.displayName(), Set.copyOf(roles), Set.copyOf(permissions),
				scope, row.enabled());
	}

	public void insertUser(NewStaffUser user, String passwordHash, boolean demoPassword) {
		long userId = this.jdbc
			.sql("""
					insert into staff_user (username, display_name, password_hash, demo_password, region_code, agency_id, data_scope)
					values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(normalize(user.username()), user.displayName(), passwordHash, demoPassword, user.regionCode(),
					user.agencyId(), user.scope().name())
			.query(Long.class)
			.single();
		for (String roleCode : user.roleCodes()) {
			this.jdbc.sql("insert into user_role (user_id, role_id) select ?, id from role where code = ?")
				.params(userId, roleCode)
				.update();
		}
	}

	public void updatePassword(long userId, String passwordHash) {
		this.jdbc
			.sql("""
					update staff_user set password_hash = ?, demo_password = false, password_changed_at = now() where id = ?""")
			.params(passwordHash, userId)
			.update();
	}

	public long countEnabledWithRole(String roleCode) {
		return this.jdbc
			.sql("""
					select count(*) from staff_user u join user_role ur on ur.user_id = u.id join role r on r.id = ur.role_id
					where u.enabled and r.code = ?""")
			.param(roleCode)
			.query(Long.class)
			.single();
	}

	public long countDemoPasswords() {
		return this.jdbc.sql("select count(*) from staff_user where demo_password and enabled")
			.query(Long.class)
			.single();
	}

	/** Every role with its permissions, by role code. */
	public Map<String, Set<String>> permissionsByRole() {
		Map<String, Set<String>> roles = new TreeMap<>();
		this.jdbc.sql("select r.code, rp.permission from role r left join role_permission rp on rp.role_id = r.id")
			.query((rs, n) -> {
				Set<String> permissions = roles.computeIfAbsent(rs.getString(1), code -> new TreeSet<>());
				if (rs.getString(2) != null) {
					permissions.add(rs.getString(2));
				}
				return null;
			})
			.list();
		return roles;
	}

	public List<RoleView> roles() {
		return this.jdbc.sql("select code, name from role order by id").query(RoleView.class).list();
	}

	/** The path of a region, if it exists. */
	public Optional<String> regionPath(String code) {
		return this.jdbc.sql("select path from region_view where code = ?").param(code).query(String.class).optional();
	}

	/** The region code of an agency, if it exists. */
	public Optional<String> agencyRegion(long agencyId) {
		return this.jdbc.sql("select region_code from agency_view where id = ?")
			.param(agencyId)
			.query(String.class)
			.optional();
	}

	public Optional<StaffUserView> findUser(long id) {
		return this.jdbc
			.sql("""
					select u.id, u.username, u.display_name, u.region_code, r.path as region_path, u.agency_id, u.data_scope,
					       u.enabled, coalesce((select string_agg(ro.code, ',' order by ro.code) from user_role ur
					                            join role ro on ro.id = ur.role_id where ur.user_id = u.id), '') as role_codes
					from staff_user u join region_view r on r.code = u.region_code where u.id = ?""")
			.param(id)
			.query(StaffUserView.class)
			.optional();
	}

	public void updateUser(long id, String displayName, String regionCode, Long agencyId, DataScopeKind scope,
			boolean enabled, Set<String> roleCodes) {
		this.jdbc.sql("""
				update staff_user set display_name = ?, region_code = ?, agency_id = ?, data_scope = ?, enabled = ?
				where id = ?""").params(displayName, regionCode, agencyId, scope.name(), enabled, id).update();
		this.jdbc.sql("delete from user_role where user_id = ?").param(id).update();
		for (String roleCode : roleCodes) {
			this.jdbc.sql("insert into user_role (user_id, role_id) select ?, id from role where code = ?")
				.params(id, roleCode)
				.update();
		}
	}

	/** Username to display name, for the staff users among {@code usernames}. */
	public Map<String, String> displayNames(Set<String> usernames) {
		Map<String, String> names = new TreeMap<>();
		this.jdbc.sql("select username, display_name from staff_user where username in (:usernames)")
			.param("usernames", usernames)
			.query((rs, row) -> names.put(rs.getString("username"), rs.getString("display_name")))
			.list();
		return names;
	}

	public static String normalize(String username) {
		return (username == null) ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
	}

}
