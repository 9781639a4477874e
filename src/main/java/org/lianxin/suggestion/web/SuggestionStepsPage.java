package org.lianxin.suggestion.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.opinion.ResultClass;
import org.lianxin.opinion.Satisfaction;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.suggestion.internal.ContactMode;
import org.lianxin.suggestion.internal.Period;
import org.lianxin.suggestion.internal.PromiseKeeping;
import org.lianxin.suggestion.internal.Reply;
import org.lianxin.suggestion.internal.ReplyItem;
import org.lianxin.suggestion.internal.SuggestionAction;
import org.lianxin.suggestion.internal.SuggestionActions;
import org.lianxin.suggestion.internal.SuggestionCategory;
import org.lianxin.suggestion.internal.SuggestionContent;
import org.lianxin.suggestion.internal.SuggestionFiling;
import org.lianxin.suggestion.internal.SuggestionPermissions;
import org.lianxin.suggestion.internal.SuggestionWorkflow;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One form per step of a suggestion and of its promised items; the fields a step does not
 * use are ignored. A refused step comes back to the suggestion's page with its message
 * and its form open; nothing was written.
 */
@Controller
@RequestMapping("/suggestions")
@PreAuthorize("hasAuthority('" + SuggestionPermissions.VIEW + "')")
class SuggestionStepsPage {

	private final SuggestionWorkflow workflow;

	private final SuggestionFiling filing;

	private final PromiseKeeping promises;

	private final SmallForms forms;

	private final MessageSource messages;

	SuggestionStepsPage(SuggestionWorkflow workflow, SuggestionFiling filing, PromiseKeeping promises, SmallForms forms,
			MessageSource messages) {
		this.workflow = workflow;
		this.filing = filing;
		this.promises = promises;
		this.forms = forms;
		this.messages = messages;
	}

	@PostMapping("/{id}/{action}")
	String act(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String action,
			@RequestParam(defaultValue = "") String text, @RequestParam(required = false) Long leadAgencyId,
			@RequestParam(required = false) List<Long> coAgencyIds, @RequestParam(required = false) Integer months,
			@RequestParam(defaultValue = "true") boolean approved, @RequestParam(required = false) ContactMode mode,
			@RequestParam(required = false) ResultClass resultClass, @RequestParam(defaultValue = "") String signatory,
			@RequestParam(defaultValue = "false") boolean publish,
			@RequestParam(required = false) List<String> itemText, @RequestParam(required = false) List<String> itemDue,
			@RequestParam(required = false) Satisfaction handling, @RequestParam(required = false) Satisfaction result,
			@RequestParam(required = false) Long into, @RequestParam(defaultValue = "") String title,
			@RequestParam(required = false) SuggestionCategory category,
			@RequestParam(defaultValue = "1") int sessionNumber, @RequestParam(required = false) Period period,
			RedirectAttributes redirect, Locale locale) {
		SuggestionAction step;
		try {
			step = SuggestionActions.fromPath(action);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException(action);
		}
		try {
			switch (step) {
				case FILE -> this.filing.fileDraft(user, id,
						new SuggestionContent(title, text, category, sessionNumber, period), java.util.Set.of());
				case CO_SIGN -> this.filing.coSign(user, visible(user, id));
				case REGISTER -> this.workflow.register(user, id);
				case DECLINE -> this.workflow.decline(user, id, text);
				case MERGE -> this.workflow.merge(user, id, require(into, "into"), text);
				case MARK_KEY -> this.workflow.markKey(user, id, text);
				case ASSIGN -> this.workflow.assign(user, id, leadAgencyId, agencies(coAgencyIds));
				case REASSIGN -> this.workflow.reassign(user, id, leadAgencyId, agencies(coAgencyIds));
				case SIGN -> this.workflow.sign(user, id);
				case REQUEST_RETURN -> this.workflow.requestReturn(user, id, text);
				case DECIDE_RETURN -> this.workflow.decideReturn(user, id, approved, text);
				case CO_VIEW -> this.workflow.coView(user, id, text);
				case CONTACT -> this.workflow.contact(user, id, mode, text);
				case EXTEND -> this.workflow.requestExtension(user, id, require(months, "months"), text);
				case DECIDE_EXTENSION -> this.workflow.decideExtension(user, id, approved, text);
				case REPLY -> this.workflow.reply(user, id,
						new Reply(resultClass, text, signatory, publish, items(itemText, itemDue)));
				case REVIEW -> this.workflow.acceptReply(user, id);
				case SEND_BACK -> this.workflow.sendBack(user, id, text);
				case RATE -> this.workflow.rate(user, id, require(handling, "handling"), require(result, "result"));
				case CLOSE -> this.workflow.close(user, id, text);
				case MEETING_NOTE -> this.workflow.meetingNote(user, id, text);
				default -> throw new NotFoundException(action);
			}
			this.forms.notice(redirect, "suggestion.step.done",
					this.messages.getMessage("suggestion.action." + step, null, locale));
		}
		catch (RuleViolationException ex) {
			this.forms.problemAt(step.name(), redirect, ex, locale);
		}
		return "redirect:/suggestions/" + id;
	}

	@PostMapping("/{id}/promises/{promiseId}/{action}")
	String promise(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long promiseId,
			@PathVariable String action, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "true") boolean done, @RequestParam(required = false) LocalDate newDueOn,
			RedirectAttributes redirect, Locale locale) {
		try {
			switch (action) {
				case "report" -> this.promises.report(user, promiseId, done, text, newDueOn);
				case "confirm" -> this.promises.confirm(user, promiseId, done);
				case "close" -> this.promises.close(user, promiseId, text);
				default -> throw new NotFoundException(action);
			}
			this.forms.notice(redirect, "suggestion.promise.done");
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
		}
		return "redirect:/suggestions/" + id;
	}

	private long visible(CurrentUser user, long id) {
		if (!this.workflow.visible(user, id)) {
			throw new NotFoundException("suggestion " + id);
		}
		return id;
	}

	private static java.util.Set<Long> agencies(List<Long> ids) {
		return new HashSet<>((ids != null) ? ids : List.of());
	}

	/** The promised items as typed: a row with neither text nor day is left out. */
	private static List<ReplyItem> items(List<String> texts, List<String> dues) {
		List<ReplyItem> items = new ArrayList<>();
		int rows = Math.max((texts != null) ? texts.size() : 0, (dues != null) ? dues.size() : 0);
		for (int i = 0; i < rows; i++) {
			String text = (texts != null && i < texts.size()) ? texts.get(i) : null;
			LocalDate due = day((dues != null && i < dues.size()) ? dues.get(i) : null);
			if ((text != null && !text.isBlank()) || due != null) {
				items.add(new ReplyItem(text, due));
			}
		}
		return items;
	}

	private static LocalDate day(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new RuleViolationException("items", "suggestion.reply.item-due");
		}
	}

	private static <T> T require(T value, String field) {
		if (value == null) {
			throw new RuleViolationException(field, "suggestion.text.required");
		}
		return value;
	}

}
