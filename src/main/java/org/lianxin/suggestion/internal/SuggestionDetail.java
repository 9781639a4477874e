package org.lianxin.suggestion.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * One suggestion with everything its page and the API show: content, people, agencies,
 * the current reply and its promised items, the verdicts and the history.
 */
public record SuggestionDetail(SuggestionRow row, String body, String period, Long originOpinionId,
		String supervisingLeader, int handlingRound, LocalDate assignedOn, LocalDate replyDueOn,
		Integer pendingExtension, String extensionReason, String returnReason, LocalDate contactedOn, Reply reply,
		long leadDeputyId, Long leadAgencyId, List<Person> coSigners, List<Handler> coAgencies, List<Promise> promises,
		List<Verdict> ratings, List<SuggestionHistory.Entry> history) {

	/** A co-signer and the day they confirmed ({@code null} while not yet). */
	public record Person(long deputyId, String name, LocalDate confirmedOn) {
	}

	/** A co-handling agency and the view it sent. */
	public record Handler(long agencyId, String name, String view, LocalDate viewedOn) {
	}

	/** The current reply, when there is one. */
	public record Reply(String resultClass, String text, String signatory, LocalDate repliedOn, Boolean onTime,
			boolean publish, List<ReplyItem> items) {
	}

	/** A promised item of an accepted reply. */
	public record Promise(long id, int handlingRound, String text, LocalDate dueOn, String status, String reportText,
			LocalDate reportedOn) {
	}

	/** A deputy's verdict in a round. */
	public record Verdict(int handlingRound, long deputyId, String name, String handling, String result) {
	}

	public long id() {
		return this.row.id();
	}

	public SuggestionStatus status() {
		return SuggestionStatus.valueOf(this.row.status());
	}

}
