package org.lianxin.deputy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lianxin.deputy.internal.DeputyPermissions;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.DataScopeKind;
import org.lianxin.account.OperationLog;
import org.lianxin.account.PhoneNumbers;
import org.lianxin.account.ProtectedPhone;
import org.lianxin.account.SqlCondition;
import org.lianxin.account.StaffAccounts;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deputy groups (代表小组) as the people who run them see them: who leads each (组长, who reads
 * the daily 三表一报) and which staff accounts liaise it (联络员, who enter and verify the
 * group's duty records and see only the group's deputies).
 */
@Service
public class DeputyGroups {

	private final JdbcClient jdbc;

	private final StaffAccounts accounts;

	private final PhoneNumbers phones;

	private final OperationLog log;

	DeputyGroups(JdbcClient jdbc, StaffAccounts accounts, PhoneNumbers phones, OperationLog log) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.phones = phones;
		this.log = log;
	}

	/** A group with its congress, size, leader and liaisons. */
	public record Group(long id, String name, String congressName, String regionCode, long members, Long leaderDeputyId,
			String leaderName, String liaisons) {
	}

	/** A serving member of a group, to pick the leader from. */
	public record Member(long deputyId, String name) {
	}

	/** A group's leader with a phone to send to. */
	public record Leader(long groupId, String groupName, String regionCode, long deputyId, String name, String phone) {
	}

	/**
	 * Groups of the congresses in the user's scope; a liaison's own groups.
	 */
	public List<Group> list(CurrentUser user) {
		return select(user, null);
	}

	public Group get(CurrentUser user, long groupId) {
		return find(user, groupId).orElseThrow(() -> new NotFoundException("deputy group " + groupId));
	}

	/** The group if the user may see it. */
	public Optional<Group> find(CurrentUser user, long groupId) {
		return select(user, groupId).stream().findFirst();
	}

	/** The groups in the user's scope; only the one with this id, when given. */
	private List<Group> select(CurrentUser user, Long groupId) {
		SqlCondition scope = (user.scope().kind() == DataScopeKind.OWN_GROUPS)
				? new SqlCondition("g.id in (select group_id from deputy_group_liaison where user_id = :me)",
						Map.of("me", user.id()))
				: user.scope().restrict("c.region_code", null, null);
		return this.jdbc
			.sql("""
					select g.id, g.name, c.name as congress_name, c.region_code,
					       (select count(*) from deputy_membership m where m.group_id = g.id and m.ended_on is null) as members,
					       g.leader_deputy_id, d.name as leader_name,
					       (select string_agg(u.username, '、' order by u.username) from deputy_group_liaison l
					        join staff_user_view u on u.id = l.user_id where l.group_id = g.id) as liaisons
					from deputy_group g join congress_view c on c.id = g.congress_id left join deputy d on d.id = g.leader_deputy_id
					where %s and (cast(:group as bigint) is null or g.id = :group)
					order by c.region_code, g.name"""
				.formatted(scope.sql()))
			.params(scope.params())
			.param("group", groupId)
			.query(Group.class)
			.list();
	}

	/** The group's serving members, by name. */
	public List<Member> members(long groupId) {
		return this.jdbc.sql("""
				select distinct d.id as deputy_id, d.name from deputy_membership m join deputy d on d.id = m.deputy_id
				where m.group_id = ? and m.ended_on is null order by d.name""")
			.param(groupId)
			.query(Member.class)
			.list();
	}

	/** Makes a serving member the group's leader, or leaves it without one. */
	@Transactional
	public void setLeader(CurrentUser user, long groupId, Long deputyId) {
		Group group = editable(user, groupId);
		if (deputyId != null && members(groupId).stream().noneMatch(m -> m.deputyId() == deputyId)) {
			throw new RuleViolationException("leader", "group.leader.not-member");
		}
		this.jdbc.sql("update deputy_group set leader_deputy_id = ? where id = ?").params(deputyId, groupId).update();
		this.log.record("deputy.group.leader", "deputy group " + groupId,
				group.name() + " → " + ((deputyId != null) ? "deputy " + deputyId : "none"));
	}

	/**
	 * Lets an account liaise the group: it must exist and have the liaison scope, so that
	 * it sees only its groups.
	 */
	@Transactional
	public void addLiaison(CurrentUser user, long groupId, String username) {
		Group group = editable(user, groupId);
		CurrentUser liaison = this.accounts.findByUsername((username != null) ? username.strip() : "")
			.orElseThrow(() -> new RuleViolationException("username", "group.liaison.unknown"));
		if (liaison.scope().kind() != DataScopeKind.OWN_GROUPS) {
			throw new RuleViolationException("username", "group.liaison.scope");
		}
		this.jdbc.sql("insert into deputy_group_liaison (user_id, group_id) values (?, ?) on conflict do nothing")
			.params(liaison.id(), groupId)
			.update();
		this.log.record("deputy.group.liaison.add", "deputy group " + groupId,
				group.name() + " ← " + liaison.username());
	}

	@Transactional
	public void removeLiaison(CurrentUser user, long groupId, String username) {
		Group group = editable(user, groupId);
		this.jdbc.sql("""
				delete from deputy_group_liaison
				where group_id = ? and user_id = (select id from staff_user_view where username = ?)""")
			.params(groupId, username)
			.update();
		this.log.record("deputy.group.liaison.remove", "deputy group " + groupId, group.name() + " - " + username);
	}

	/**
	 * Whether the deputy holds a current seat in a group the user liaises: the rule
	 * deputy_liaison_view publishes to other modules.
	 */
	public boolean liaises(long userId, long deputyId) {
		return this.jdbc
			.sql("select exists (select 1 from deputy_liaison_view where user_id = :liaison and deputy_id = :deputy)")
			.param("liaison", userId)
			.param("deputy", deputyId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The leaders of all groups who have a phone, with the full number, for sending them
	 * their group's daily report; each reveal is logged.
	 */
	public List<Leader> leadersToNotify() {
		record Row(long groupId, String groupName, String regionCode, long deputyId, String name, String phoneCipher,
				String phoneHash, String phoneLastFour, String phoneMasked) {
		}
		return this.jdbc
			.sql("""
					select g.id as group_id, g.name as group_name, c.region_code, d.id as deputy_id, d.name,
					       d.phone_cipher, d.phone_hash, d.phone_last_four, d.phone_masked
					from deputy_group g join congress_view c on c.id = g.congress_id join deputy d on d.id = g.leader_deputy_id
					where d.phone_cipher is not null order by c.region_code, g.name""")
			.query(Row.class)
			.list()
			.stream()
			.map(r -> new Leader(r.groupId(), r.groupName(), r.regionCode(), r.deputyId(), r.name(),
					this.phones.reveal(
							new ProtectedPhone(r.phoneCipher(), r.phoneHash(), r.phoneLastFour(), r.phoneMasked()),
							"deputy " + r.deputyId(), "发送三表一报")))
			.toList();
	}

	/**
	 * For data loaders: the named deputy leads the group of that name, and the account
	 * liaises it; false if there is no such group.
	 */
	@Transactional
	public boolean arrangeByName(String groupName, String leaderName, long liaisonUserId) {
		int groups = this.jdbc.sql("""
				update deputy_group g set leader_deputy_id = (select m.deputy_id from deputy_membership m
				    join deputy d on d.id = m.deputy_id where m.group_id = g.id and d.name = :leader limit 1)
				where g.name = :group""").param("leader", leaderName).param("group", groupName).update();
		this.jdbc
			.sql("""
					insert into deputy_group_liaison (user_id, group_id) select :user, id from deputy_group where name = :group
					on conflict do nothing""")
			.param("user", liaisonUserId)
			.param("group", groupName)
			.update();
		return groups > 0;
	}

	/** A group the user may change: in their scope, and not as its own liaison. */
	private Group editable(CurrentUser user, long groupId) {
		if (!user.can(DeputyPermissions.EDIT) || user.scope().kind() == DataScopeKind.OWN_GROUPS) {
			throw new AccessDeniedException(DeputyPermissions.EDIT);
		}
		return get(user, groupId);
	}

}
