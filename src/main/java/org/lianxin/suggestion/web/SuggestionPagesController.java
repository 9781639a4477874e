package org.lianxin.suggestion.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.agency.AgencyManagement;
import org.lianxin.agency.AgencyQuery;
import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.opinion.ResultClass;
import org.lianxin.opinion.Satisfaction;
import org.lianxin.platform.web.Backlinks;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.suggestion.internal.ContactMode;
import org.lianxin.suggestion.internal.Period;
import org.lianxin.suggestion.internal.ReplyPublishing;
import org.lianxin.suggestion.internal.SuggestionAction;
import org.lianxin.suggestion.internal.SuggestionAttachments;
import org.lianxin.suggestion.internal.SuggestionActions;
import org.lianxin.suggestion.internal.SuggestionCategory;
import org.lianxin.suggestion.internal.SuggestionContent;
import org.lianxin.suggestion.internal.SuggestionDetail;
import org.lianxin.suggestion.internal.SuggestionFigure;
import org.lianxin.suggestion.internal.SuggestionFiling;
import org.lianxin.suggestion.internal.SuggestionFilter;
import org.lianxin.suggestion.internal.SuggestionHistory;
import org.lianxin.suggestion.internal.SuggestionPermissions;
import org.lianxin.suggestion.internal.SuggestionQueries;
import org.lianxin.suggestion.internal.SuggestionStatus;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The suggestion pages: the list in the user's scope, one suggestion with the steps the
 * user may take there, and the deputy's phone-sized filing form. The steps' forms post to
 * {@link SuggestionStepsPage}.
 */
@Controller
@RequestMapping("/suggestions")
@PreAuthorize("hasAuthority('" + SuggestionPermissions.VIEW + "')")
class SuggestionPagesController {

	static final int PAGE_SIZE = 50;

	private final SuggestionQueries queries;

	private final SuggestionFiling filing;

	private final DeputyAccounts deputies;

	private final AgencyManagement agencies;

	private final StaffAccounts accounts;

	private final SmallForms forms;

	private final MessageSource messages;

	private final ReplyPublishing publishing;

	private final SuggestionAttachments attachments;

	private final ObjectProvider<Backlinks> backlinks;

	SuggestionPagesController(SuggestionQueries queries, SuggestionFiling filing, DeputyAccounts deputies,
			AgencyManagement agencies, StaffAccounts accounts, SmallForms forms, MessageSource messages,
			ReplyPublishing publishing, SuggestionAttachments attachments, ObjectProvider<Backlinks> backlinks) {
		this.backlinks = backlinks;
		this.queries = queries;
		this.filing = filing;
		this.deputies = deputies;
		this.agencies = agencies;
		this.accounts = accounts;
		this.forms = forms;
		this.messages = messages;
		this.publishing = publishing;
		this.attachments = attachments;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Long congress, @RequestParam(required = false) Integer session,
			@RequestParam(required = false) Set<SuggestionStatus> status, @RequestParam(required = false) Long agency,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, @RequestParam(required = false) SuggestionFigure figure,
			@RequestParam(required = false) Long before, Model model) {
		SuggestionFilter filter = new SuggestionFilter(region, congress, session, status, agency, overdue, from, to,
				figure, before, PAGE_SIZE);
		model.addAttribute("page", this.queries.list(user, filter));
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", SuggestionStatus.values());
		return "suggestion/list";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('" + SuggestionPermissions.FILE + "')")
	String form(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("jointGroups", this.filing.jointGroups(user));
		model.addAttribute("categories", SuggestionCategory.values());
		model.addAttribute("periods", Period.values());
		return "suggestion/new";
	}

	@PostMapping
	@PreAuthorize("hasAuthority('" + SuggestionPermissions.FILE + "')")
	String file(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String body, @RequestParam(required = false) SuggestionCategory category,
			@RequestParam(defaultValue = "1") int sessionNumber, @RequestParam(required = false) Period period,
			@RequestParam(required = false) List<Long> coSignerIds, @RequestParam(required = false) Long jointGroupId,
			@RequestParam(required = false) String formKey,
			@RequestParam(required = false) List<MultipartFile> attachments, RedirectAttributes redirect, Locale locale)
			throws IOException {
		try {
			// the files are checked before anything is written
			List<SuggestionAttachments.Upload> uploads = SuggestionAttachments.check(attachments);
			SuggestionFiling.Filed filed = this.filing.file(user, null,
					new SuggestionContent(title, body, category, sessionNumber, period),
					Set.copyOf((coSignerIds != null) ? coSignerIds : List.of()), jointGroupId, formKey,
					org.lianxin.platform.web.Fingerprints.of(title, body, category, sessionNumber, period, coSignerIds,
							jointGroupId));
			long id = filed.id();
			if (!filed.replayed()) {
				this.attachments.store(id, uploads, user);
			}
			this.forms.notice(redirect, "suggestion.filed");
			return "redirect:/suggestions/" + id;
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
			return "redirect:/suggestions/new";
		}
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		SuggestionDetail detail = this.queries.detail(user, id)
			.orElseThrow(() -> new NotFoundException("suggestion " + id));
		Long deputy = user.can(SuggestionPermissions.FILE) ? this.deputies.deputyOf(user.id()).orElse(null) : null;
		List<SuggestionAction> actions = SuggestionActions.of(user, detail, deputy);
		model.addAttribute("s", detail);
		model.addAttribute("actions", actions);
		model.addAttribute("paths", actions.stream().map(SuggestionActions::path).toList());
		model.addAttribute("actorNames",
				this.accounts.displayNames(detail.history().stream().map(SuggestionHistory.Entry::actor).toList()));
		model.addAttribute("myDeputy", deputy);
		model.addAttribute("myAgency", user.scope().agencyId());
		model.addAttribute("manager", user.can(SuggestionPermissions.MANAGE));
		model.addAttribute("publication", this.publishing.of(id).orElse(null));
		model.addAttribute("attachments", this.attachments.of(id));
		model.addAttribute("backlinks", Backlinks.of(this.backlinks, Backlinks.Kind.SUGGESTION, id, user));
		model.addAttribute("offers", Backlinks.offersOf(this.backlinks, Backlinks.Kind.SUGGESTION, id, user));
		if (actions.contains(SuggestionAction.ASSIGN) || actions.contains(SuggestionAction.REASSIGN)) {
			model.addAttribute("agencies",
					this.agencies.list(user, new AgencyQuery(null, false, "", null, true, 0, AgencyQuery.MAX_SIZE))
						.items());
		}
		model.addAttribute("results", ResultClass.values());
		model.addAttribute("verdicts", Satisfaction.values());
		model.addAttribute("contacts", ContactMode.values());
		model.addAttribute("categories", SuggestionCategory.values());
		model.addAttribute("periods", Period.values());
		return "suggestion/show";
	}

}
