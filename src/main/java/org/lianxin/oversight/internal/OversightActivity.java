package org.lianxin.oversight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.lianxin.oversight.OversightActivityHeld;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.RuleViolations;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An oversight activity: planned with its people and methods, under way while places are
 * visited, completed with its report, when each deputy who took part has done a duty.
 * Every move is checked here and kept in its history ({@link Moved}).
 */
@Table("oversight_activity")
public class OversightActivity extends AbstractAggregateRoot<OversightActivity> {

	@Id
	private Long id;

	private ActivityKind kind;

	private String title;

	private String regionCode;

	private String organiser;

	private String jointOrganisers;

	private String lawsChecked;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private String preparatoryStudy;

	private String report;

	private ActivityState state;

	private Long createdBy;

	@Version
	private Integer version;

	@MappedCollection(idColumn = "activity_id")
	private Set<Method> methods = new LinkedHashSet<>();

	@MappedCollection(idColumn = "activity_id")
	private Set<Participant> participants = new LinkedHashSet<>();

	@MappedCollection(idColumn = "activity_id", keyColumn = "position")
	private List<Visit> visits = new ArrayList<>();

	@PersistenceCreator
	private OversightActivity() {
	}

	/** The activity moved from a state (none when planned) to another, by whom, why. */
	record Moved(OversightActivity activity, ActivityState from, ActivityState to, Long by, String note) {

		Long activityId() {
			return this.activity.id;
		}

	}

	@Table("oversight_activity_method")
	record Method(InspectionMethod method) {
	}

	@Table("oversight_participant")
	record Participant(ParticipantRole role, Long deputyId, String name) {
	}

	@Table("oversight_visit")
	record Visit(LocalDate visitedOn, String place, SiteKind siteKind, boolean unannounced, String notes) {
	}

	/**
	 * An activity as planned, for the office of {@code regionCode}; every broken rule at
	 * once.
	 */
	static OversightActivity plan(NewActivity planned, String regionCode, Long by) {
		OversightActivity activity = new OversightActivity();
		activity.regionCode = regionCode;
		activity.createdBy = by;
		activity.state = ActivityState.PLANNED;
		activity.take(planned);
		activity.registerEvent(new Moved(activity, null, ActivityState.PLANNED, by, null));
		return activity;
	}

	/** A place visited: the activity is under way from the first one. */
	OversightActivity visit(NewVisit visit, Long by) {
		requireState("oversight.activity.completed", ActivityState.PLANNED, ActivityState.UNDER_WAY);
		RuleViolations broken = new RuleViolations();
		broken.check(() -> Texts.required("visitedOn", visit.visitedOn(), "oversight.visit.date.required"));
		broken
			.check(() -> Texts.required("place", Texts.stripped(visit.place(), 200), "oversight.visit.place.required"));
		broken.check(() -> Texts.required("siteKind", visit.siteKind(), "oversight.visit.site.required"));
		broken.check(() -> Texts.stripped(visit.notes(), 1000));
		broken.throwIfAny();
		if (visit.visitedOn().isBefore(this.startsOn) || visit.visitedOn().isAfter(this.endsOn)) {
			throw new RuleViolationException("visitedOn", "oversight.visit.date.outside", this.startsOn, this.endsOn);
		}
		this.visits.add(new Visit(visit.visitedOn(), visit.place().strip(), visit.siteKind(), visit.unannounced(),
				Texts.stripped(visit.notes(), 1000)));
		ActivityState from = this.state;
		this.state = ActivityState.UNDER_WAY;
		registerEvent(new Moved(this, from, this.state, by, visit.place().strip()));
		return this;
	}

	/**
	 * The report is written: the activity is done, and each deputy who took part has done
	 * a duty.
	 */
	OversightActivity complete(String report, Long by) {
		requireState("oversight.activity.completed", ActivityState.PLANNED, ActivityState.UNDER_WAY);
		String written = Texts.stripped(report, 8000);
		if (written == null) {
			throw new RuleViolationException("report", "oversight.report.required");
		}
		ActivityState from = this.state;
		this.report = written;
		this.state = ActivityState.COMPLETED;
		registerEvent(new Moved(this, from, this.state, by, null));
		registerEvent(held());
		return this;
	}

	/** What the deputies' duty records say: the title, the first day and place. */
	OversightActivityHeld held() {
		String place = this.visits.isEmpty() ? null : this.visits.get(0).place();
		return new OversightActivityHeld((this.id != null) ? this.id : 0, this.title, this.startsOn, place,
				deputyIds());
	}

	private void take(NewActivity planned) {
		RuleViolations broken = new RuleViolations();
		broken.check(() -> Texts.required("kind", planned.kind(), "oversight.kind.required"));
		broken.check(() -> Texts.required("title", Texts.stripped(planned.title(), 200), "oversight.title.required"));
		broken.check(() -> Texts.required("organiser", Texts.stripped(planned.organiser(), 200),
				"oversight.organiser.required"));
		broken.check(() -> Texts.stripped(planned.jointOrganisers(), 500));
		broken.check(() -> Texts.stripped(planned.preparatoryStudy(), 2000));
		broken.check(() -> {
			if (planned.kind() == ActivityKind.LAW_ENFORCEMENT && Texts.stripped(planned.lawsChecked(), 1000) == null) {
				throw new RuleViolationException("lawsChecked", "oversight.laws.required");
			}
			Texts.stripped(planned.lawsChecked(), 1000);
		});
		broken.check(() -> requireDates(planned.startsOn(), planned.endsOn()));
		broken.check(() -> {
			if (planned.participants().stream().noneMatch(p -> p.role() == ParticipantRole.DEPUTY)) {
				throw new RuleViolationException("deputyIds", "oversight.deputies.required");
			}
		});
		broken.throwIfAny();
		this.kind = planned.kind();
		this.title = planned.title().strip();
		this.organiser = planned.organiser().strip();
		this.jointOrganisers = Texts.stripped(planned.jointOrganisers(), 500);
		this.lawsChecked = Texts.stripped(planned.lawsChecked(), 1000);
		this.startsOn = planned.startsOn();
		this.endsOn = planned.endsOn();
		this.preparatoryStudy = Texts.stripped(planned.preparatoryStudy(), 2000);
		this.methods.clear();
		planned.methods().forEach(method -> this.methods.add(new Method(method)));
		this.participants.clear();
		planned.participants()
			.forEach(p -> this.participants.add(new Participant(p.role(), p.deputyId(), p.name().strip())));
	}

	private static void requireDates(LocalDate startsOn, LocalDate endsOn) {
		if (startsOn == null || endsOn == null) {
			throw new RuleViolationException("startsOn", "oversight.dates.required");
		}
		if (endsOn.isBefore(startsOn)) {
			throw new RuleViolationException("endsOn", "oversight.dates.order");
		}
	}

	private void requireState(String refusal, ActivityState... allowed) {
		if (!List.of(allowed).contains(this.state)) {
			throw new RuleViolationException(null, refusal);
		}
	}

	Long id() {
		return this.id;
	}

	ActivityState state() {
		return this.state;
	}

	String regionCode() {
		return this.regionCode;
	}

	List<Long> deputyIds() {
		return this.participants.stream()
			.filter(p -> p.role() == ParticipantRole.DEPUTY)
			.map(Participant::deputyId)
			.sorted()
			.toList();
	}

}
