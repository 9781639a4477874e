package org.lianxin.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * A second kind of subject for the watch, in the tests only: clocks the test opens by
 * hand. What {@link #dueBy} reports may lag behind where a subject really is (as a read
 * in the watch's batch may), so that a test can move a subject on between the read and
 * the escalation. Empty unless a test opens a clock, so no other test sees it.
 */
@Component
public class DrillClocks implements SupervisedClocks {

	public static final String SUBJECT = "DRILL";

	/** The clocks as {@link #dueBy} reports them. */
	private final Map<Long, Clock> reported = new ConcurrentSkipListMap<>();

	/** Where each subject really is. */
	private final Map<Long, Clock> actual = new ConcurrentSkipListMap<>();

	private final List<String> escalations = new ArrayList<>();

	public void open(Clock clock) {
		this.reported.put(clock.subjectId(), clock);
		this.actual.put(clock.subjectId(), clock);
	}

	/**
	 * The subject takes a step: its old clock stops, though the watch may still read it.
	 */
	public void moveOn(long subjectId, String stage, LocalDate dueOn) {
		Clock was = this.actual.get(subjectId);
		this.actual.put(subjectId, new Clock(subjectId, stage, dueOn, was.regionCode(), was.agencyId(), 0));
	}

	public void close(long subjectId) {
		this.reported.remove(subjectId);
		this.actual.remove(subjectId);
	}

	/** {@code "id level overdue"} for each escalation recorded, oldest first. */
	public synchronized List<String> escalationsOf(long subjectId) {
		return this.escalations.stream().filter(line -> line.startsWith(subjectId + " ")).toList();
	}

	@Override
	public String subject() {
		return SUBJECT;
	}

	@Override
	public List<Clock> dueBy(LocalDate by, long afterId, int limit) {
		return this.reported.values()
			.stream()
			.filter(clock -> !clock.dueOn().isAfter(by) && clock.subjectId() > afterId)
			.limit(limit)
			.toList();
	}

	@Override
	public synchronized boolean escalate(Clock clock, int level, int workingDaysOverdue) {
		Clock now = this.actual.get(clock.subjectId());
		if (now == null || !now.stage().equals(clock.stage()) || !now.dueOn().equals(clock.dueOn())) {
			return false;
		}
		Clock raised = new Clock(now.subjectId(), now.stage(), now.dueOn(), now.regionCode(), now.agencyId(), level);
		this.actual.put(now.subjectId(), raised);
		this.reported.put(now.subjectId(), raised);
		this.escalations.add(clock.subjectId() + " " + level + " " + workingDaysOverdue);
		return true;
	}

	@Override
	public String pathOf(long subjectId) {
		return "/drill/" + subjectId;
	}

	@Override
	public Map<Long, String> labelsOf(Collection<Long> subjectIds) {
		return subjectIds.stream().collect(Collectors.toMap(Function.identity(), id -> "演练-" + id));
	}

}
