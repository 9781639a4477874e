package org.lianxin.project.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.project.SiteVisitRecorded;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Site visits recorded by a supervision group's deputy on a phone (or by the office for
 * them): checked first, then the photos cleaned and kept, then the visit saved; each
 * deputy who went gets a duty record through {@link SiteVisitRecorded}.
 */
@Service
public class SiteVisits {

	private final SiteVisitRepository visits;

	private final SupervisionGroups groups;

	private final ProjectPhotos photos;

	private final WorkdayCalendar calendar;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	SiteVisits(SiteVisitRepository visits, SupervisionGroups groups, ProjectPhotos photos, WorkdayCalendar calendar,
			TransactionTemplate transaction, ApplicationEventPublisher events, JdbcClient jdbc) {
		this.visits = visits;
		this.groups = groups;
		this.photos = photos;
		this.calendar = calendar;
		this.transaction = transaction;
		this.events = events;
		this.jdbc = jdbc;
	}

	/** A visit as a page shows it, with the names of the deputies who went. */
	public record VisitLine(SiteVisit visit, List<String> deputies) {
	}

	/** Records a visit with its photos (at most four); the id of the visit. */
	public long record(CurrentUser user, long projectId, NewSiteVisit spec, List<byte[]> uploads) {
		Project project = this.groups.visible(user, projectId);
		if (project.state() != ProjectState.CHOSEN) {
			throw new RuleViolationException(null, "project.state.illegal");
		}
		boolean member = this.groups.inGroup(user, projectId);
		if (!member && !user.can(ProjectPermissions.EDIT)) {
			throw new RuleViolationException(null, "project.visit.not-in-group");
		}
		Set<Long> who = new LinkedHashSet<>();
		if (member) {
			who.add(this.groups.deputyOf(user).orElseThrow());
		}
		who.addAll(spec.deputyIds());
		Set<Long> group = this.groups.members(projectId)
			.stream()
			.map(SupervisionGroups.Member::deputyId)
			.collect(Collectors.toSet());
		if (who.isEmpty() || !group.containsAll(who)) {
			throw new RuleViolationException("deputyIds", "project.visit.deputies.invalid");
		}
		spec.check(project.startsOn(), this.calendar.today());
		List<byte[]> cleaned = this.photos.cleaned(uploads);
		List<Long> deputies = List.copyOf(who);
		return this.photos.keptWhile(cleaned, keys -> this.transaction.execute(status -> {
			SiteVisit saved = this.visits
				.save(SiteVisit.record(project, spec, deputies, keys, this.calendar.today(), user.id()));
			this.events.publishEvent(new SiteVisitRecorded(saved.id(), project.id(), project.title(), saved.visitedOn(),
					saved.place(), deputies));
			return saved.id();
		}));
	}

	/** The visits of a project, the latest first. */
	public List<VisitLine> of(long projectId) {
		List<SiteVisit> list = this.visits.findByProjectIdOrderByVisitedOnDescIdDesc(projectId);
		Map<Long, String> names = this.groups.members(projectId)
			.stream()
			.collect(Collectors.toMap(SupervisionGroups.Member::deputyId, SupervisionGroups.Member::name));
		return list.stream()
			.map(v -> new VisitLine(v, v.deputyIds().stream().map(id -> names.getOrDefault(id, nameOf(id))).toList()))
			.toList();
	}

	/** The n-th photo (from 1) of a visit the user may see. */
	public byte[] photo(CurrentUser user, long visitId, int n) {
		SiteVisit visit = this.visits.findById(visitId).orElseThrow(() -> new NotFoundException("visit " + visitId));
		this.groups.visible(user, visit.projectId());
		List<String> keys = visit.photoKeys();
		if (n < 1 || n > keys.size()) {
			throw new NotFoundException("photo " + n + " of visit " + visitId);
		}
		return this.photos.read(keys.get(n - 1));
	}

	private String nameOf(long deputyId) {
		return this.jdbc.sql("select name from deputy_view where id = ?")
			.param(deputyId)
			.query(String.class)
			.optional()
			.orElse(String.valueOf(deputyId));
	}

}
