package org.lianxin.supervision;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.data.repository.CrudRepository;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a module offers the supervision watch: its open clocks, and a way to record an
 * escalation on the subject. One bean per kind of subject.
 */
public interface SupervisedClocks {

	/**
	 * The kind of subject, stored with every notice and never changed once notices exist,
	 * e.g. {@code OPINION}, {@code SUGGESTION}, {@code PROMISE}.
	 */
	String subject();

	/**
	 * Open clocks due on or before {@code by} whose subject id is greater than
	 * {@code afterId}, in ascending subject id, at most {@code limit}: the watch pages
	 * through them in batches.
	 */
	List<Clock> dueBy(LocalDate by, long afterId, int limit);

	/**
	 * Records on the subject (its level and its history) that it was escalated to
	 * {@code level}, only if it is still on the given clock (same stage and due date);
	 * runs in the watch's transaction, together with the notice.
	 * @return {@code false} when the subject moved on meanwhile; no notice is issued then
	 */
	boolean escalate(Clock clock, int level, int workingDaysOverdue);

	/** Where staff open the subject, e.g. {@code /opinions/12}. */
	String pathOf(long subjectId);

	/**
	 * How staff know these subjects in a list of notices (a case's tracking code, a
	 * suggestion's number), for the ids given; an id left out shows as its number.
	 */
	default Map<Long, String> labelsOf(Collection<Long> subjectIds) {
		return Map.of();
	}

	/**
	 * The labels a module's query gives for {@link #labelsOf}: {@code sql} selects the id
	 * and the label, in that order, {@code where id in (:ids)}.
	 */
	static Map<Long, String> labelsBy(JdbcClient jdbc, String sql, Collection<Long> subjectIds) {
		if (subjectIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql(sql)
			.param("ids", subjectIds)
			.query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * The usual {@link #escalate}: loads the subject, lets it escalate itself (it says
	 * whether it is still on that clock) and saves it only then.
	 */
	static <T> boolean escalateAndSave(CrudRepository<T, Long> repository, long subjectId, Predicate<T> escalate) {
		return repository.findById(subjectId).filter(escalate).map(repository::save).isPresent();
	}

}