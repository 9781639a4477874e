package org.lianxin.account.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.DataScope;
import org.lianxin.account.DataScopeKind;
import org.lianxin.account.NewStaffUser;

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
				from staff_user u join region r on r.code = u.region_code
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

	public void defineRole(String code, String name, Set<String> permissions) {
		long roleId = this.jdbc.sql("""
				insert into role (code, name) values (?, ?)
				on conflict (code) do update set name = excluded.name returning id""")
			.params(code, name)
			.query(Long.class)
			.single();
		Set<String> existing = new HashSet<>(this.jdbc.sql("select permission from role_permission where role_id = ?")
			.param(roleId)
			.query(String.class)
			.list());
		if (existing.equals(permissions)) {
			return;
		}
		this.jdbc.sql("delete from role_permission where role_id = ?").param(roleId).update();
		for (String permission : permissions) {
			this.jdbc.sql("insert into role_permission (role_id, permission) values (?, ?)")
				.params(roleId, permission)
				.update();
		}
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

	public long countDemoPasswords() {
		return this.jdbc.sql("select count(*) from staff_user where demo_password and enabled")
			.query(Long.class)
			.single();
	}

	public static String normalize(String username) {
		return (username == null) ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
	}

}
