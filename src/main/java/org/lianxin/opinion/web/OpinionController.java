package org.lianxin.opinion.web;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.StaffAccounts;
import org.lianxin.agency.AgencyManagement;
import org.lianxin.agency.AgencyQuery;
import org.lianxin.opinion.ContactChannel;
import org.lianxin.opinion.IntakeChannel;
import org.lianxin.opinion.OpinionCategories;
import org.lianxin.opinion.OpinionWorkflow;
import org.lianxin.opinion.ResultClass;
import org.lianxin.opinion.Satisfaction;
import org.lianxin.opinion.internal.ConvertedCases;
import org.lianxin.opinion.internal.Figure;
import org.lianxin.opinion.internal.OpinionAction;
import org.lianxin.opinion.internal.OpinionFilter;
import org.lianxin.opinion.internal.OpinionPermissions;
import org.lianxin.opinion.internal.OpinionQueries.CaseDetail;
import org.lianxin.opinion.internal.OpinionQueries;
import org.lianxin.opinion.internal.OpinionStatus;
import org.lianxin.opinion.internal.RoutingRules;
import org.lianxin.opinion.internal.SimilarCases;
import org.lianxin.platform.files.FileStore;
import org.lianxin.platform.web.Backlinks;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.region.Region;
import org.lianxin.region.RegionManagement;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff side of the loop: case lists (the triage inbox, an agency's cases, overdue
 * work) and the case page, whose buttons are the steps the user may take now.
 */
@Controller
@RequestMapping("/opinions")
class OpinionController {

	static final int PAGE_SIZE = 50;

	private final OpinionQueries queries;

	private final OpinionWorkflow workflow;

	private final OpinionCategories categories;

	private final RegionManagement regions;

	private final AgencyManagement agencies;

	private final MessageSource messages;

	private final FileStore files;

	private final RoutingRules routing;

	private final SimilarCases similar;

	private final SmallForms forms;

	private final StaffAccounts accounts;

	private final ConvertedCases converted;

	private final ObjectProvider<Backlinks> backlinks;

	OpinionController(OpinionQueries queries, OpinionWorkflow workflow, OpinionCategories categories,
			RegionManagement regions, AgencyManagement agencies, MessageSource messages, FileStore files,
			RoutingRules routing, SimilarCases similar, SmallForms forms, StaffAccounts accounts,
			ConvertedCases converted, ObjectProvider<Backlinks> backlinks) {
		this.backlinks = backlinks;
		this.queries = queries;
		this.workflow = workflow;
		this.categories = categories;
		this.regions = regions;
		this.agencies = agencies;
		this.messages = messages;
		this.files = files;
		this.routing = routing;
		this.similar = similar;
		this.forms = forms;
		this.accounts = accounts;
		this.converted = converted;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('" + OpinionPermissions.CASE_VIEW + "')")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Long category, @RequestParam(required = false) Set<OpinionStatus> status,
			@RequestParam(required = false) Long agency, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) IntakeChannel channel, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, @RequestParam(required = false) Figure figure,
			@RequestParam(required = false) Long before, @RequestParam(defaultValue = "false") boolean inbox,
			Model model) {
		Set<OpinionStatus> statuses = inbox ? Set.of(OpinionStatus.RECEIVED, OpinionStatus.REOPENED) : status;
		OpinionFilter filter = new OpinionFilter(region, category, statuses, agency, overdue, channel, from, to, figure,
				before, PAGE_SIZE);
		model.addAttribute("page", this.queries.list(user, filter));
		model.addAttribute("filter", filter);
		model.addAttribute("inbox", inbox);
		model.addAttribute("regions", regionsInScope(user));
		model.addAttribute("categories", this.categories.all());
		model.addAttribute("statuses", OpinionStatus.values());
		model.addAttribute("channels", IntakeChannel.values());
		if (inbox && user.can(OpinionPermissions.CASE_TRIAGE)) {
			model.addAttribute("agencies", agenciesFor(user));
		}
		return "opinion/list";
	}

	/** The notices moved to the supervision module's page, one for every subject. */
	@GetMapping("/notices")
	String notices() {
		return "redirect:/supervision?subject=OPINION";
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('" + OpinionPermissions.CASE_VIEW + "')")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		CaseDetail detail = this.queries.detail(user, id).orElseThrow(() -> new NotFoundException("opinion " + id));
		model.addAttribute("c", detail);
		model.addAttribute("becameSuggestion", this.converted.suggestionOf(id).orElse(null));
		model.addAttribute("backlinks", Backlinks.of(this.backlinks, Backlinks.Kind.OPINION, id, user));
		model.addAttribute("offers", Backlinks.offersOf(this.backlinks, Backlinks.Kind.OPINION, id, user));
		// the timeline names staff by their display name (a unit's office, a person), not
		// their login
		model.addAttribute("actorNames",
				this.accounts.displayNames(detail.history().stream().map(OpinionQueries.HistoryEntry::actor).toList()));
		List<OpinionAction> actions = OpinionWorkflow.actionsFor(user, detail);
		model.addAttribute("actions", actions);
		if (actions.contains(OpinionAction.ASSIGN)) {
			model.addAttribute("agencies", agenciesFor(user));
			model.addAttribute("suggestion",
					this.routing.suggest(detail.categoryId(), detail.regionCode()).orElse(null));
		}
		if (actions.contains(OpinionAction.MERGE)) {
			model.addAttribute("similar",
					this.similar.of(user, id, detail.regionCode(), detail.categoryId(), detail.description()));
		}
		model.addAttribute("results", ResultClass.values());
		model.addAttribute("verdicts", Satisfaction.values());
		model.addAttribute("contacts",
				List.of(ContactChannel.PHONE, ContactChannel.SMS, ContactChannel.VISIT, ContactChannel.LETTER));
		return "opinion/show";
	}

	@GetMapping("/{id}/photos/{fileId}")
	@PreAuthorize("hasAuthority('" + OpinionPermissions.CASE_VIEW + "')")
	ResponseEntity<byte[]> photo(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long fileId) {
		return this.queries.photoKey(user, id, fileId)
			.flatMap(this.files::get)
			.map(bytes -> ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).body(bytes))
			.orElseThrow(() -> new NotFoundException("photo " + fileId));
	}

	/** The case page again, with the citizen's full number shown once (and logged). */
	@PostMapping("/{id}/phone")
	@PreAuthorize("hasAuthority('" + OpinionPermissions.PHONE_REVEAL + "')")
	String revealPhone(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("revealedPhone", this.workflow.revealPhone(user, id));
		return show(user, id, model);
	}

	/**
	 * One form per step; the fields a step does not use are ignored. A refused step comes
	 * back to the case page with its message.
	 */
	@PostMapping("/{id}/{action}")
	@PreAuthorize("hasAuthority('" + OpinionPermissions.CASE_VIEW + "')")
	String act(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String action,
			@RequestParam(required = false) Long leadAgencyId, @RequestParam(required = false) List<Long> coAgencyIds,
			@RequestParam(defaultValue = "") String text, @RequestParam(required = false) Integer days,
			@RequestParam(defaultValue = "true") boolean approved, @RequestParam(required = false) ResultClass result,
			@RequestParam(required = false) ContactChannel channel,
			@RequestParam(required = false) Satisfaction verdict, @RequestParam(required = false) Long into,
			RedirectAttributes redirect, Locale locale) {
		OpinionAction step;
		try {
			step = OpinionAction.fromPath(action);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException(action);
		}
		try {
			switch (step) {
				case ASSIGN -> this.workflow.assign(user, id, require(leadAgencyId, "leadAgencyId"),
						new HashSet<>((coAgencyIds != null) ? coAgencyIds : List.of()), text);
				case SIGN -> this.workflow.sign(user, id);
				case RETURN -> this.workflow.returnToTriage(user, id, text);
				case EXTEND -> this.workflow.requestExtension(user, id, require(days, "days"), text);
				case APPROVE_EXTENSION -> this.workflow.decideExtension(user, id, approved, text);
				case REPLY -> this.workflow.reply(user, id, require(result, "result"), text);
				case FEEDBACK -> this.workflow.feedback(user, id, require(channel, "channel"), text);
				case VISIT ->
					this.workflow.visit(user, id, require(verdict, "verdict"), require(channel, "channel"), text);
				case CLOSE -> this.workflow.close(user, id, text);
				case DECLINE -> this.workflow.decline(user, id, text);
				case MERGE -> this.workflow.merge(user, id, require(into, "into"), text);
				case ANSWER_DIRECTLY -> this.workflow.answerDirectly(user, id, text);
				case CONVERT -> this.workflow.convert(user, id, text);
				case SUBMIT, SUPERVISE -> throw new NotFoundException(action);
			}
			this.forms.notice(redirect, "opinion.step.done",
					this.messages.getMessage("opinion.action." + step, null, locale));
		}
		catch (RuleViolationException ex) {
			// the case page shows it at the top and opens the step's form again
			this.forms.problemAt(step.name(), redirect, ex, locale);
		}
		return "redirect:/opinions/" + id;
	}

	/**
	 * 批量交办: the ticked cases of the inbox to one lead agency; each case is assigned on
	 * its own, so one that cannot be (someone else just took it) does not hold up the
	 * rest.
	 */
	@PostMapping("/bulk-assign")
	@PreAuthorize("hasAuthority('" + OpinionPermissions.CASE_TRIAGE + "')")
	String bulkAssign(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) List<Long> ids,
			@RequestParam(required = false) Long leadAgencyId, RedirectAttributes redirect, Locale locale) {
		if (ids == null || ids.isEmpty() || leadAgencyId == null) {
			this.forms.problem(redirect, "opinion.bulk.choose", locale);
			return "redirect:/opinions?inbox=true";
		}
		int assigned = 0;
		List<String> problems = new java.util.ArrayList<>();
		for (long id : ids) {
			try {
				this.workflow.assign(user, id, leadAgencyId, Set.of(), null);
				assigned++;
			}
			catch (RuleViolationException | NotFoundException ex) {
				String reason = (ex instanceof RuleViolationException violation)
						? this.messages.getMessage(violation.messageKey(), violation.arguments(), locale)
						: this.messages.getMessage("error.http.404", null, locale);
				problems.add("#" + id + "：" + reason);
			}
		}
		this.forms.notice(redirect, "opinion.bulk.done", assigned);
		this.forms.problems(redirect, problems);
		return "redirect:/opinions?inbox=true";
	}

	private List<org.lianxin.agency.AgencyView> agenciesFor(CurrentUser user) {
		return this.agencies.list(user, new AgencyQuery(null, false, "", null, true, 0, AgencyQuery.MAX_SIZE)).items();
	}

	private static <T> T require(T value, String field) {
		if (value == null) {
			throw new RuleViolationException(field, "opinion.field.required");
		}
		return value;
	}

	private List<Region> regionsInScope(CurrentUser user) {
		return this.regions.all().stream().filter(r -> user.scope().coversRegion(r.code(), r.path())).toList();
	}

}
