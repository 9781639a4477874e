package org.lianxin.project.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.PhoneNumbers;
import org.lianxin.account.ProtectedPhone;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.RuleViolations;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public's comments on the year's candidate projects, before the session votes:
 * anyone may comment without an account, giving a phone number checked as the public
 * opinion form checks it ({@link PhoneNumbers}); the office reads them, the number
 * masked, next to each candidate.
 */
@Service
public class ProjectComments {

	static final int MAX_BODY = 500;

	private final Projects projects;

	private final PhoneNumbers phones;

	private final JdbcClient jdbc;

	ProjectComments(Projects projects, PhoneNumbers phones, JdbcClient jdbc) {
		this.projects = projects;
		this.phones = phones;
		this.jdbc = jdbc;
	}

	/** A candidate as the public page shows it. */
	public record Candidate(long id, int year, String title, String category, String leadAgency,
			java.math.BigDecimal budget, String location) {
	}

	/** A comment as the office reads it: the number masked. */
	public record Comment(long id, String body, String phoneMasked, Instant createdAt) {
	}

	/**
	 * A page of the candidates of a region (and below) from one year to another, not yet
	 * voted on.
	 */
	public List<Candidate> candidates(String region, int fromYear, int toYear, int offset, int limit) {
		return this.jdbc.sql("""
				select p.id, p.year, p.title, c.name as category, a.name as lead_agency, p.budget, p.location
				from project p join project_category c on c.id = p.category_id
				join region_view r on r.code = p.region_code
				left join agency_view a on a.id = p.lead_agency_id
				where p.state = 'CANDIDATE' and p.year between :fromYear and :toYear
				  and (cast(:region as varchar) is null
				       or r.path like (select path from region_view where code = :region) || '%')
				order by p.year, p.region_code, p.proposed_order, p.id offset :offset limit :limit""")
			.param("region", (region == null || region.isBlank()) ? null : region)
			.param("fromYear", fromYear)
			.param("toYear", toYear)
			.param("offset", offset)
			.param("limit", limit)
			.query(Candidate.class)
			.list();
	}

	/**
	 * A member of the public's comment on a candidate; every broken rule named at once,
	 * nothing written.
	 */
	@Transactional
	public void comment(long projectId, String phone, String body) {
		boolean candidate = this.jdbc.sql("select count(*) from project where id = ? and state = 'CANDIDATE'")
			.param(projectId)
			.query(Long.class)
			.single() > 0;
		if (!candidate) {
			throw new NotFoundException("candidate project " + projectId);
		}
		String text = (body != null) ? body.strip() : "";
		RuleViolations broken = new RuleViolations();
		ProtectedPhone protectedPhone = broken.get(() -> protect(phone));
		broken.check(() -> {
			if (text.isEmpty() || text.length() > MAX_BODY) {
				throw new RuleViolationException("body", "project.comment.body.invalid", MAX_BODY);
			}
		});
		broken.throwIfAny();
		this.jdbc.sql("""
				insert into project_comment (project_id, body, phone_cipher, phone_hash, phone_masked)
				values (?, ?, ?, ?, ?)""")
			.params(projectId, text, protectedPhone.cipherText(), protectedPhone.lookupHash(), protectedPhone.masked())
			.update();
	}

	/** The comments on a project of the user's scope, newest first. */
	public List<Comment> of(CurrentUser user, long projectId) {
		this.projects.get(user, projectId);
		return this.jdbc.sql("""
				select id, body, phone_masked, created_at from project_comment where project_id = ? order by id desc""")
			.param(projectId)
			.query(Comment.class)
			.list();
	}

	/** How many comments each of the projects has, for the office's list. */
	public Map<Long, Long> counts(List<Long> projectIds) {
		if (projectIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc
			.sql("select project_id, count(*) from project_comment where project_id in (:ids) group by project_id")
			.param("ids", projectIds)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private ProtectedPhone protect(String phone) {
		if (phone == null || phone.isBlank()) {
			throw new RuleViolationException("phone", "project.comment.phone.required");
		}
		if (PhoneNumbers.normalise(phone).isEmpty()) {
			throw new RuleViolationException("phone", "project.comment.phone.invalid");
		}
		return this.phones.protect(phone);
	}

}
