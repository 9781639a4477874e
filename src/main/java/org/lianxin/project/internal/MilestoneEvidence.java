package org.lianxin.project.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A milestone reached, with the photos that show it (the evidence the office and the
 * deputies check): the actual date goes on the project, the photos beside it; nothing is
 * kept unless the date is right.
 */
@Service
public class MilestoneEvidence {

	private final Projects projects;

	private final ProjectRepository repository;

	private final ProjectPhotos photos;

	private final TransactionTemplate transaction;

	private final JdbcClient jdbc;

	MilestoneEvidence(Projects projects, ProjectRepository repository, ProjectPhotos photos,
			TransactionTemplate transaction, JdbcClient jdbc) {
		this.projects = projects;
		this.repository = repository;
		this.photos = photos;
		this.transaction = transaction;
		this.jdbc = jdbc;
	}

	/** The milestone reached on that day, with at least one photo. */
	public void record(CurrentUser user, long projectId, int milestone, LocalDate doneOn, List<byte[]> uploads) {
		// the date and the milestone first, on a copy that is not saved
		this.projects.reportable(user, projectId).reached(milestone, doneOn, null, user.id());
		if (uploads.isEmpty()) {
			throw new RuleViolationException("photos", "project.milestone.photo.missing");
		}
		List<byte[]> cleaned = this.photos.cleaned(uploads);
		this.photos.keptWhile(cleaned, keys -> this.transaction.execute(status -> {
			Project project = this.projects.reportable(user, projectId);
			this.repository.save(project.reached(milestone, doneOn, keys.get(0), user.id()));
			int after = this.jdbc
				.sql("""
						select coalesce(max(position), 0) from project_milestone_photo where project_id = ? and milestone = ?""")
				.params(projectId, milestone)
				.query(Integer.class)
				.single();
			for (int i = 0; i < keys.size(); i++) {
				this.jdbc.sql("""
						insert into project_milestone_photo (project_id, milestone, position, photo_key)
						values (?, ?, ?, ?)""").params(projectId, milestone, after + i + 1, keys.get(i)).update();
			}
			return keys.size();
		}));
	}

	/** How many photos each milestone has, by its position. */
	public Map<Integer, Integer> counts(long projectId) {
		return this.jdbc.sql("select milestone, count(*) from project_milestone_photo where project_id = ? group by 1")
			.param(projectId)
			.query((rs, n) -> Map.entry(rs.getInt(1), rs.getInt(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The n-th photo (from 1) of a milestone. */
	public byte[] photo(long projectId, int milestone, int n) {
		String key = this.jdbc.sql(
				"select photo_key from project_milestone_photo where project_id = ? and milestone = ? and position = ?")
			.params(projectId, milestone, n)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("photo " + n + " of milestone " + milestone));
		return this.photos.read(key);
	}

}
