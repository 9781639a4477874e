package org.lianxin.suggestion.internal;

import java.time.LocalDate;
import java.util.List;

import org.lianxin.opinion.ResultClass;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.RuleViolations;

/**
 * An agency's reply: the result class, the text, who signed it (签发人), whether the deputy
 * may see it published, and for B and C what it promises by when.
 */
public record Reply(ResultClass resultClass, String text, String signatory, boolean publish, List<ReplyItem> items) {

	public Reply {
		items = (items != null) ? List.copyOf(items) : List.of();
	}

	/** Every rule the reply breaks, all at once, before anything is written. */
	void checkAgainst(LocalDate today) {
		RuleViolations broken = new RuleViolations();
		broken.check(() -> {
			if (this.resultClass == null) {
				throw new RuleViolationException("resultClass", "suggestion.reply.result-required");
			}
		});
		broken.check(() -> SuggestionTexts.require("text", this.text, SuggestionTexts.MAX_BODY));
		broken.check(() -> SuggestionTexts.require("signatory", this.signatory, SuggestionTexts.MAX_NAME));
		boolean promising = this.resultClass == ResultClass.B || this.resultClass == ResultClass.C;
		broken.check(() -> {
			if (promising && this.items.isEmpty()) {
				throw new RuleViolationException("items", "suggestion.reply.items-required");
			}
			if (!promising && !this.items.isEmpty()) {
				throw new RuleViolationException("items", "suggestion.reply.items-only-b-c");
			}
		});
		for (ReplyItem item : this.items) {
			broken.check(() -> SuggestionTexts.require("items", item.text(), SuggestionTexts.MAX_NOTE));
			broken.check(() -> {
				if (item.dueOn() == null || !item.dueOn().isAfter(today)) {
					throw new RuleViolationException("items", "suggestion.reply.item-due");
				}
			});
		}
		broken.throwIfAny();
	}

}
