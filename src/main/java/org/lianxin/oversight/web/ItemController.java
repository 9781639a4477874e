package org.lianxin.oversight.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.oversight.internal.IssueItemQueries;
import org.lianxin.oversight.internal.IssueItems;
import org.lianxin.oversight.internal.IssueState;
import org.lianxin.oversight.internal.NewIssueItem;
import org.lianxin.oversight.internal.OversightHistory;
import org.lianxin.oversight.internal.OversightPermissions;
import org.lianxin.oversight.internal.ReviewMethod;
import org.lianxin.platform.files.UploadedFiles;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.PageOf;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Issue lists: findings entered on an activity; the list an office or a unit works
 * through; one item with its reports, the unit's rectification form and the reviewer's.
 */
@Controller
@PreAuthorize("hasAuthority('" + OversightPermissions.ITEM_VIEW + "')")
class ItemController {

	private static final int PAGE_SIZE = 100;

	private final IssueItems items;

	private final IssueItemQueries queries;

	private final OversightHistory history;

	private final WorkdayCalendar calendar;

	private final SmallForms forms;

	ItemController(IssueItems items, IssueItemQueries queries, OversightHistory history, WorkdayCalendar calendar,
			SmallForms forms) {
		this.items = items;
		this.queries = queries;
		this.history = history;
		this.calendar = calendar;
		this.forms = forms;
	}

	@GetMapping("/oversight/items")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) IssueState state,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
			Model model) {
		LocalDate today = this.calendar.today();
		PageOf<IssueItemQueries.ItemRow> shownPage = PageOf.read(page, PAGE_SIZE, (offset, limit) -> this.queries
			.items(user, new IssueItemQueries.ItemFilter(state, null, overdue), today, offset, limit));
		model.addAttribute("page", shownPage);
		model.addAttribute("items", shownPage.rows());
		model.addAttribute("states", IssueState.values());
		model.addAttribute("state", state);
		model.addAttribute("overdue", overdue);
		model.addAttribute("today", today);
		return "oversight/items";
	}

	@PostMapping("/oversight/{id}/items")
	@PreAuthorize("hasAuthority('" + OversightPermissions.ACTIVITY_EDIT + "')")
	String add(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String place, @RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "") String evidence, @RequestParam(defaultValue = "") String ruleConcerned,
			@RequestParam(required = false) Long agencyId,
			@RequestParam(defaultValue = "") String rectificationRequired,
			@RequestParam(required = false) LocalDate dueOn, @RequestParam(required = false) Integer followUpDays,
			@RequestParam(required = false) List<MultipartFile> photos, RedirectAttributes redirect, Locale locale)
			throws IOException {
		try {
			this.items.list(user, id,
					new NewIssueItem(place, description, evidence, ruleConcerned, agencyId, rectificationRequired,
							dueOn, followUpDays),
					UploadedFiles.bytesOf(photos, "photos", "oversight.photos.too-large"));
			this.forms.notice(redirect, "oversight.item.saved");
		}
		catch (RuleViolationException ex) {
			this.forms.problemAt("item", redirect, ex, locale);
		}
		return "redirect:/oversight/" + id + "#items";
	}

	@GetMapping("/oversight/items/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("item",
				this.queries.detail(user, id).orElseThrow(() -> new NotFoundException("issue item " + id)));
		model.addAttribute("history", this.history.ofItem(id));
		model.addAttribute("reviewMethods", ReviewMethod.values());
		model.addAttribute("today", this.calendar.today());
		return "oversight/item";
	}

	@PostMapping("/oversight/items/{id}/rectification")
	@PreAuthorize("hasAuthority('" + OversightPermissions.ITEM_RECTIFY + "')")
	String report(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String account, @RequestParam(required = false) List<MultipartFile> photos,
			RedirectAttributes redirect, Locale locale) throws IOException {
		try {
			this.items.reportRectification(user, id, account,
					UploadedFiles.bytesOf(photos, "photos", "oversight.photos.too-large"));
			this.forms.notice(redirect, "oversight.item.reported");
		}
		catch (RuleViolationException ex) {
			this.forms.problem(redirect, ex, locale);
		}
		return "redirect:/oversight/items/" + id;
	}

	@PostMapping("/oversight/items/{id}/review")
	@PreAuthorize("hasAuthority('" + OversightPermissions.ITEM_REVIEW + "')")
	String review(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) ReviewMethod method, @RequestParam(defaultValue = "false") boolean accept,
			@RequestParam(defaultValue = "") String note, @RequestParam(required = false) LocalDate dueOn,
			RedirectAttributes redirect, Locale locale) {
		return this.forms.run(() -> this.items.review(user, id, method, accept, note, dueOn),
				accept ? "oversight.item.closed-now" : "oversight.item.sent-back", "/oversight/items/" + id, redirect,
				locale);
	}

	@PostMapping("/oversight/items/{id}/follow-up")
	@PreAuthorize("hasAuthority('" + OversightPermissions.ITEM_REVIEW + "')")
	String followUp(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean holds, @RequestParam(defaultValue = "") String verdict,
			@RequestParam(required = false) LocalDate dueOn, RedirectAttributes redirect, Locale locale) {
		return this.forms.run(() -> this.items.followUp(user, id, holds, verdict, dueOn), "oversight.follow-up.saved",
				"/oversight/items/" + id, redirect, locale);
	}

	@GetMapping({ "/oversight/items/{id}/photos/{n}", "/api/v1/oversight/items/{id}/photos/{n}" })
	ResponseEntity<byte[]> photo(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable int n) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_JPEG)
			.header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
			.body(this.items.photo(user, id, n));
	}

}
