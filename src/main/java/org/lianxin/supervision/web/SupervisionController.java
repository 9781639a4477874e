package org.lianxin.supervision.web;

import java.time.LocalDate;
import java.util.List;

import org.lianxin.account.CurrentUser;
import org.lianxin.supervision.NoticeKind;
import org.lianxin.supervision.internal.NoticeFilter;
import org.lianxin.supervision.internal.NoticeRow;
import org.lianxin.supervision.internal.SupervisionNotices;
import org.lianxin.supervision.internal.SupervisionPermissions;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 督办台: the reminders and supervision notices of the user's scope across every module,
 * newest first, each linking to what runs late.
 */
@Controller
class SupervisionController {

	static final int PAGE_SIZE = 50;

	private final SupervisionNotices notices;

	SupervisionController(SupervisionNotices notices) {
		this.notices = notices;
	}

	@GetMapping("/supervision")
	@PreAuthorize("hasAuthority('" + SupervisionPermissions.NOTICE_VIEW + "')")
	String notices(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String subject,
			@RequestParam(required = false) NoticeKind kind, @RequestParam(required = false) Long agency,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) Long before, Model model) {
		String known = (subject != null && this.notices.subjects().contains(subject)) ? subject : null;
		NoticeFilter filter = new NoticeFilter(known, kind, agency, from, null, before);
		List<NoticeRow> rows = this.notices.page(user.scope(), filter, PAGE_SIZE);
		model.addAttribute("notices", rows);
		model.addAttribute("filter", filter);
		model.addAttribute("next", (rows.size() == PAGE_SIZE) ? rows.get(rows.size() - 1).id() : null);
		model.addAttribute("subjects", this.notices.subjects());
		model.addAttribute("kinds", NoticeKind.values());
		model.addAttribute("agencies", this.notices.agencies(user.scope()));
		return "supervision/notices";
	}

}
