package org.lianxin.suggestion.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replies on the public site: the lead deputy agrees, the office publishes. Both steps go
 * through the suggestion and into its history.
 */
@Service
@Transactional
public class ReplyPublishing {

	private final SuggestionWorkflow workflow;

	private final WorkdayCalendar calendar;

	private final JdbcClient jdbc;

	ReplyPublishing(SuggestionWorkflow workflow, WorkdayCalendar calendar, JdbcClient jdbc) {
		this.workflow = workflow;
		this.calendar = calendar;
		this.jdbc = jdbc;
	}

	/**
	 * Where a reply stands on its way to the public site.
	 *
	 * @param publishable the reply was accepted and its agency marked it fit to publish
	 */
	public record Publication(boolean publishable, LocalDate agreedOn, LocalDate publishedOn) {
	}

	/** 同意公开, by the signed-in lead deputy. */
	public void agree(CurrentUser user, long id) {
		require(user, SuggestionPermissions.FILE);
		Suggestion suggestion = this.workflow.load(user, id);
		suggestion.agreeToPublish(this.workflow.actor(user), this.calendar.today());
		this.workflow.save(suggestion);
	}

	/** 公开答复, by the office. */
	public void publish(CurrentUser user, long id) {
		require(user, SuggestionPermissions.MANAGE);
		Suggestion suggestion = this.workflow.load(user, id);
		suggestion.publish(SuggestionActor.office(user.username()), this.calendar.today());
		this.workflow.save(suggestion);
	}

	/** For the suggestion's page, which the caller has already found in scope. */
	public Optional<Publication> of(long id) {
		return this.jdbc
			.sql("""
					select s.reply_text is not null and s.publish_reply and s.status in ('ANSWERED', 'RATED', 'CLOSED') as publishable,
					       s.publish_agreed_on as agreed_on, s.published_on
					from suggestion s where s.id = ?""")
			.param(id)
			.query(Publication.class)
			.optional();
	}

	private static void require(CurrentUser user, String permission) {
		if (!user.can(permission)) {
			throw new AccessDeniedException(permission);
		}
	}

}
